"""What a picture file says about where and how it was made (EXIF with GPS, XMP, IPTC, comments), removed
without touching the picture: the file is the artwork the buyer paid for, so nothing is re-encoded.

Each format is a list of segments or chunks; those that draw the picture are copied byte for byte, the
others are left out: JPEG keeps only its frame, tables, scans, JFIF, ICC profile and Adobe colour segments
(every other APPn and COM goes: EXIF and XMP in APP1, IPTC in APP13...), and nothing after the end of the
picture (phones append further pictures, each with its own EXIF); PNG keeps the critical chunks and the
colour and animation ones (text, ``eXIf`` and ``tIME`` go); WebP drops its ``EXIF`` and ``XMP `` chunks.
The orientation is the one fact of EXIF a viewer needs to show the picture the right way up: when it is
not the default, it is kept in a new EXIF block of its own.

Pure Python but for Pillow's EXIF reader and writer; a file these readers cannot follow is refused
(:class:`Unreadable`) rather than stored with what it might hide.
"""

from __future__ import annotations

import struct
import zlib

from PIL import Image

ORIENTATION = 0x0112
EXIF_HEADER = b"Exif\x00\x00"
JPEG_KEPT_APP = {0xE0: (b"JFIF\x00", b"JFXX\x00"), 0xE2: (b"ICC_PROFILE\x00",), 0xEE: (b"Adobe",)}
JPEG_STANDALONE = {0x01, *range(0xD0, 0xD8)}  # TEM and RST0-7 carry no length
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_KEPT = {
    b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"sBIT", b"pHYs", b"bKGD", b"hIST", b"sPLT", b"acTL",
    b"fcTL", b"fdAT", b"cICP", b"mDCv", b"cLLi",
}  # fmt: skip
WEBP_KEPT = {b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF", b"ICCP"}
WEBP_EXIF_FLAG, WEBP_XMP_FLAG = 0x08, 0x04


class Unreadable(ValueError):
    """The file does not follow its format's structure."""


def strip(data: bytes, content_type: str) -> tuple[bytes, bool]:
    """``data`` without its metadata, and whether anything was removed. Other kinds come back as they
    are (PDF, ZIP, MP4 and TIFF: see docs/architecture.md)."""
    strippers = {"image/jpeg": _jpeg, "image/png": _png, "image/webp": _webp}
    stripper = strippers.get(content_type)
    if stripper is None:
        return data, False
    try:
        stripped = stripper(data)
    except (IndexError, ValueError, struct.error) as error:  # cut short, or lengths that do not add up
        raise Unreadable(content_type) from error
    return stripped, stripped != data


# --- JPEG ----------------------------------------------------------------------------------------------


def _jpeg(data: bytes) -> bytes:
    if not data.startswith(b"\xff\xd8"):
        raise Unreadable("no SOI")
    out, pos, orientation_kept = [b"\xff\xd8"], 2, False
    while True:
        if data[pos] != 0xFF:
            raise Unreadable("marker expected")
        while data[pos] == 0xFF:  # fill bytes may precede a marker
            pos += 1
        marker = data[pos]
        pos += 1
        if marker == 0xD9:  # EOI: anything after it (appended pictures, trailers) is left out
            out.append(b"\xff\xd9")
            return b"".join(out)
        if marker in JPEG_STANDALONE:
            out.append(bytes((0xFF, marker)))
            continue
        (length,) = struct.unpack(">H", data[pos : pos + 2])
        if length < 2 or pos + length > len(data):
            raise Unreadable("segment length")
        payload = data[pos + 2 : pos + length]
        segment = bytes((0xFF, marker)) + data[pos : pos + length]
        pos += length
        if 0xE0 <= marker <= 0xEF or marker == 0xFE:
            if any(payload.startswith(name) for name in JPEG_KEPT_APP.get(marker, ())):
                out.append(segment)
            elif marker == 0xE1 and payload.startswith(EXIF_HEADER) and not orientation_kept:
                exif = _orientation_only(payload[len(EXIF_HEADER) :])
                if exif:
                    block = EXIF_HEADER + exif
                    out.append(b"\xff\xe1" + struct.pack(">H", len(block) + 2) + block)
                    orientation_kept = True
            continue
        out.append(segment)
        if marker == 0xDA:  # a scan: entropy-coded data up to the next marker
            end = _end_of_scan(data, pos)
            out.append(data[pos:end])
            pos = end


def _end_of_scan(data: bytes, pos: int) -> int:
    while True:
        pos = data.index(b"\xff", pos)
        following = data[pos + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
            pos += 1 if following == 0xFF else 2  # stuffed byte, restart marker, or fill
            continue
        return pos


# --- PNG -----------------------------------------------------------------------------------------------


def _png(data: bytes) -> bytes:
    if not data.startswith(PNG_SIGNATURE):
        raise Unreadable("no signature")
    out, pos = [PNG_SIGNATURE], len(PNG_SIGNATURE)
    while True:
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        end = pos + 12 + length
        if end > len(data):
            raise Unreadable("chunk length")
        chunk = data[pos:end]
        pos = end
        if kind[:1].isupper() or kind in PNG_KEPT:  # critical chunks draw the picture
            out.append(chunk)
        elif kind == b"eXIf":
            exif = _orientation_only(chunk[8:-4])
            if exif:
                out.append(_png_chunk(b"eXIf", exif))
        if kind == b"IEND":
            return b"".join(out)


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


# --- WebP ----------------------------------------------------------------------------------------------


def _webp(data: bytes) -> bytes:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise Unreadable("no RIFF header")
    (size,) = struct.unpack("<I", data[4:8])
    end_of_file = min(len(data), 8 + size)
    chunks, pos, orientation = [], 12, None
    while pos + 8 <= end_of_file:
        kind, length = data[pos : pos + 4], struct.unpack("<I", data[pos + 4 : pos + 8])[0]
        end = pos + 8 + length + (length & 1)
        if pos + 8 + length > end_of_file:
            raise Unreadable("chunk length")
        if kind in WEBP_KEPT:
            chunks.append(bytearray(data[pos:end]))
        elif kind == b"EXIF" and orientation is None:
            body = data[pos + 8 : pos + 8 + length]
            orientation = _orientation_only(body.removeprefix(EXIF_HEADER))
        pos = end
    if chunks and chunks[0][:4] == b"VP8X":
        flags = chunks[0][8] & ~(WEBP_EXIF_FLAG | WEBP_XMP_FLAG)
        chunks[0][8] = flags | (WEBP_EXIF_FLAG if orientation else 0)
        if orientation:
            chunks.append(bytearray(b"EXIF" + struct.pack("<I", len(orientation)) + orientation
                                    + b"\x00" * (len(orientation) & 1)))  # fmt: skip
    body = b"WEBP" + b"".join(bytes(chunk) for chunk in chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body


# --- EXIF ----------------------------------------------------------------------------------------------


def _orientation_only(tiff: bytes) -> bytes | None:
    """A TIFF-structured EXIF block holding only the orientation of ``tiff``'s, if it is not the default
    (1, upright); None otherwise, or when ``tiff`` cannot be read."""
    exif = Image.Exif()
    try:
        exif.load(tiff)
        orientation = exif.get(ORIENTATION)
    except Exception:  # Pillow raises many kinds for broken EXIF: then nothing of it is kept
        return None
    if not isinstance(orientation, int) or orientation == 1 or not 1 <= orientation <= 8:
        return None
    kept = Image.Exif()
    kept[ORIENTATION] = orientation
    return kept.tobytes()[len(EXIF_HEADER) :]
