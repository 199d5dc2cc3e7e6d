"""Outlook .msg files for the tests, written here: a minimal Compound File (MS-CFB, version 3,
512-byte sectors) holding a message's MAPI properties as MS-OXMSG lays them out."""

from __future__ import annotations

import struct

SECTOR, MINI, CUTOFF = 512, 64, 4096
FREE, END, FAT_SECTOR, NONE = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
UNICODE = 0x001F


def outlook_msg(*, subject: str, sender_name: str, sender_email: str, body: str, headers: str = "",
                message_class: str = "IPM.Note") -> bytes:
    """A received message as Outlook saves it: subject, sender, plain body and the headers it came with."""
    properties = {0x001A: message_class, 0x0037: subject, 0x0C1A: sender_name, 0x0C1F: sender_email,
                  0x5D01: sender_email, 0x1000: body}
    if headers:
        properties[0x007D] = headers
    streams = {f"__substg1.0_{tag:04X}{UNICODE:04X}": value.encode("utf-16-le") for tag, value in properties.items()}
    table = bytearray(32)  # top-level header: reserved, next recipient / attachment ids, counts, reserved
    for tag, value in properties.items():
        size = len(value.encode("utf-16-le")) + 2
        table += struct.pack("<IIII", (tag << 16) | UNICODE, 0x6, size, 0)
    streams["__properties_version1.0"] = bytes(table)
    return compound_file(streams)


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A compound file with these streams under its root storage: streams under 4,096 bytes in
    the mini stream (64-byte mini sectors), larger ones in 512-byte sectors of their own."""
    names = sorted(streams, key=lambda name: (len(name), name.upper()))  # the order siblings are compared in
    mini_fat: list[int] = []
    mini_stream = bytearray()
    placed: dict[str, int] = {}  # a small stream's first mini sector, a large one's first sector (set below)
    for name in (name for name in names if len(streams[name]) < CUTOFF):
        first, count = len(mini_fat), max(1, -(-len(streams[name]) // MINI))
        mini_fat += [first + i + 1 for i in range(count - 1)] + [END]
        mini_stream += streams[name].ljust(count * MINI, b"\0")
        placed[name] = first

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        encoded = name.encode("utf-16-le") + b"\0\0" if name else b""
        return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1 if name else 0)
                + struct.pack("<III", NONE, right, child) + bytes(16 + 4 + 16) + struct.pack("<IQ", start, size))

    # Regular sectors, in order: the FAT, the directory, the mini FAT, the mini stream, each large stream.
    directory_count = -(-(1 + len(names)) * 128 // SECTOR)
    chains = {"directory": directory_count, "mini_fat": -(-len(mini_fat) * 4 // SECTOR),
              "mini_stream": -(-len(mini_stream) // SECTOR)}
    chains |= {name: -(-len(streams[name]) // SECTOR) for name in names if len(streams[name]) >= CUTOFF}
    fat, starts, at = [FAT_SECTOR], {}, 1
    for chain, count in chains.items():
        starts[chain] = at if count else END
        fat += [at + i + 1 for i in range(count - 1)] + ([END] if count else [])
        at += count
    assert len(fat) <= SECTOR // 4, "the writer keeps to one FAT sector"
    fat += [FREE] * (SECTOR // 4 - len(fat))

    directory = entry("Root Entry", 5, 1 if names else NONE, NONE, starts["mini_stream"], len(mini_stream))
    for index, name in enumerate(names):
        right = index + 2 if index + 1 < len(names) else NONE  # each the right sibling of the one before
        start = placed[name] if name in placed else starts[name]
        directory += entry(name, 2, NONE, right, start, len(streams[name]))
    while len(directory) < directory_count * SECTOR:
        directory += entry("", 0, NONE, NONE, 0, 0)

    header = (bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
              + struct.pack("<IIIII", 0, 1, starts["directory"], 0, CUTOFF)
              + struct.pack("<IIII", starts["mini_fat"], chains["mini_fat"], END, 0)
              + struct.pack("<I", 0) + struct.pack("<108I", *([FREE] * 108)))
    mini_fat_bytes = struct.pack(f"<{len(mini_fat)}I", *mini_fat) if mini_fat else b""
    return (header + struct.pack(f"<{SECTOR // 4}I", *fat) + directory
            + mini_fat_bytes.ljust(chains["mini_fat"] * SECTOR, b"\xff")
            + bytes(mini_stream).ljust(chains["mini_stream"] * SECTOR, b"\0")
            + b"".join(streams[name].ljust(chains[name] * SECTOR, b"\0") for name in names if name in chains))
