"""The `interview-companion` command: one sub-command per module, each with --json.

Every sub-command module defines `register(subparsers, common)`, adding its parser with
`common` as a parent (for --data-dir and --json) and setting `handler` to a function taking
the parsed arguments and returning an exit code.
"""

from __future__ import annotations

import argparse
import sys

import peewee as pw

from companion import __version__
from companion.services.errors import ServiceError
from companion.web.errors import ApiError
from companion.cli import (applications, backup, capture, debrief, draft, export, followups, imports, install, mailbox,
                           serve, settings, token)

COMMANDS = [serve, install, token, applications, followups, capture, imports, settings, export, draft, debrief, backup,
            mailbox]


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
    except (ServiceError, ApiError) as error:  # a refused request, or a date or time not understood
        return _fail(error.message)
    except pw.DatabaseError as error:  # locked by another program, or not a database at all
        return _fail(f"the companion's database could not be used: {error}")
    except OSError as error:  # the data directory or a file given cannot be used
        return _fail(_os_problem(error))
    except KeyboardInterrupt:
        return 130


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


def _os_problem(error: OSError) -> str:
    if error.filename is None:
        return error.strerror or str(error)
    if isinstance(error, (FileExistsError, NotADirectoryError)):
        return f"cannot use {error.filename}: it is not a folder"
    return f"cannot use {error.filename}: {error.strerror or error}"
