"""`interview-companion token`: show the pairing token to paste into the extension, or forget
which extension paired with it (to pair another, e.g. after reinstalling the extension)."""

from companion.config import forget_paired_origin, load_or_create_token
from companion.cli.output import config_from, emit


def register(subparsers, common) -> None:
    parser = subparsers.add_parser("token", parents=[common], help="show the pairing token for the extension")
    parser.add_argument("--forget-extension", action="store_true",
                        help="let the next extension that brings the token pair with the companion")
    parser.set_defaults(handler=run)


def run(args) -> int:
    config = config_from(args)
    token = load_or_create_token(config)
    if args.forget_extension:
        forget_paired_origin(config)
        emit(args, {"token": token, "forgot": True}, ["The next extension that brings this token pairs with the companion.", token])
        return 0
    emit(args, {"token": token}, [token] if not args.json else [])
    return 0
