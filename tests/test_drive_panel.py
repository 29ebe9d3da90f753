"""Saving on a USB stick: the stick chooser (a stick plugged in while it is open shows up) and
the flush that makes pulling the stick out safe."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.drives import DRIVES_VARIABLE, DriveWatcher
from desktop_app.gui.drive_panel import DrivePanel, room_text
from desktop_app.storage.files import flush_to_disk

from .test_reader_gui import click


def test_a_stick_plugged_in_while_the_panel_is_open_is_offered_and_chosen(qtbot, tmp_path, monkeypatch):
    stick = tmp_path / "KINGSTON"
    monkeypatch.setenv(DRIVES_VARIABLE, str(stick))
    window = QWidget()
    panel = DrivePanel(DriveWatcher(interval_ms=50), window)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    panel.resize(1024, 700)
    window.show()
    panel.open_for("把报表存到U盘")
    assert panel.grid.visible_tiles() == []
    assert "没有找到U盘" in panel.message.text()
    stick.mkdir()
    qtbot.waitUntil(lambda: len(panel.grid.visible_tiles()) == 1, timeout=3000)
    tile = panel.grid.visible_tiles()[0]
    assert "KINGSTON" in tile.accessibleName()
    with qtbot.waitSignal(panel.chosen, timeout=1000) as signal:
        click(qtbot, tile)
    assert signal.args[0].path == stick
    panel.close_panel()
    assert not panel.watcher.timer.isActive()


def test_room_left_is_said_in_gigabytes_or_megabytes():
    assert room_text(None) == ""
    assert room_text(3 * 1024**3 + 300 * 1024**2) == "3.3 GB"
    assert room_text(640 * 1024**2) == "640 MB"


def test_flushing_a_written_file_keeps_its_content(tmp_path):
    path = tmp_path / "报表.csv"
    path.write_text("姓名\n李秀兰\n", encoding="utf-8")
    flush_to_disk([path])
    assert path.read_text(encoding="utf-8") == "姓名\n李秀兰\n"
