"""The start runs without the garbage collector until the window's first paint (issue 14); then one
collection, the long-lived objects frozen, and what waits for the paint (listening for a second
start, the "Started" line of the log) runs once, in order; without any paint it runs all the same."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QLabel

from desktop_app.gui import app as gui_app


@pytest.fixture
def collector():
    yield
    gc.enable()  # whatever the test did, the suite goes on collecting
    gc.unfreeze()


def test_the_collector_is_off_until_the_first_paint_then_on_with_the_start_frozen(qapp, qtbot, collector):
    first_paint = gui_app.settle_after_first_paint(qapp)
    seen: list[tuple[str, bool]] = []
    first_paint.after.append(lambda: seen.append(("listen", gc.isenabled())))
    first_paint.after.append(lambda: seen.append(("log", gc.isenabled())))
    assert not gc.isenabled()
    label = QLabel("党员学习站")
    qtbot.addWidget(label)
    qtbot.wait(50)
    assert seen == [] and not gc.isenabled()  # nothing painted yet: nothing run
    label.show()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert seen == [("listen", True), ("log", True)]  # after started(), in order, once
    assert gc.isenabled() and gc.get_freeze_count() > 0
    label.update()
    qtbot.wait(100)
    assert len(seen) == 2  # later paints run nothing again


def test_without_a_paint_what_waits_runs_all_the_same(qapp, qtbot, collector, monkeypatch):
    monkeypatch.setattr(gui_app, "SETTLE_LATEST_MS", 200)
    first_paint = gui_app.settle_after_first_paint(qapp)
    ran: list[bool] = []
    first_paint.after.append(lambda: ran.append(True))
    qtbot.waitUntil(lambda: ran == [True], timeout=5000)
    assert gc.isenabled()
