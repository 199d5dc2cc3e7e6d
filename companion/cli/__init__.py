"""The `interview-companion` command: one sub-command per module, each with --json.

Every sub-command module defines `register(subparsers, common)`, adding its parser with
`common` as a parent (for --data-dir and --json) and setting `handler` to a function taking
the parsed arguments and returning an exit code.
"""

from __future__ import annotations

import argparse
import sys

from .. import __version__
from ..errors import ApiError
from . import applications, capture, draft, export, followups, invites, serve, settings, token

COMMANDS = [serve, token, applications, followups, capture, invites, settings, export, draft]


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", help="where the database and token live (default: $INTERVIEW_COMPANION_HOME or your data directory)")
    common.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser = argparse.ArgumentParser(prog="interview-companion", description="Local companion for the interview follow-up extension.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(subparsers, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except ApiError as error:
        print(f"error: {error.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
