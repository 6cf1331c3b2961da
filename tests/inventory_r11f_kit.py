"""Files for review r11f's PDF and colour-profile findings (docs/CLEANING.md rows and
tests/test_clean_pdf_r11f.py): each plants the canary where the review found it stayed."""

from __future__ import annotations

import io

import pikepdf
from pikepdf import Dictionary

CANARY = "CANARY"


def protected_pdf(*, user: str = "", aes256: bool = True) -> bytes:
    """One page, /Info /Author and XMP holding the canary, saved with an owner password and
    `user` as user password: AES-256 (R6) or RC4-128 (R3) (F1)."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(200, 200))
    with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
        xmp["dc:creator"] = [f"{CANARY} XMP Jan Jansen"]
    pdf.docinfo = pdf.make_indirect(Dictionary(Author=f"{CANARY}EncInfo Jan Jansen"))
    out = io.BytesIO()
    encryption = pikepdf.Encryption(owner="own", user=user, R=6 if aes256 else 3,
                                    aes=aes256, metadata=aes256)
    pdf.save(out, encryption=encryption)
    return out.getvalue()
