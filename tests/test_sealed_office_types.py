"""Review r11e K1–K3: a Word, Excel or PowerPoint template, macro-enabled file or slide show is
sealed as `.docx`, `.xlsx` or `.pptx`, and its `[Content_Types].xml` now says so too (Word and
Excel refuse a file whose extension does not match its main part's type); a VBA project (its
module text, names, paths) is removed, and the outcome says so.

Each file goes through the real path: attach (forecast), save (clean), seal, stock `age -d`,
`tar`; the sealed file is read with exiftool, part by part, and opened with python-docx,
openpyxl or python-pptx.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from media_kit import canaries, identifying_tags
from office_types_kit import (
    MAIN_TYPES,
    VBA_TYPE,
    content_types,
    office_file,
    opens,
    plain_extension,
    seal,
)

from intake_app.media.result import OFFICE_MACROS_REMOVED

KINDS = [".dotx", ".xlsm", ".docm", ".dotm", ".xltx", ".xltm", ".xlam", ".potx", ".pptm",
         ".ppsx", ".potm", ".ppsm"]


@pytest.mark.parametrize("extension", KINDS)
def test_the_sealed_file_is_the_plain_document_its_extension_says_without_macros(
    tmp_path: Path, extension: str
) -> None:
    original = office_file(extension)
    assert content_types(original)[0] == MAIN_TYPES[extension]
    sealed = seal(tmp_path, {f"CANARY Jan{extension}": original})
    plain = plain_extension(extension)
    assert sealed.members == ["signal.json", f"attachments/01-attachment-1{plain}"]
    data = sealed.files[sealed.members[1]]
    main_type, declared = content_types(data)
    assert main_type == MAIN_TYPES[plain]
    assert not any("macroenabled" in t.lower() or ".template." in t or "slideshow" in t
                   or "vba" in t.lower() for t in declared), declared
    assert canaries(data) == [] and identifying_tags(data) == []
    opens(data, plain)
    macros = extension.endswith("m")
    notes = [OFFICE_MACROS_REMOVED] if macros else []
    assert (sealed.signal["attachments"][0]["cleaning"],
            sealed.signal["attachments"][0]["warnings"]) == ("cleaned", notes)
    # what the liaison read before saving and before sealing agree with what was sealed
    assert (sealed.forecasts[0].cleaning, sealed.forecasts[0].stored_name) == (
        "cleaned", f"CANARY Jan{plain}")
    assert (sealed.outcomes[0].code, sealed.outcomes[0].warnings) == ("media.cleaned", tuple(notes))
    if macros:
        assert VBA_TYPE in content_types(original)[1]
