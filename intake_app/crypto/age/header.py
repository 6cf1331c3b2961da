"""The age v1 header: stanzas, the `---` MAC line, strict parsing with bounds.

Grammar (C2SP age): a version line, one or more stanzas (`-> arg…`, then canonical unpadded
base64 body lines of exactly 64 columns ended by one shorter line, possibly empty), and
`--- <43-char base64 MAC>`. Lines end in LF only.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass

from .b64 import decode_raw, encode_raw
from .errors import HeaderError, HMACError
from .hkdf import header_mac_key
from .source import ByteSource

VERSION_LINE = b"age-encryption.org/v1\n"
COLUMNS = 64
# Bounds so a hostile header cannot make us buffer without end. `age` 1.1.1 reads argument
# lines of any length (an unknown stanza with a 1 MiB argument decrypts there), so a line is
# bounded only by the whole header's bound.
MAX_HEADER_BYTES = 16 << 20
MAX_LINE = MAX_HEADER_BYTES
MAX_STANZAS = 1024

_ARGUMENT = re.compile(rb"[\x21-\x7e]+")
_BODY_LINE = re.compile(rb"[A-Za-z0-9+/]{0,64}\n")


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza of an age header (age spec, "Header").

    `args`: the type and its arguments as ASCII strings; `body`: the decoded body bytes.
    """

    args: tuple[str, ...]
    body: bytes

    @property
    def type(self) -> str:
        """The stanza type, its first argument (for example "X25519" or "scrypt")."""
        return self.args[0]


@dataclass(frozen=True)
class Header:
    """A parsed age header (age spec, "Header").

    `stanzas`: the recipient stanzas in file order; `mac`: the 32-byte header MAC; `mac_input`:
    the header bytes the MAC covers, from the version line up to and including "---".
    """

    stanzas: tuple[Stanza, ...]
    mac: bytes
    mac_input: bytes  # the header bytes the MAC covers: from the start up to and including "---"


def encode_stanza(stanza: Stanza) -> bytes:
    """The wire form of `stanza`: its "-> " argument line, then the unpadded base64 body in
    64-column lines ending with a shorter (maybe empty) line (age spec, "Header").
    """
    lines = [b"-> " + " ".join(stanza.args).encode("ascii")]
    body = encode_raw(stanza.body)
    lines += [body[i : i + COLUMNS] for i in range(0, len(body), COLUMNS)]
    if len(body) % COLUMNS == 0:
        lines.append(b"")  # the body always ends with a line shorter than 64 columns
    return b"\n".join(lines) + b"\n"


def compute_mac(file_key: bytes, mac_input: bytes) -> bytes:
    """The 32-byte HMAC-SHA-256 of `mac_input` under the header key derived from the 16-byte
    `file_key` (age spec, "Header").
    """
    return hmac.digest(header_mac_key(file_key), mac_input, hashlib.sha256)


def encode_header(stanzas: list[Stanza], file_key: bytes) -> bytes:
    """The whole header for `stanzas`, with its MAC line, as bytes ending in a newline
    (age spec, "Header"). `file_key`: the 16-byte file key the MAC is keyed by.
    """
    mac_input = VERSION_LINE + b"".join(encode_stanza(s) for s in stanzas) + b"---"
    return mac_input + b" " + encode_raw(compute_mac(file_key, mac_input)) + b"\n"


def verify_mac(header: Header, file_key: bytes) -> None:
    """Check the header MAC under `file_key` (16 bytes) in constant time.

    Raises HMACError when the MAC does not verify (the header was changed or the key is wrong).
    """
    if not hmac.compare_digest(compute_mac(file_key, header.mac_input), header.mac):
        raise HMACError("header MAC does not verify: the header was changed")


class _LineReader:
    def __init__(self, source: ByteSource) -> None:
        self._source = source
        self.consumed = bytearray()

    def line(self) -> bytes:
        line = self._source.readline(MAX_LINE)
        self.consumed += line
        if len(self.consumed) > MAX_HEADER_BYTES:
            raise HeaderError("header is larger than the bound this reader accepts")
        if not line.endswith(b"\n"):
            raise HeaderError("header ends early or has an overlong line")
        return line


def _parse_arguments(line: bytes) -> tuple[str, ...]:
    parts = line[3:-1].split(b" ")
    if not line.startswith(b"-> ") or not all(_ARGUMENT.fullmatch(p) for p in parts):
        raise HeaderError("malformed stanza argument line")
    return tuple(p.decode("ascii") for p in parts)


def _parse_body(reader: _LineReader) -> bytes:
    encoded = bytearray()
    while True:
        line = reader.line()
        if not _BODY_LINE.fullmatch(line):
            raise HeaderError("malformed stanza body line")
        encoded += line[:-1]
        if len(line) - 1 < COLUMNS:
            break
    body = decode_raw(bytes(encoded))
    if body is None:
        raise HeaderError("stanza body is not canonical unpadded base64")
    return body


def read_header(source: ByteSource) -> Header:
    """Read and parse an age header from `source`, leaving it at the first payload byte.

    Returns a Header. Raises HeaderError for a missing or unsupported version line, more than
    MAX_STANZAS stanzas, no stanza, a malformed stanza or MAC line, or a MAC that is not
    canonical 32-byte base64 (age spec, "Header"). The MAC itself is not checked here: see
    `verify_mac`.
    """
    reader = _LineReader(source)
    first = source.readline(len(VERSION_LINE))
    reader.consumed += first
    if first != VERSION_LINE:
        if first.startswith(b"age-encryption.org/"):
            raise HeaderError("unsupported age format version")
        raise HeaderError("not an age file: the version line is missing")
    stanzas: list[Stanza] = []
    while True:
        line = reader.line()
        if line.startswith(b"---"):
            break
        if len(stanzas) >= MAX_STANZAS:
            raise HeaderError("too many stanzas in the header")
        args = _parse_arguments(line)
        stanzas.append(Stanza(args, _parse_body(reader)))
    if not stanzas:
        raise HeaderError("header has no recipient stanza")
    if not line.startswith(b"--- "):
        raise HeaderError("malformed MAC line")
    mac = decode_raw(line[4:-1])
    if mac is None or len(mac) != 32:
        raise HeaderError("header MAC is not a canonical 32-byte base64 value")
    mac_input = bytes(reader.consumed[: len(reader.consumed) - len(line) + 3])
    return Header(tuple(stanzas), mac, mac_input)
