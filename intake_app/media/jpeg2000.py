"""A JPEG 2000 codestream without its comments, cut at its end, without decoding a sample.

TIFF pages in JPEG 2000 (compression 33003 and 33005, Aperio's slide scanners; 34712) hold one
codestream a strip or tile (ISO/IEC 15444-1 Annex A): the main header's marker segments, then
tile-parts, each a header and its packets, then EOC. Text can sit in comment segments (COM,
0xFF64: encoders write "Created by OpenJPEG", "Kakadu"; a tool or a hand can write a name) in
the main header and in every tile-part header, and anything after EOC. So each codestream keeps:

- every marker segment a decoder needs, by its marker (SIZ, CAP, COD, COC, QCD, QCC, RGN, POC,
  PPM, PPT, PLM, PLT, CRG, PRF, CPF), each at the length it declares; COM segments go; TLM goes
  too (it lists tile-part lengths, which change when a comment leaves a tile-part header; it is
  optional);
- each tile-part's packets as they are (their bytes are the picture), its Psot adjusted;
- EOC, and nothing after it.

A marker this module does not know, a length that does not fit, or a JP2 file (boxes) instead of
a bare codestream raise NotTrimmed: the caller keeps the piece whole and says so. The pixels
are the same: no packet byte changes.
"""

from __future__ import annotations

import struct

from intake_app.media.tiff_data import NotTrimmed

COMPRESSIONS = frozenset({33003, 33004, 33005, 34712})
"""TIFF compression values whose strips are JPEG 2000 codestreams (Aperio YCbCr and RGB,
LEADTOOLS' JPEG 2000)."""
_SOC, _SOT, _SOD, _EOC = b"\xff\x4f", b"\xff\x90", b"\xff\x93", b"\xff\xd9"
_COM, _TLM = 0xFF64, 0xFF55
_KEPT = frozenset({0xFF50, 0xFF51, 0xFF52, 0xFF53, 0xFF56, 0xFF57, 0xFF58, 0xFF59, 0xFF5C,
                   0xFF5D, 0xFF5E, 0xFF5F, 0xFF60, 0xFF61, 0xFF63})
_MAX_TILE_PARTS = 65_535 * 255


def clean_codestream(piece: bytes) -> bytes:
    """`piece` (a JPEG 2000 codestream) with its comment and TLM segments left out and nothing
    after EOC; raises NotTrimmed when it cannot be walked as the module says."""
    if piece[:2] != _SOC or piece[2:4] != b"\xff\x51":
        raise NotTrimmed  # not a bare codestream (a JP2 file starts with a box)
    out = bytearray(_SOC)
    pos = _segments(piece, 2, out, main=True)
    parts = 0
    while piece[pos:pos + 2] == _SOT:
        parts += 1
        if parts > _MAX_TILE_PARTS or pos + 12 > len(piece):
            raise NotTrimmed
        (psot,) = struct.unpack_from(">I", piece, pos + 6)
        header = bytearray(piece[pos:pos + 12])
        body = _segments(piece, pos + 12, header, main=False)  # after SOD
        end = pos + psot if psot else piece.rfind(_EOC)
        if end < body or end > len(piece):
            raise NotTrimmed
        part = header + piece[body:end]
        struct.pack_into(">I", part, 6, len(part) if psot else 0)
        out += part
        pos = end
    if piece[pos:pos + 2] != _EOC or parts == 0:
        raise NotTrimmed
    return bytes(out + _EOC)


def _segments(piece: bytes, pos: int, out: bytearray, *, main: bool) -> int:
    """Copy the marker segments from `pos` into `out` up to SOT (main header) or through SOD
    (a tile-part header), comments and TLM left out; return where the next part starts."""
    while True:
        marker = piece[pos:pos + 2]
        if main and marker == _SOT:
            return pos
        if not main and marker == _SOD:
            out += _SOD
            return pos + 2
        if len(marker) < 2 or pos + 4 > len(piece):
            raise NotTrimmed
        code = int.from_bytes(marker, "big")
        (length,) = struct.unpack_from(">H", piece, pos + 2)
        if length < 2 or pos + 2 + length > len(piece):
            raise NotTrimmed
        if code not in _KEPT and code not in (_COM, _TLM):
            raise NotTrimmed  # a marker segment of unknown content: not called clean
        if code in _KEPT:
            out += piece[pos:pos + 2 + length]
        pos += 2 + length
