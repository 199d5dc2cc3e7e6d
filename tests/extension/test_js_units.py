"""Runs the extension's JavaScript unit tests (tests/extension/js/*.test.mjs, Node's built-in test
runner, no npm packages) as part of the Python suite, so one command runs every test."""

import shutil
import subprocess
from fixture_files import REPO_ROOT


def test_javascript_unit_tests_pass():
    node = shutil.which("node")
    assert node, "Node.js is needed for the extension's script tests (Debian package: nodejs)"
    run = subprocess.run([node, "--test", "tests/extension/js/"], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
