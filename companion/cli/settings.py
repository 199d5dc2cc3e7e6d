"""`settings [KEY [VALUE]]`: show every setting, show one, or change one (then re-plan)."""

from __future__ import annotations

from companion.services.errors import Invalid
from companion.domain.timing import SPECS
from companion.services.settings_edits import update_settings
from companion.services.user_settings import load_settings
from companion.cli.output import emit, store


def register(subparsers, common) -> None:
    parser = subparsers.add_parser("settings", parents=[common], help="show or change your settings",
                                   description="Without arguments, list every setting. "
                                               "Keys: " + ", ".join(SPECS))
    parser.add_argument("key", nargs="?", help="the setting to show or change, e.g. zone")
    parser.add_argument("value", nargs="?", help="its new value, e.g. Europe/Berlin, mon,tue,wed or 09:30")
    parser.set_defaults(handler=run)


def run(args) -> int:
    if args.key is not None and args.key not in SPECS:
        raise Invalid(f"{args.key}: unknown setting (known: {', '.join(SPECS)})", field=args.key)
    with store(args):
        if args.value is not None:
            settings = update_settings({args.key: args.value})
        else:
            settings = load_settings()
        values = settings.to_json()
    shown = {args.key: values[args.key]} if args.key else values
    emit(args, {"settings": shown}, lambda: _lines(shown))
    return 0


def _lines(values: dict):
    width = max(len(key) for key in values)
    for key, value in values.items():
        text = ",".join(value) if isinstance(value, list) else str(value).lower() if isinstance(value, bool) else value
        yield f"{key:<{width}}  {text!s:<16}  {SPECS[key].help}".rstrip()
