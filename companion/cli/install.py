"""`interview-companion install`, `uninstall` and `status`: the companion started with your
session and by the browser, without a terminal (see companion/desktop/registration.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from companion.cli.output import config_from, emit
from companion.cli.serve import port_number
from companion.config import DEFAULT_PORT, LOOPBACK
from companion.desktop import registration
from companion.desktop.autostart import Launch


def register(subparsers, common) -> None:
    for name, handler, help_text in (
        ("install", run_install, "start the companion with your session and let the browser start and pair it"),
        ("uninstall", run_uninstall, "undo `install`: stop the service and remove every file it wrote"),
        ("status", run_status, "whether the companion is registered and running, where, with which data"),
    ):
        parser = subparsers.add_parser(name, parents=[common], help=help_text)
        parser.add_argument("--port", type=port_number, default=DEFAULT_PORT, help=f"its port (default {DEFAULT_PORT})")
        parser.set_defaults(handler=handler)


def _plan(args):
    config = config_from(args)
    launch = Launch(sys.executable, str(config.data_dir), args.port)
    return config, registration.plan(launch, home=Path.home())


def run_install(args) -> int:
    config, found = _plan(args)
    said = registration.install(found, config.data_dir)
    state = registration.status(found, config.data_dir, f"http://{LOOPBACK}:{args.port}")
    lines = [*said, "", f"Installed. The companion starts with your session ({state['start_with']}).",
             "Undo with: interview-companion uninstall"]
    if not state["running"]:
        lines.append(f"It is not running yet: start it now with `{state['start_with']}` or `interview-companion serve`.")
    emit(args, {"done": said, **state}, lines)
    return 0


def run_uninstall(args) -> int:
    config, found = _plan(args)
    said = registration.uninstall(found, config.data_dir)
    emit(args, {"done": said}, [*said, "Uninstalled: the companion no longer starts by itself. Your data stays in "
                                f"{config.data_dir}."])
    return 0


def run_status(args) -> int:
    config, found = _plan(args)
    state = registration.status(found, config.data_dir, f"http://{LOOPBACK}:{args.port}")
    emit(args, state, [
        f"registered: {'yes' if state['registered'] else 'no (run `interview-companion install`)'}",
        f"running:    {'yes' if state['running'] else 'no'} at {state['url']}",
        f"data:       {state['data_dir']}",
    ])
    return 0
