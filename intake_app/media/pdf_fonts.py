"""Font programs embedded in a PDF, each cleaned by its kind (docs/CLEANING.md `pdf-fonts`,
`pdf-font-programs`).

A font descriptor holds at most one program, under the key that says its kind (PDF 32000-1
§9.9, Table 126): `/FontFile` a Type 1 font, `/FontFile2` a TrueType font, `/FontFile3` what
its `/Subtype` says (`/Type1C`, `/CIDFontType0C`: bare CFF; `/OpenType`: a whole OpenType font).

- TrueType and OpenType fonts lose their identifying `name` records, and an OpenType font's CFF
  table its identifying strings (`fonts.py`); one that cannot be read stays, warned
  (`pdf_fonts_kept`), as before.
- Type 1 and bare CFF programs lose their identifying strings (`font_programs.py`); one that
  cannot be read (a filter Seinpost does not decode, damage, a string hidden in the encrypted
  part of a Type 1 font) is removed from the descriptor and warned (`pdf_fonts_removed`): the
  viewer draws the text with a stand-in font instead.
"""

from __future__ import annotations

from pikepdf import Dictionary, Name, Stream

from intake_app.media.font_programs import clean_cff, clean_type1
from intake_app.media.fonts import clean_font_names
from intake_app.media.pdf_streams import decoded
from intake_app.media.result import PDF_FONTS_KEPT, PDF_FONTS_REMOVED

FONT_KEYS = (Name.FontFile, Name.FontFile2, Name.FontFile3)
_SFNT_SUBTYPES = (Name.OpenType,)
_CFF_SUBTYPES = (Name.Type1C, Name.CIDFontType0C)


def clean_embedded_font(descriptor: Dictionary, key: Name, program: Stream) -> str | None:
    """Clean the font program `descriptor[key]` in place.

    Returns None when it is clean, else the warning code: PDF_FONTS_KEPT for a TrueType or
    OpenType font that stays as it was, PDF_FONTS_REMOVED for a Type 1 or CFF program that was
    taken out of the descriptor.
    """
    data = decoded(program)
    subtype = program.get(Name.Subtype)
    if key == Name.FontFile2 or (key == Name.FontFile3 and subtype in _SFNT_SUBTYPES):
        cleaned = clean_font_names(data) if data is not None else None
        if cleaned is None:
            return PDF_FONTS_KEPT
        if cleaned != data:
            program.write(cleaned)
            if Name.Length1 in program:
                program.Length1 = len(cleaned)
        return None
    if key == Name.FontFile:
        result = clean_type1(data, program.get(Name.Length1), program.get(Name.Length2)) \
            if data is not None else None
        if result is not None:
            cleaned, (length1, length2, length3) = result
            if cleaned != data:
                program.write(cleaned)
                program.Length1, program.Length2, program.Length3 = length1, length2, length3
            return None
    elif subtype in _CFF_SUBTYPES:
        cleaned = clean_cff(data) if data is not None else None
        if cleaned is not None:
            if cleaned != data:
                program.write(cleaned)
            return None
    del descriptor[key]  # unreadable: whatever it names, it does not leave with the PDF
    return PDF_FONTS_REMOVED
