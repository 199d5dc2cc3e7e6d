"""`interview-companion token`: show the pairing token to paste into the extension."""

from companion.config import load_or_create_token
from companion.cli.output import config_from, emit


def register(subparsers, common) -> None:
    parser = subparsers.add_parser("token", parents=[common], help="show the pairing token for the extension")
    parser.set_defaults(handler=run)


def run(args) -> int:
    token = load_or_create_token(config_from(args))
    emit(args, {"token": token}, [token] if not args.json else [])
    return 0
