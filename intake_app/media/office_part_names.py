"""Neutral names for the media and embedded parts of an Office Open XML package.

Word names a picture part `word/media/image1.png`; LibreOffice, converters and scripts often keep
the inserted file's name (`word/media/Anna_Jansen_paspoort.png`), which the ZIP's directory, the
relationships and the content types all repeat. `neutral_names` gives every such part a name
that says nothing (`part<n>.<ext>`, in the same folder); the cleaner writes the part under it and
points every relationship and content-type override there (`relative_target`).
"""

from __future__ import annotations

import posixpath
import re

from intake_app.media import office_rels as rels

RENAMED_FOLDERS = ("media", "embeddings")
"""Folders whose parts are named after the inserted file by some producers: renamed."""
_SAFE_EXTENSION = re.compile(r"\.[a-z0-9]{1,8}")
_OFFICE_PART_NAME = re.compile(
    r"(?:image|media|audio|video|hdphoto|oleObject|package|"
    r"Microsoft_(?:Excel|Word|PowerPoint|Visio)(?:_(?:Macro-Enabled|Binary|97-2003))?"
    r"_(?:Worksheet|Document|Presentation|Drawing|Chart|Slide))\d*(?:\.[A-Za-z0-9]{1,8})?"
)
"""The names Office gives media and embedded parts itself (`image1.png`, `oleObject2.bin`,
`Microsoft_Excel_Worksheet.xlsx`): they say nothing, and keep them."""


def neutral_names(kept: set[str]) -> dict[str, str]:
    """A neutral name (`<folder>/part<n>.<ext>`) for each media or embedded part not named the
    way Office names them, keeping only a safe extension (content types are found by it); a part
    with relationships of its own keeps its name."""
    lowered = {name.lower() for name in kept}
    renamed: dict[str, str] = {}
    for name in sorted(kept):
        folder, base = posixpath.split(name)
        if posixpath.basename(folder) not in RENAMED_FOLDERS or _OFFICE_PART_NAME.fullmatch(base):
            continue
        if rels.rels_part_of(name).lower() in lowered:
            continue
        ext = posixpath.splitext(base)[1].lower()
        ext = ext if _SAFE_EXTENSION.fullmatch(ext) else ""
        renamed[name] = posixpath.join(folder, f"part{len(renamed) + 1}{ext}")
    taken = {name.lower() for name in kept - set(renamed)}
    if any(new.lower() in taken for new in renamed.values()):
        return {}  # a neutral name already used by a part that keeps its own: leave them all
    return renamed


def relative_target(rels_name: str, target: str, renamed: dict[str, str]) -> str:
    """`target` (an internal target of `rels_name`) pointing at its part's neutral name,
    written the same way: absolute stays absolute, relative becomes relative."""
    new = renamed[rels.resolve(rels_name, target)]
    if target.startswith("/"):
        return "/" + new
    return posixpath.relpath(new, posixpath.dirname(rels.source_of(rels_name)) or ".")
