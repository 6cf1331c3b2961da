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
  and a home folder (`~/…`, `~name/…`). A relative path (`../../Pictures/…`) is not read as
  one: Office packages point to their own parts that way (`../slideLayouts/…`);
- classic Mac OS: `Macintosh HD:Users:…`, any `Volume:Users:…` or `Volume:Volumes:…`;
- a `file:` URL of any of these, and any `file:` URL at all;
- personal cloud folders: OneDrive (`d.docs.live.net/<account id>`, `onedrive.live.com`,
  `1drv.ms`), SharePoint personal sites (`<tenant>-my.sharepoint.com/personal/<user>`), and
  Nextcloud or ownCloud user folders on any server (`…/remote.php/dav/files/<user>/`,
  `…/remote.php/webdav/`).

`PATH` matches from the start of a path to the end of the value or a quote; `NEUTRAL_PATH`
takes its place.
"""

from __future__ import annotations

import re

NEUTRAL_PATH = "removed-path"

_POSIX_ROOTS = (
    "home|users|volumes|mnt|media|private|var|tmp|opt|srv|net|afs|root|run|library"
    "|applications|cygdrive|network|export|data|scratch|nfs|shares?|system/volumes"
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
    r"|(?<![\w.+\-])(?:smb|cifs|afp|nfs)://"                # network shares as URLs
    r"|(?<![\w])[\w .\-]{1,40}:(?:users|volumes):"       # Macintosh HD:Users:…
    r"|(?<=file:)"                                       # any other file: URL
    r"|(?:https?://)?(?:d\.docs\.live\.net|onedrive\.live\.com|1drv\.ms"
    r"|[\w\-]+-my\.sharepoint(?:-df)?\.com|(?:www\.)?zotero\.org/users)(?:/|$)"  # personal clouds
    r"|(?:https?://[^/\s\"<>]+)?/remote\.php/(?:dav/files|webdav)(?:/|$)"  # Nextcloud, ownCloud
    r")"
    r"[^\"<>|]*"
)
"""A path, from its start to the end of the value or a quote (the rest of a value may be the
path's own spaces)."""


def has_path(value: str) -> bool:
    """True when `value` holds a path on the author's disk, network or personal cloud."""
    return PATH.search(value) is not None


def without_paths(value: str) -> str:
    """`value` with each path replaced by NEUTRAL_PATH."""
    return PATH.sub(NEUTRAL_PATH, value)


_FILE_NAME = re.compile(
    r"(?i)^[^\n]{0,200}\.(?:jpe?g|png|gif|tiff?|bmp|heic|heif|webp|emf|wmf|svg|pdf|docx?|xlsx?"
    r"|pptx?|odt|rtf|txt|dng|cr2|nef|arw|raw|mov|mp4)$")


def is_file_name(value: str) -> bool:
    """True when `value` is a path or a file's name (`IMG_2024….jpg`): a description made of
    the inserted file's name names where it came from."""
    return has_path(value) or _FILE_NAME.match(value.strip()) is not None
