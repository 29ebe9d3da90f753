"""The Qt runtime the program is installed with keeps the promises the program relies on."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication


def test_process_events_keeps_references(qapp):
    """PySide6 6.12.0 drops a reference to None on every QCoreApplication.processEvents() call, so a
    program that calls it a few thousand times crashes ("deallocating None"); pyproject.toml
    excludes that release, and this fails if such a release comes back."""
    before = sys.getrefcount(None)
    for _ in range(500):
        QCoreApplication.processEvents()
    assert sys.getrefcount(None) >= before - 50


def test_player_has_pitch_compensation():
    from PySide6.QtMultimedia import QMediaPlayer

    player = QMediaPlayer()
    player.setPitchCompensation(True)
    assert player.pitchCompensation()
