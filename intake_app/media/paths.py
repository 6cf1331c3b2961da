"""One recogniser of paths on the author's disk, network or personal cloud, for Office and PDF.

A cleaner that knows only some spellings of a path leaves the others; so every cleaner asks this
module. The spellings (docs/CLEANING.md, row `path-forms`):

- Windows: a drive (`C:\\`, `C:/`, also percent-escaped `C:%5C`, `C%3A%5C`), a UNC share
  (`\\\\host\\`, `%5C%5Chost`, and so the long and device forms `\\\\?\\C:\\…`, `\\\\.\\…`), the
  same written forwards (`//host/share`, not after a URL scheme's colon);
- network shares as URLs: `smb://`, `cifs://`, `afp://`, `nfs://`;
- POSIX: an absolute path under a root that holds people's or machines' files (`/home`,
  `/Users`, `/Volumes`, `/mnt`, `/media`, `/private`, `/var`, `/tmp`, …), a single-letter
  drive written the PDF way (`/C/Users/…`), macOS's data volume (`/System/Volumes/Data/…`),
  a home folder (`~/…`, `~name/…`), and Android's storage (`/storage/emulated/0/…`, an SD card's
  `/storage/XXXX-XXXX/…`, `/sdcard/…`) and its document URLs (`content://…`: review r11l
  R11L-4, iOS's `/var/mobile/…` was known, Android's was not). A relative path
  (`../../Pictures/…`) is not read as one: Office packages point to their own parts that way
  (`../slideLayouts/…`);
- classic Mac OS: `Macintosh HD:Users:…`, any `Volume:Users:…` or `Volume:Volumes:…`;
- a `file:` URL of any of these, and any `file:` URL at all;
- personal cloud folders: OneDrive (`d.docs.live.net/<account id>`, `onedrive.live.com`,
  `1drv.ms`), SharePoint personal sites (`<tenant>-my.sharepoint.com/personal/<user>`), and
  Nextcloud or ownCloud user folders on any server (`…/remote.php/dav/files/<user>/`,
  `…/remote.php/webdav/`), Dropbox's web view of the owner's own folders
  (`dropbox.com/home/<folders>`), a Mendeley library's document (`mendeley.com/documents/?uuid=`,
  in a citation's JSON: the same entry in every document its owner cites it in, as a Zotero
  user library's link), and any link that names a Google account by its e-mail
  (`…?authuser=jan@gmail.com`: Google writes it when several accounts are signed in; an index
  such as `authuser=1` names nobody and stays). Each such link is replaced whole, as a OneDrive
  one is: the account is in it, and only its owner can open it.

`PATH` matches from the start of a path to the end of the value or a quote; `NEUTRAL_PATH`
takes its place.
"""

from __future__ import annotations

import re

NEUTRAL_PATH = "removed-path"

_POSIX_ROOTS = (
    "home|users|volumes|mnt|media|private|var|tmp|opt|srv|net|afs|root|run|library"
    "|applications|cygdrive|network|export|data|scratch|nfs|shares?|system/volumes|storage|sdcard"
)
PATH = re.compile(
    r"(?ix)"
    r"(?:file:[/\\]*)?"
    r"(?:"
    r"(?<![\w.])[a-z](?::|%3a)(?:[\\/]|%5c|%2f)"          # C:\ C:/ C:%5C C%3A%5C
    r"|(?:\\\\|%5c%5c)[^\\\s\"<>%]+"                    # \\host  %5C%5Chost
    r"|(?<![:\w/])//[a-z0-9][\w.\-$]*/[^\s\"<>]"         # //host/share (not https://)
    r"|(?<![\w.\-/~])/(?:" + _POSIX_ROOTS + r")(?:/|$)"  # /Users/…  /Volumes/…
    r"|(?<![\w.\-/~])/[a-z]/"                            # /C/Users/… (PDF file specs)
    r"|(?<![\w.\-/])~[\w.\-]*/"                          # ~/…  ~name/…
    r"|(?<![\w.+\-])(?:smb|cifs|afp|nfs|content)://"        # network shares, Android documents
    r"|(?<![\w])[\w .\-]{1,40}:(?:users|volumes):"       # Macintosh HD:Users:…
    r"|(?<=file:)"                                       # any other file: URL
    r"|(?:https?://)?(?:d\.docs\.live\.net|onedrive\.live\.com|1drv\.ms"
    r"|(?<![\w\-])[\w\-]+-my\.sharepoint(?:-df)?\.com|(?:www\.)?zotero\.org/users)(?:/|$)"  # clouds
    r"|(?:https?://[^/\s\"<>]+)?/remote\.php/(?:dav/files|webdav)(?:/|$)"  # Nextcloud, ownCloud
    r"|(?:https?://)?(?:www\.)?dropbox\.com/home(?:[/?#]|$)"  # Dropbox: the owner's own folders
    r"|(?:https?://)?(?:www\.)?mendeley\.com/documents/?\?uuid="  # a Mendeley library's entry
    r")"
    r"[^\"<>|]*"
)
"""A path, from its start to the end of the value or a quote (the rest of a value may be the
path's own spaces)."""


_GOOGLE_ACCOUNT = re.compile(r"(?i)(?<=[?&#])authuser=[^?=&#\s\"<>@]{0,320}?(?:@|%40)")
"""A Google account named by its e-mail in a link's query or fragment (an address has at most
254 characters, 320 leaves room for escapes). Bounded, and found before the link's start is
looked for: a pattern that scanned from every `http://` to the value's end was quadratic
(review r11i R11: a 1.5 KB DOCX holding `'http://'*20000` took 25 s of CPU)."""
_RUN = re.compile(r"[^\s\"<>]+")
_PATH_END = re.compile(r"[\"<>|]")


def has_path(value: str) -> bool:
    """True when `value` holds a path on the author's disk, network or personal cloud."""
    return PATH.search(value) is not None or _GOOGLE_ACCOUNT.search(value) is not None


def without_paths(value: str) -> str:
    """`value` with each path replaced by NEUTRAL_PATH. Time linear in its length."""
    return PATH.sub(NEUTRAL_PATH, _without_google_accounts(value))


_FORMULA_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"")
"""A quoted sheet or workbook name (`'…'`, a quote doubled inside) or a string literal (`"…"`)
in a spreadsheet formula (ECMA-376 part 1, 18.17 formula grammar)."""
NEUTRAL_BOOK = "[removed.xlsx]"


def without_formula_paths(formula: str) -> str:
    """A spreadsheet formula with each path cut and its syntax still valid (review r11i L1).

    A reference to another workbook names it by its path inside a quoted name,
    `'C:\\Users\\jan\\[Budget Jan.xlsx]Blad1'!A1`; the quoted name keeps its quotes and its
    sheet and becomes `'removed-path[removed.xlsx]Blad1'` (the book's name goes too). A path in
    a string literal (`HYPERLINK("C:\\…")`) becomes NEUTRAL_PATH inside its quotes. Time linear
    in the formula's length.
    """
    out: list[str] = []
    pos = 0
    for quoted in _FORMULA_QUOTED.finditer(formula):
        out.append(without_paths(formula[pos : quoted.start()]))
        text = quoted.group()
        if text.startswith("'") and has_path(text):
            sheet = text[1:-1].rpartition("]")[2] if "]" in text else ""
            text = f"'{NEUTRAL_PATH}{NEUTRAL_BOOK}{sheet}'" if sheet else f"'{NEUTRAL_PATH}'"
        elif has_path(text):
            text = '"' + without_paths(text[1:-1].replace('""', "\x00")).replace("\x00", '""') + '"'
        out.append(text)
        pos = quoted.end()
    return "".join(out) + without_paths(formula[pos:])


def _without_google_accounts(value: str) -> str:
    """Each link that names a Google account replaced whole, as PATH replaces a path: from the
    link's `http(s)://` (or `authuser=` itself when the link's start is not in the value) to
    the end of the value or a quote."""
    if _GOOGLE_ACCOUNT.search(value) is None:
        return value
    out: list[str] = []
    pos = 0
    for run in _RUN.finditer(value):
        if run.start() < pos:
            continue
        account = _GOOGLE_ACCOUNT.search(run.group())
        if account is None:
            continue
        before = run.group()[: account.start()].lower()
        link = max(before.rfind("http://"), before.rfind("https://"))
        start = run.start() + (link if link >= 0 else account.start())
        end = _PATH_END.search(value, run.start() + account.end())
        out += [value[pos:start], NEUTRAL_PATH]
        pos = end.start() if end else len(value)
    return "".join(out) + value[pos:]


_EXTENSIONS = (
    "jpe?g|jfif|png|gif|tiff?|bmp|heic|heif|avif|jxl|webp|emf|wmf|svg|eps|ai|psd|xcf|ico"
    "|dng|cr[23w]|nef|arw|orf|rw2|raf|raw|pef|srw"
    "|mov|mp4|m4v|avi|mkv|3gp|webm|wmv|mts|mp3|m4a|wav|ogg|opus|aac|amr|flac"
    "|pdf|docx?|docm|dotx?|xlsx?|xlsm|pptx?|odt|ods|odp|rtf|txt|md|csv|html?|pages|numbers|key"
    "|kmz|kml|gpx|geojson|shp|zip|rar|7z|eml|msg|vcf|ics"
)
_COPY = r"(?:\.|\s*\(\d+\)|\s*-\s*(?:copy|kopie)(?:\s*\d+)?|\s+(?:copy|kopie)(?:\s*\d+)?)*"
"""What a system adds after a name: a trailing dot, " (1)", " copy", " - kopie 2"."""
_FILE_NAME = re.compile(r"(?i)^[^\n]{0,200}\.(?:" + _EXTENSIONS + r")" + _COPY + r"$")
"""A file name with a known extension: spaces allowed (`Kaart van de wijk.png`)."""
_ONE_WORD_FILE = re.compile(r"^\S{1,200}\.(?=[0-9]*[A-Za-z])[A-Za-z0-9]{1,5}" + _COPY + r"$")
"""One word with any short extension (`map.kmz`, `export.gpkg`): nobody describes a picture so."""
_DEVICE_NAME = re.compile(
    r"(?i)^(?:(?:IMG|VID|MVIMG|PANO|BURST|PXL|DSC[NF]?|DCIM|GOPR|G[HX]\d\d|DJI|WP|FB_IMG|mmexport)"
    r"[\s_\-]*\d(?=(?:\D*\d){3})"
    r"|(?:Screenshot|Screen\s?Shot|Screen[\s_\-]?Recording|Schermafbeelding|Schermopname"
    r"|Bildschirmfoto|Capture\s+d.\s?[ée]cran|Captura\s+de\s+pantalla"
    r"|WhatsApp\s+(?:Image|Video|Afbeelding)|Scan|Photo|Foto|signal|telegram)"
    r"[\s_\-]*\(?\d(?=(?:\D*\d){5}))")
"""A name a camera, phone, scanner or screenshot tool gave the file: a camera's prefix and a
number of four digits or more (`IMG_2045`, `DSC01234`, `PXL_20240512_143012345`), or a tool's
word and at once a date and time (`Screenshot 2024-05-12 at 14.30.12`, `Scan 20240512`,
`WhatsApp Image 2024-05-12 at …`: six digits or more)."""
_GENERATED = re.compile(
    r"(?i)^(?=\S*\d{6})\S{6,200}$"
    r"|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
"""One word holding six digits in a row (`20240512_143012`, `1715524212345`, `P1010001`), or
a UUID (`3F2504E0-4F89-…`, iOS and cloud exports): a typed description has words."""


def is_file_name(value: str) -> bool:
    """True when `value` is a path, a file's name, or a name a device or tool gave a file
    (docs/CLEANING.md, "Descriptions that are names"): a description made of the inserted file's
    name names where it came from. A description typed by a person ("Kaart van de wijk",
    "Foto van het plein, mei 2024") is none of these and stays."""
    text = value.strip()
    rules = (_FILE_NAME, _ONE_WORD_FILE, _DEVICE_NAME, _GENERATED)
    return has_path(text) or any(rule.match(text) is not None for rule in rules)
