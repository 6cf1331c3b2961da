"""Loads Seinpost's compiled translations (.qm, built from resources/i18n/*.ts)."""

from __future__ import annotations

import logging
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

I18N_DIR = Path(__file__).with_name("i18n")
STYLE_FILE = Path(__file__).with_name("styles") / "seinpost.qss"
#: The sources in a checkout (`make translations` compiles them into the package). Started from
#: a fresh clone after only `make .venv/.installed`, or with `pip install -e .`, the package had
#: no .qm and no style sheet: the window was English while the box said Nederlands, and errors
#: were not styled (review r12v F20). The window then builds them from these sources itself.
SOURCES = Path(__file__).resolve().parents[2] / "resources"
SUPPORTED = ("nl", "en")
RTL_LANGUAGES = ("ar", "fa", "he", "ur")


def pick_language(requested: str) -> str:
    """The UI language for a locale name: a supported one, else Dutch (the office's language).

    A right-to-left language gets a mirrored layout as soon as its translation is added to
    SUPPORTED; until then its speakers see Dutch, not English in a mirrored window.
    """
    code = (requested or "nl").split("_")[0].split("-")[0].split(".")[0].lower()
    return code if code in SUPPORTED else "nl"


SETTINGS_KEY = "ui/language"
#: Qt's own start option for a mirrored (right-to-left) window, whatever the language; kept here
#: because every language switch sets the layout's direction again.
MIRROR_OPTION = "-reverse"
_mirrored = False


def set_mirrored(mirrored: bool) -> None:
    """Lay the window out right to left in every language (`intake-app -reverse`), from the next
    language set on: how a right-to-left translation will look, before there is one."""
    global _mirrored
    _mirrored = mirrored


def layout_direction(code: str) -> Qt.LayoutDirection:
    """The layout's direction for language `code`: its own, turned round when mirrored."""
    return Qt.RightToLeft if (code in RTL_LANGUAGES) != _mirrored else Qt.LeftToRight


class _LanguageNow(QTranslator):
    """The one translator the app has installed: it answers from the translators of the
    language set now (`use`), Seinpost's first, then Qt's own. A switch then sends no
    LanguageChange event: installing and removing four translators made Qt send one to every
    widget, layout and model of the app and repaint it all, 40-50 ms of the GUI thread once the
    window's editors were built (issue 12 "Quick"). No widget of the app retranslates itself:
    the window's pages are built anew in the new language, and each editor in its own."""

    def __init__(self, parent: QGuiApplication) -> None:
        super().__init__(parent)
        self._now: list[QTranslator] = []

    def use(self, translators: list[QTranslator]) -> None:
        self._now = list(translators)

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        for translator in self._now:
            found = translator.translate(context, source, disambiguation, n)
            if found:
                return found
        return None  # none: Qt asks the next translator, or shows the source text

    def isEmpty(self) -> bool:
        return not self._now


_now: list[_LanguageNow] = []  # installed in the app (one)
_loaded: dict[str, list[QTranslator]] = {}  # language -> its translators, Seinpost's first


def install_translators(app: QGuiApplication, requested: str) -> list[QTranslator]:
    """Answer in `requested` from now on: Seinpost's and Qt's own (file dialogs, calendar)
    translations, through the one translator installed (`_LanguageNow`); return the
    language's translators (loaded once, kept alive here)."""
    code = pick_language(requested)
    if not _now or _now[0].parent() is not app:
        _now[:] = [_LanguageNow(app)]
        app.installTranslator(_now[0])
    # Dates and numbers in the language's own format; English as written in Europe (day
    # first, 24 hours), not in the US: the app is for the Netherlands (review r12v F12).
    QLocale.setDefault(QLocale("en_GB") if code == "en" else QLocale(code))
    if code not in _loaded:
        _loaded[code] = _load(app, code)
    _now[0].use(_loaded[code])
    app.setLayoutDirection(layout_direction(code))
    from intake_app.ui.content_direction import install

    install(app)  # text against the layout's direction keeps its own (ui/content_direction.py)
    return _loaded[code]


def _load(app: QGuiApplication, code: str) -> list[QTranslator]:
    """Seinpost's and Qt's translators for `code` (Seinpost's first), those that exist."""
    loaded: list[QTranslator] = []
    ours = QTranslator(app)
    compiled = compiled_translation(code)
    if compiled is not None and ours.load(str(compiled)):
        loaded.append(ours)
    elif code != "en":  # English is the source text: nothing to load
        logging.getLogger(__name__).warning(
            "No Seinpost translation for %s: run `make translations`", code)
    qt_tr = QTranslator(app)
    if qt_tr.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        loaded.append(qt_tr)
    return loaded


def set_ui_language(requested: str, *, remember: bool = False) -> str:
    """Switch the running app to `requested` (translators, taxonomy labels); with `remember`,
    keep the choice for the next start (a language code only, never content). Returns the code."""
    from intake_app.ui.code_widgets import set_label_language

    app = QCoreApplication.instance()
    code = pick_language(requested)
    install_translators(app, code)
    set_label_language(code)
    if remember:
        QSettings().setValue(SETTINGS_KEY, code)
    return code


def remembered_language() -> str | None:
    """The language the liaison chose in the window, if any."""
    value = QSettings().value(SETTINGS_KEY)
    return value if isinstance(value, str) and value in SUPPORTED else None


def compiled_translation(code: str) -> Path | None:
    """The .qm file for language `code`: the package's, else one built now from the checkout's
    .ts source with PySide6's lrelease (into the package, as `make translations` does, or a
    private temporary folder where the package is read-only), else None."""
    name = f"seinpost_{code}"
    built = I18N_DIR / f"{name}.qm"
    if built.is_file():
        return built
    source = SOURCES / "i18n" / f"{name}.ts"
    if not source.is_file():
        return None
    for folder in (I18N_DIR, _private_folder()):
        target = folder / f"{name}.qm"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            done = subprocess.run(
                [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; "
                 "lrelease()", "-silent", str(source), "-qm", str(target)],
                capture_output=True, timeout=120, check=False)
        except (OSError, subprocess.SubprocessError):
            continue
        if done.returncode == 0 and target.is_file():
            return target
    return None


_private: list[Path] = []


def _private_folder() -> Path:
    if not _private:
        _private.append(Path(tempfile.mkdtemp(prefix="seinpost-i18n-")))
    return _private[0]


def load_style_sheet() -> str:
    """The compiled-in style sheet (copied from resources/styles by the build), else the
    checkout's source of it, or none."""
    for path in (STYLE_FILE, SOURCES / "styles" / "seinpost.qss"):
        try:
            return path.read_text(encoding="utf-8")
        except OSError:
            continue
    return ""
