"""Draws the extension's toolbar icons (a white tick on a blue rounded square) as PNG files.

Run once after changing the design: `python scripts/make_icons.py`; the PNGs it writes to
extension/icons/ are committed. Standard library only (zlib), so it needs no image package.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

SIZES = (16, 32, 48, 128)
BLUE = (31, 95, 191)
WHITE = (255, 255, 255)
SUPERSAMPLE = 4  # samples per pixel side, for smooth edges
TICK = ((0.27, 0.52), (0.44, 0.69), (0.74, 0.34))  # the tick's three points, 0..1
TICK_WIDTH = 0.11
CORNER = 0.22


def _inside_rounded_square(x: float, y: float) -> bool:
    cx = min(max(x, CORNER), 1 - CORNER)
    cy = min(max(y, CORNER), 1 - CORNER)
    return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER**2


def _distance_to_segment(px, py, ax, ay, bx, by) -> float:
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return ((px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2) ** 0.5


def _on_tick(x: float, y: float) -> bool:
    return any(
        _distance_to_segment(x, y, *TICK[i], *TICK[i + 1]) <= TICK_WIDTH / 2 for i in range(len(TICK) - 1)
    )


def _pixel(size: int, col: int, row: int) -> bytes:
    square = tick = 0
    for sub_y in range(SUPERSAMPLE):
        for sub_x in range(SUPERSAMPLE):
            x = (col + (sub_x + 0.5) / SUPERSAMPLE) / size
            y = (row + (sub_y + 0.5) / SUPERSAMPLE) / size
            if _inside_rounded_square(x, y):
                square += 1
                tick += _on_tick(x, y)
    if not square:
        return bytes(4)
    share = tick / square
    rgb = (round(b + (w - b) * share) for b, w in zip(BLUE, WHITE))
    return bytes((*rgb, round(255 * square / SUPERSAMPLE**2)))


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def icon_png(size: int) -> bytes:
    rows = b"".join(b"\0" + b"".join(_pixel(size, col, row) for col in range(size)) for row in range(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(rows, 9)) + _chunk(b"IEND", b"")


def main() -> None:
    folder = Path(__file__).resolve().parent.parent / "extension" / "icons"
    folder.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        (folder / f"icon-{size}.png").write_bytes(icon_png(size))


if __name__ == "__main__":
    main()
