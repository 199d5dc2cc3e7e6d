"""The native messaging host, run as the browser runs it: length-prefixed JSON on its stdin and
stdout. It hands over the pairing token and starts a stopped companion."""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import subprocess
import sys
import time
from pathlib import Path

from companion.config import load_config, load_or_create_token
from companion.desktop import native_host
from companion.desktop.extension import CHROME_EXTENSION_ID, GECKO_ID
from processes import free_port, stop_companions_of

ROOT = Path(__file__).parents[2]


def ask(data_dir: Path, port: int, *messages: dict, raw: bytes = b"") -> list[dict]:
    """Run the host once with these messages, as a browser does; its answers in order."""
    sent = b"".join(struct.pack("<I", len(body)) + body for body in (json.dumps(m).encode() for m in messages)) + raw
    done = subprocess.run([sys.executable, "-m", "companion.desktop.native_host", "--data-dir", str(data_dir),
                           "--port", str(port), f"chrome-extension://{CHROME_EXTENSION_ID}/"],
                          input=sent, capture_output=True, timeout=60, cwd=ROOT)
    answers, out = [], done.stdout
    while out:
        (length,) = struct.unpack("<I", out[:4])
        answers.append(json.loads(out[4:4 + length]))
        out = out[4 + length:]
    return answers


def test_pairing_hands_over_the_token_the_companion_checks(tmp_path):
    data_dir, port = tmp_path / "data", free_port()
    [answer] = ask(data_dir, port, {"command": "pair"})
    assert answer == {"ok": True, "url": f"http://127.0.0.1:{port}", "running": False,
                      "token": load_or_create_token(load_config(data_dir))}


def test_start_brings_a_stopped_companion_up_and_answers_once_it_does(tmp_path):
    data_dir, port = tmp_path / "data", free_port()
    try:
        [answer] = ask(data_dir, port, {"command": "start"})
        assert answer["ok"] is True and answer["running"] is True
        assert native_host.is_answering(answer["url"])
        [again] = ask(data_dir, port, {"command": "start"})  # already up: nothing more is started
        assert again["ok"] is True
    finally:
        stop_companions_of(data_dir)
    deadline = time.monotonic() + 10
    while native_host.is_answering(f"http://127.0.0.1:{port}") and time.monotonic() < deadline:
        time.sleep(0.1)


def test_anything_else_is_answered_with_what_it_accepts(tmp_path):
    answers = ask(tmp_path / "data", free_port(), {"command": "delete-everything"}, ["not", "an", "object"])
    assert [answer["ok"] for answer in answers] == [False, False]
    assert "send 'pair' or 'start'" in answers[0]["error"]


def test_an_oversized_message_is_refused_without_reading_it(tmp_path):
    [answer] = ask(tmp_path / "data", free_port(), raw=struct.pack("<I", 50_000_000))
    assert answer["ok"] is False and "is not one the extension sends" in answer["error"]


def test_the_extension_ids_are_the_ones_the_manifest_gives():
    manifest = json.loads((ROOT / "manifest.json").read_text())
    digest = hashlib.sha256(base64.b64decode(manifest["key"])).hexdigest()[:32]
    assert "".join(chr(ord("a") + int(digit, 16)) for digit in digest) == CHROME_EXTENSION_ID
    assert manifest["browser_specific_settings"]["gecko"]["id"] == GECKO_ID
    assert "nativeMessaging" in manifest["permissions"]
