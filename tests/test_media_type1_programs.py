"""Type 1 font programs (PDF `/FontFile`) lose what names their maker and buyer wherever it is
written, and keep what a renderer reads: review r11c T1–T3 beyond the inventory rows.

Each program is read back with fontTools' PostScript reader (`psLib.suckfont`, which runs the
clear text and the decrypted part as an interpreter would; trusted input here).
"""

from __future__ import annotations

from fontTools.misc import eexec, psLib
from inventory_r11c_kit import ZEROS, type1_with

from intake_app.media.font_programs import clean_type1


def cleaned(program: tuple[bytes, int, int, int]) -> tuple[bytes, bytes, bytes, bytes]:
    """(clear text, encrypted part, what follows, encrypted part decrypted) after cleaning."""
    data, length1, length2, _ = program
    result = clean_type1(data, length1, length2)
    assert result is not None
    out, (new1, new2, new3) = result
    assert new1 + new2 + new3 == len(out)
    encrypted = out[new1 : new1 + new2]
    return out[:new1], encrypted, out[new1 + new2 :], eexec.decrypt(encrypted, 55665)[0]


def test_a_clean_programs_encrypted_part_stays_byte_for_byte_hex_too() -> None:
    data, length1, length2, _ = type1_with()
    hexed = eexec.hexString(data[length1 : length1 + length2]) + b"\n"
    program = data[:length1] + hexed + data[length1 + length2 :]
    _, encrypted, after, _ = cleaned((program, length1, len(hexed), 0))
    assert encrypted == hexed
    assert after == ZEROS


def test_glyph_names_array_items_and_the_fonts_own_name_stay_while_name_values_go() -> None:
    program = type1_with(
        clear_extra=b"/Notice /CANARY_buyer readonly def\n/BlendAxisTypes [/Weight /Width] def\n")
    clear, _, _, _ = cleaned(program)
    assert b"CANARY_buyer" not in clear and b"/Notice () readonly def" in clear
    assert b"[/Weight /Width]" in clear  # an array's items: a multiple master's axes
    assert b"dup 65 /A put" in clear and b"{1 index exch /.notdef put}" in clear
    assert b"/FontName /Huisletter def" in clear


def test_comments_in_the_encrypted_part_go_and_the_program_still_reads() -> None:
    program = type1_with(
        private_extra=b"%Licensed to CANARY order 12345\n/BlueScale 0.039625 def % CANARY\n")
    clear, encrypted, after, decrypted = cleaned(program)
    assert b"CANARY" not in decrypted and b"/BlueScale 0.039625 def" in decrypted
    assert decrypted.rstrip().endswith(b"currentfile closefile")
    font = psLib.suckfont(clear + encrypted + after)
    assert font["FontName"] == "Huisletter"
    assert set(font["CharStrings"]) == {".notdef", "A"}
    assert font["Private"]["BlueScale"] == 0.039625


def test_text_after_cleartomark_goes_but_a_save_wrappers_restore_stays() -> None:
    program = type1_with(trailer_extra=b"{restore}if\n%%For: CANARY Jan\n")
    _, _, after, _ = cleaned(program)
    assert after == ZEROS + b"{restore}if\n"


def test_a_hex_encrypted_part_with_a_comment_is_written_again_in_binary() -> None:
    data, length1, length2, _ = type1_with(private_extra=b"% CANARY hex\n")
    hexed = eexec.hexString(data[length1 : length1 + length2])
    program = data[:length1] + hexed + data[length1 + length2 :]
    clear, encrypted, after, _ = cleaned((program, length1, len(hexed), 0))
    decrypted = eexec.decrypt(encrypted, 55665)[0]
    assert b"CANARY" not in decrypted and b"/CharStrings" in decrypted
    assert not all(chr(byte) in "0123456789abcdefABCDEF\n\r " for byte in encrypted[:16])
    assert psLib.suckfont(clear + encrypted + after)["FontName"] == "Huisletter"


def test_zeros_right_after_closefile_stay_right_after_it() -> None:
    """The byte after `closefile` is read decrypted, so it must end that token: a writer that ends
    the encrypted part there (URW's fonts) relies on the zeros' first byte decrypting to white
    space; no line end may come between."""
    data, length1, length2, _ = type1_with(closefile_end=b"", trailer_extra=b"% CANARY\n")
    result = clean_type1(data, length1, length2)
    assert result is not None
    out, (new1, new2, _) = result
    assert out[new1 : new1 + new2] == data[length1 : length1 + length2]
    assert out[new1 + new2 :] == ZEROS[1:]
