"""The program's translations (QtCore only, no widgets): the .qm files built from the committed
.ts sources, and the translators installed on the running application. The window and the
command line (which prints the same Chinese texts) both use them."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .paths import resources_dir

log = logging.getLogger(__name__)
DEFAULT_LANGUAGE = "zh_CN"


def translations_dir():
    return resources_dir() / "translations"


def ensure_translations_built() -> None:
    """Build .qm from the .ts sources when missing or older (the .qm files are not committed)."""
    import subprocess

    for source in translations_dir().glob("*.ts"):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        lrelease = _lrelease()
        if lrelease is None:
            log.warning("Cannot build %s: pyside6-lrelease not found", target)
            continue
        subprocess.run([*lrelease, str(source), "-qm", str(target)], check=False, capture_output=True)


def _lrelease() -> list[str] | None:
    import shutil

    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name) or shutil.which(name, path=os.path.dirname(sys.executable))
        if found:
            return [found]
    return None


def install_translators(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Load the program's translation (and Qt's own, for standard texts). 'en' means the source texts."""
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


def translate(context: str, text: str, *values: object) -> str:
    """A text translated in context (English source), with %1, %2... filled in."""
    translated = QCoreApplication.translate(context, text)
    for number, value in enumerate(values, start=1):
        translated = translated.replace(f"%{number}", str(value))
    return translated


def ensure_translated(language: str = DEFAULT_LANGUAGE) -> QCoreApplication:
    """For the command line: an application (QtCore only, when none runs) with the program's
    translation installed, so that texts written for screens print in Chinese too."""
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication([sys.argv[0] if sys.argv else "desktop-app"])
        _kept.append(app)
    if not getattr(app, "_translators", None):
        app._translators = install_translators(app, language)  # keep them alive
    return app


_kept: list[QCoreApplication] = []
