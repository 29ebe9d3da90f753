"""Interface text goes through Qt's translation: the Chinese .ts is complete and every screen opens in
every language, the program starting in Chinese."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit

from desktop_app.gui.app import install_translators
from desktop_app.gui.main_window import SCREENS, MainWindow

from .conftest import ROOT

TS = ROOT / "resources" / "translations" / "desktop_app_zh_CN.ts"


def sources(ts: Path) -> dict[str, str | None]:
    found = {}
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        finished = translation.get("type") not in ("unfinished", "obsolete", "vanished")
        found[message.findtext("source")] = translation.text if finished else None
    return found


def test_every_source_text_has_a_chinese_translation():
    missing = [source for source, text in sources(TS).items() if not text]
    assert missing == []


def test_the_ts_file_holds_every_text_of_the_code(tmp_path: Path):
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    code = sorted(str(p) for p in (ROOT / "desktop_app").rglob("*.py"))
    subprocess.run([str(lupdate), *code, "-ts", str(fresh)], check=True, capture_output=True)
    assert set(sources(fresh)) == set(sources(TS))


def shown_texts(window) -> list[str]:
    texts = []
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLabel) + window.findChildren(QLineEdit):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.RichText:
            texts.append(QTextDocumentFragment.fromHtml(widget.text()).toPlainText())  # what is seen
        else:
            texts.append(widget.text())
    return texts


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_screen_opens_in_every_language(qapp, qtbot, context, language):
    for translator in getattr(qapp, "_translators", []):
        qapp.removeTranslator(translator)
    qapp._translators = install_translators(qapp, language)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    for name in SCREENS:
        if name == "reader":
            window.open_lesson("dangshi-01")
        else:
            window.show_screen(name)
        QApplication.processEvents()
        texts = " ".join(shown_texts(window))
        assert texts.strip(), name
        latin_words = re.findall(r"[A-Za-z]{3,}", re.sub(r"/\S+", "", texts))  # paths in the problem list are not words
        if language == "zh_CN":
            assert latin_words == [], (name, latin_words)
        else:
            assert latin_words, name
    assert ("返回" in window.reader.back_button.text()) == (language == "zh_CN")


def test_the_program_starts_in_chinese(data_dir: Path):
    script = (
        "import os; os.environ['QT_QPA_PLATFORM']='offscreen';"
        "from desktop_app.gui.app import create_application;"
        "from PySide6.QtCore import QCoreApplication;"
        "app = create_application();"
        "print(QCoreApplication.translate('HomeScreen', 'Continue studying'))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "继续学习", result.stderr
