"""An Office package's ZIP read within bounds: it comes from outside, so its directory is
checked before any entry is read (entry count, names, declared sizes, compression ratio, all
XML together), and an XML part is read only up to `MAX_XML_PART`. zipfile stops reading an
entry at its declared size and checks its CRC, so a lying entry cannot grow past these.
The work of cleaning what passes is bounded by `office_child` (time, memory). docs/CLEANING.md
"Bounds on the work of cleaning".
"""

from __future__ import annotations

import zipfile

from intake_app.media.result import TOO_LARGE_TO_CLEAN, UNREADABLE_OFFICE_DOCUMENT, NotCleanable

MAX_ENTRIES = 10_000
"""Entries in one package."""
MAX_TOTAL_UNCOMPRESSED = 1024 * 1024 * 1024
"""Bytes over all entries, as declared."""
MAX_RATIO = 200
"""Uncompressed/compressed per entry beyond which (for entries over RATIO_FLOOR) it is a bomb."""
RATIO_FLOOR = 1024 * 1024
"""Entries up to this many bytes are not held to MAX_RATIO (small XML compresses well)."""
MAX_XML_PART = 24 * 1024 * 1024
"""Largest XML part parsed (about 40 times that in memory while it is rewritten)."""
MAX_XML_TOTAL = 48 * 1024 * 1024
"""Declared bytes of all XML parts of one package parsed at most (review r11i R6): cleaning
costs about a CPU second a MiB; more is TOO_LARGE_TO_CLEAN before any part is read."""
XML_SUFFIXES = (".xml", ".rels", ".vml")
"""Entries read as XML (`office_xml`)."""


def checked_entries(package: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The package's entries once its directory is within the bounds above. Raises
    NotCleanable(UNREADABLE_OFFICE_DOCUMENT) for too many entries, a name twice, a bomb or too
    many bytes over all, NotCleanable(TOO_LARGE_TO_CLEAN) for more XML than MAX_XML_TOTAL."""
    infos = package.infolist()
    names = [info.filename for info in infos]
    if len(infos) > MAX_ENTRIES or len(set(names)) != len(names):
        raise NotCleanable(UNREADABLE_OFFICE_DOCUMENT)
    total = xml = 0
    for info in infos:
        total += info.file_size
        bomb = info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * info.compress_size
        if bomb or total > MAX_TOTAL_UNCOMPRESSED:
            raise NotCleanable(UNREADABLE_OFFICE_DOCUMENT)
        xml += info.file_size if info.filename.lower().endswith(XML_SUFFIXES) else 0
    if xml > MAX_XML_TOTAL:
        raise NotCleanable(TOO_LARGE_TO_CLEAN)
    return infos


def read_xml(package: zipfile.ZipFile, name: str) -> bytes:
    """The bytes of entry `name`; NotCleanable(TOO_LARGE_TO_CLEAN) when it declares more than
    MAX_XML_PART (KeyError when there is no such entry)."""
    info = package.getinfo(name)
    if info.file_size > MAX_XML_PART:
        raise NotCleanable(TOO_LARGE_TO_CLEAN)
    return package.read(info)
