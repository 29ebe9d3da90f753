"""Qt's translation without widgets: load the translators, translate a text with %1-style arguments.

The command line (lessons check, members import) and the program use the same translators, so a
message reads the same in a terminal and on the secretary's page. Importing this module loads no
Qt: code without Qt marks its texts with QT_TRANSLATE_NOOP below and Qt is loaded only to
translate them.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .paths import resources_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

log = logging.getLogger(__name__)
DEFAULT_LANGUAGE = "zh_CN"
_ARG_RE = re.compile(r"%([1-9])")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks text for lupdate, as Qt's own QT_TRANSLATE_NOOP does (lupdate knows the name), without Qt."""
    return text


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ensure_translations_built() -> None:
    """Build .qm from the .ts sources when missing or older (the .qm files are not committed)."""
    for source in translations_dir().glob("*.ts"):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        lrelease = _lrelease()
        if lrelease is None:
            log.warning("Cannot build %s: pyside6-lrelease not found", target)
            continue
        import subprocess  # only when a .qm is missing or old: not at every start

        subprocess.run([*lrelease, str(source), "-qm", str(target)], check=False, capture_output=True)


def _lrelease() -> list[str] | None:
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name) or shutil.which(name, path=os.path.dirname(sys.executable))
        if found:
            return [found]
    return None


def install_translators(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Load the program's translation (and Qt's own, for standard texts). 'en' means the source texts."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    translators: list[QTranslator] = []
    if language == "en":
        return translators
    ensure_translations_built()
    own = QTranslator(app)
    if own.load(str(translations_dir() / f"desktop_app_{language}.qm")):
        app.installTranslator(own)
        translators.append(own)
    else:
        log.warning("No translation found for %s", language)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    return translators


def core_application(language: str = DEFAULT_LANGUAGE) -> QCoreApplication:
    """The running application, or a new QCoreApplication (QtCore only, for the command line), with
    the program's translators installed, so texts written for screens print in Chinese too."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication([sys.argv[0] if sys.argv else "desktop-app"])
        _kept.append(app)
    if not getattr(app, "_translators", None):
        app._translators = install_translators(app, language)  # keep them alive
    return app


_kept: list[QCoreApplication] = []


def translate(context: str, template: str, *values: object) -> str:
    """The translation of template (as lupdate saw it), with %1, %2 ... replaced in one pass (a value
    holding "%2" stays as it is)."""
    from PySide6.QtCore import QCoreApplication

    return fill(QCoreApplication.translate(context, template), *values)


def fill(text: str, *values: object) -> str:
    """%1, %2 ... of a translated text replaced by values in one pass (a value holding "%2" stays
    as it is: an issuer's or a file's name is never read as a place holder)."""
    if not values:
        return text
    texts = [str(value) for value in values]
    return _ARG_RE.sub(lambda m: texts[int(m.group(1)) - 1] if int(m.group(1)) <= len(texts) else m.group(0), text)
