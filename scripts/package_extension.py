"""Builds the extension's zips for the Chrome Web Store and for Firefox Add-ons (addons.mozilla.org):
manifest.json, extension/ and the libraries it bundles (node_modules/, from package.json), each manifest trimmed to what its browser reads (the one in
the repository serves both: Chromium runs `background.service_worker`, Firefox
`background.scripts`).

Usage: `python scripts/package_extension.py [--output-dir dist]` writes
interview-follow-up-chrome.zip and interview-follow-up-firefox.zip. It refuses to build when the
manifest names a file that is missing, so a broken package is never uploaded. The zips are
reproducible: sorted entries with a fixed date.
"""

from __future__ import annotations

import argparse
import json
import sys
import zipfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT_DIR = REPO_ROOT / "dist"
# What each store's manifest leaves out: the other browser's keys.
LEFT_OUT = {
    "chrome": {"browser_specific_settings": None, "background": "scripts"},
    "firefox": {"key": None, "minimum_chrome_version": None, "background": "service_worker"},
}
FIXED_DATE = (2026, 1, 1, 0, 0, 0)  # zip entries' date, so the same files give the same zip
SKIPPED_NAMES = {"__pycache__", ".DS_Store"}
SKIPPED_SUFFIXES = {".md"}  # notes for developers, not for the browser
# The libraries the extension's pages load from node_modules/ (installed by `npm ci` from
# package.json), with their licences: packed as they are.
BUNDLED = ["node_modules/chart.js/dist/chart.umd.min.js", "node_modules/chart.js/LICENSE.md"]


class PackagingError(Exception):
    """The extension cannot be packaged as it stands; the message says why."""


def manifest_files(manifest: dict) -> set[str]:
    """Every file path the manifest refers to."""
    paths = set(manifest.get("icons", {}).values())
    action = manifest.get("action", {})
    paths |= set(action.get("default_icon", {}).values())
    if action.get("default_popup"):
        paths.add(action["default_popup"])
    if manifest.get("background", {}).get("service_worker"):
        paths.add(manifest["background"]["service_worker"])
    paths |= set(manifest.get("background", {}).get("scripts", []))
    if manifest.get("options_ui", {}).get("page"):
        paths.add(manifest["options_ui"]["page"])
    for script in manifest.get("content_scripts", []):
        paths |= set(script.get("js", [])) | set(script.get("css", []))
    return paths


def packaged_files(root: Path) -> list[Path]:
    """manifest.json, everything under extension/ (hidden files, caches and notes left out) and
    the bundled libraries."""
    files = [root / "manifest.json", *(root / name for name in BUNDLED)]
    for path in sorted((root / "extension").rglob("*")):
        parts = path.relative_to(root).parts
        hidden = any(part.startswith(".") or part in SKIPPED_NAMES for part in parts)
        if path.is_file() and not hidden and path.suffix not in SKIPPED_SUFFIXES:
            files.append(path)
    return files


def for_browser(manifest: dict, browser: str) -> dict:
    """The manifest as one store wants it: without the keys only the other browser reads."""
    trimmed = json.loads(json.dumps(manifest))
    for key, inner in LEFT_OUT[browser].items():
        if inner is None:
            trimmed.pop(key, None)
        else:
            trimmed.get(key, {}).pop(inner, None)
    return trimmed


def build_zip(root: Path, output: Path, browser: str = "chrome") -> list[str]:
    """Writes one browser's zip; returns the names it holds. Raises PackagingError on a broken manifest."""
    manifest_path = root / "manifest.json"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PackagingError(f"no manifest.json in {root}") from None
    except json.JSONDecodeError as error:
        raise PackagingError(f"manifest.json is not valid JSON: {error}") from None
    missing = sorted(path for path in manifest_files(manifest) if not (root / path).is_file())
    if missing:
        raise PackagingError(f"manifest.json names files that do not exist: {', '.join(missing)}")
    if not all((root / name).is_file() for name in BUNDLED):
        raise PackagingError("the bundled libraries are not installed: run `npm ci` in the repository first")

    names = [path.relative_to(root).as_posix() for path in packaged_files(root)]
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            entry = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            content = (root / name).read_bytes()
            if name == "manifest.json":
                content = (json.dumps(for_browser(manifest, browser), indent=2, ensure_ascii=False) + "\n").encode()
            archive.writestr(entry, content)
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", type=Path, default=DEFAULT_OUTPUT_DIR, help="where the zips go (default dist/)")
    args = parser.parse_args(argv)
    for browser in LEFT_OUT:
        output = args.output_dir / f"interview-follow-up-{browser}.zip"
        try:
            names = build_zip(REPO_ROOT, output, browser)
        except PackagingError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        print(f"Wrote {output} ({len(names)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
