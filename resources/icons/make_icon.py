"""Build duban.ico (the exe's and setup.exe's icon) from duban.png.

    uv run python resources/icons/make_icon.py

Windows picks the frame that fits: 16 px in the title bar and small lists, 24 px and 32 px on the taskbar
and in Explorer, 48 px on the desktop, 256 px for large icons and high-DPI screens. With only a 256 px
frame Windows shrinks it itself, blurrily, and some places show the generic icon instead.

Small frames are stored as 32-bit bitmaps, the 256 px frame as PNG: Microsoft's recommended layout
(the bitmap form is what every icon reader understands; PNG keeps the large frame small). Pillow writes
either form for a whole file, not both, so each frame is written by Pillow on its own and the frames
are put together here.
"""

from __future__ import annotations

import struct
from io import BytesIO
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
BITMAP_SIZES = (16, 24, 32, 48)
PNG_SIZE = 256
_ENTRY = struct.Struct(
    "<BBBBHHII"
)  # ICONDIRENTRY: width, height, colours, reserved, planes, bits, size, offset


def _and_mask(frame: Image.Image) -> bytes:
    """The 1-bit transparency mask that follows a bitmap frame: 1 where the pixel is fully transparent,
    rows bottom-up and padded to 4 bytes. Pillow leaves it out of 32-bit frames, but the icon format
    counts it in the frame and readers that ignore the alpha channel draw from it."""
    transparent = frame.getchannel("A").point(lambda alpha: 255 if alpha == 0 else 0).convert("1")
    row_bytes = (frame.width + 7) // 8
    padded = (row_bytes + 3) // 4 * 4
    packed = transparent.transpose(Image.Transpose.FLIP_TOP_BOTTOM).tobytes()
    rows = [packed[i : i + row_bytes] for i in range(0, len(packed), row_bytes)]
    return b"".join(row.ljust(padded, b"\0") for row in rows)


def _frame(source: Image.Image, size: int) -> bytes:
    """One frame's image data as it sits in an .ico (a DIB with its mask, or a PNG)."""
    frame = source.resize((size, size), Image.Resampling.LANCZOS)
    single = BytesIO()
    as_png = size == PNG_SIZE
    frame.save(single, "ICO", sizes=[(size, size)], bitmap_format="png" if as_png else "bmp")
    data = single.getvalue()
    _w, _h, _c, _r, _planes, _bits, length, offset = _ENTRY.unpack_from(data, 6)
    image = data[offset : offset + length]
    return image if as_png else image + _and_mask(frame)


def icon_bytes(source: Image.Image) -> bytes:
    source = source.convert("RGBA")
    sizes = (*BITMAP_SIZES, PNG_SIZE)
    frames = [_frame(source, size) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(frames))  # reserved, type 1 = icon, count
    offset = len(header) + _ENTRY.size * len(frames)
    entries = b""
    for size, data in zip(sizes, frames, strict=True):
        entries += _ENTRY.pack(size % 256, size % 256, 0, 0, 1, 32, len(data), offset)  # 0 means 256
        offset += len(data)
    return header + entries + b"".join(frames)


def main() -> None:
    with Image.open(HERE / "duban.png") as source:
        (HERE / "duban.ico").write_bytes(icon_bytes(source))


if __name__ == "__main__":
    main()
