"""Sentences of the office's reading of a sealed item (intake_app/office/unseal.py and
sealed_tar.py): what was found wrong inside an item, said after "refused: item X: ". The English
is the text these findings always had, word for word (`str(exc)` is unchanged).

One part of the one table (intake_app/sentences/__init__.py): code -> {"nl", "en"}.
"""

from __future__ import annotations

_UNSEAL: dict[str, tuple[str, str]] = {
    "not_listed": ("het verzegelde signaal bevat een onderdeel dat niet in de lijst staat (of "
                   "niet op zijn plaats)",
                   "the sealed item holds a member that is not listed (or out of order)"),
    "not_regular": ("het verzegelde signaal bevat een koppeling, apparaat of map, geen gewoon "
                    "bestand",
                    "the sealed item holds a link, device or folder, not a regular file"),
    "member_size": ("een onderdeel van het verzegelde signaal heeft niet de opgegeven grootte",
                    "a member of the sealed item does not have its listed size"),
    "member_too_large": ("een onderdeel van het verzegelde signaal is groter dan het signaal zelf",
                         "a member of the sealed item is larger than the item itself"),
    "no_signal_json": ("het verzegelde signaal begint niet met signal.json",
                       "the sealed item does not start with signal.json"),
    "invalid_signal": ("signal.json is geen geldig signaal ({reason})",
                       "signal.json is not a valid signal ({reason})"),
    "unsafe_name": ("een bijlagenaam in signal.json is geen veilige naam",
                    "an attachment name in signal.json is not a safe name"),
    "attachment_missing": ("een bijlage uit signal.json ontbreekt",
                           "an attachment listed in signal.json is missing"),
    "attachment_hash": ("een bijlage klopt niet met haar hash in signal.json",
                        "an attachment does not match its hash in signal.json"),
    "unlisted_member": ("het verzegelde signaal bevat een onderdeel dat niet in signal.json staat",
                        "the sealed item holds a member that is not listed in signal.json"),
    "bad_tar": ("het verzegelde signaal is geen geldige tar-stroom ({reason})",
                "the sealed item is not a valid tar stream ({reason})"),
}

# The tar reader (office/sealed_tar.py), inside "the sealed item is not a valid tar stream (...)".
_TAR: dict[str, tuple[str, str]] = {
    "negative_size": ("een tar-grootte is negatief", "a tar size is negative"),
    "too_large": ("de tar is groter dan het verzegelde signaal",
                  "the tar is larger than the sealed item"),
    "cut_short": ("de tar is afgebroken", "the tar is cut short"),
    "bad_header": ("een tar-kop is niet geldig ({reason})", "a tar header is not valid ({reason})"),
    "padding": ("de opvulling van de tar bevat gegevens", "tar padding holds data"),
    "end_marker": ("het eindmerk van de tar is geen twee nulblokken",
                   "the tar's end marker is not two zero blocks"),
    "extended_too_large": ("uitgebreide kop te groot", "extended header too large"),
    "header_type": ("soort tar-kop niet ondersteund", "unsupported tar header type"),
    "data_after_end": ("het verzegelde signaal heeft gegevens na het einde van zijn tar",
                       "the sealed item has data after the end of its tar"),
    "pax_no_length": ("een PAX-regel heeft geen lengte", "a PAX record has no length"),
    "pax_malformed": ("een PAX-regel is misvormd", "a PAX record is malformed"),
    "pax_not_utf8": ("een PAX-regel is geen UTF-8", "a PAX record is not UTF-8"),
    "pax_unsupported": ("PAX-regel {key} niet ondersteund", "unsupported PAX record {key}"),
    "size_not_decimal": ("de grootte van een tar-onderdeel is geen decimaal getal",
                         "a tar member size is not a decimal number"),
    "length_not_decimal": ("de lengte van een PAX-regel is geen decimaal getal",
                           "a PAX record length is not a decimal number"),
    # {reason} of bad_header in another language (the tar library's detail is English)
    "header_why": ("de kop kan niet worden gelezen", "the header cannot be read"),
}

SENTENCES: dict[str, dict[str, str]] = {
    **{f"office.unseal_{key}": {"nl": nl, "en": en} for key, (nl, en) in _UNSEAL.items()},
    **{f"office.tar_{key}": {"nl": nl, "en": en} for key, (nl, en) in _TAR.items()},
}
