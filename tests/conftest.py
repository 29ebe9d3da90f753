"""Shared fixtures: every test gets its own data folder; GUI tests drive the real widgets offscreen."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("default")

ROOT = Path(__file__).resolve().parent.parent
LESSONS = ROOT / "lessons"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point everything the program writes at a temporary folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return folder


@pytest.fixture(autouse=True)
def no_worker_left_behind():
    """Every speech worker a test started is stopped when it ends."""
    yield
    from desktop_app.speech.service import stop_all

    stop_all()


@pytest.fixture(autouse=True)
def no_window_left_behind(qapp):
    """The windows of the tests before are really gone. pytest-qt closes them with deleteLater(),
    which outside an event loop is never carried out: every later restyle (setStyleSheet) then
    went over all of them, and the suite slowed down test after test."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield


@pytest.fixture
def lessons_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped lessons."""
    target = tmp_path / "lessons"
    shutil.copytree(LESSONS, target)
    return target


@pytest.fixture(scope="session")
def qapp_args():
    return ["desktop-app"]


@pytest.fixture(autouse=True)
def chinese_texts(qapp):
    """Texts made without a window (lesson problems, a member list's problems) are translated as
    in the program and the command line: every test sees them in Chinese."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.translate("LessonCheck", "Warning: ") != "警告：":
        from desktop_app.i18n import install_translators

        for translator in getattr(qapp, "_translators", []):
            qapp.removeTranslator(translator)
        qapp._translators = install_translators(qapp, "zh_CN")


@pytest.fixture
def app(qapp):
    """The QApplication with the Chinese translation installed, as the program starts."""
    from desktop_app.gui.app import install_translators

    for translator in getattr(qapp, "_translators", []):
        qapp.removeTranslator(translator)
    qapp._translators = install_translators(qapp, "zh_CN")
    return qapp


@pytest.fixture
def context(data_dir: Path):
    from desktop_app.context import create_context

    ctx = create_context(data_dir, [LESSONS])
    yield ctx
    ctx.db.close()


@pytest.fixture
def window(app, qtbot, context):
    from desktop_app.gui.main_window import MainWindow

    main = MainWindow(context)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    return main
