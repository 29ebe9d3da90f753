"""Local SQLite storage: members, progress, settings (no Qt widgets)."""

from .database import open_database
from .progress import FINISHED, IN_PROGRESS, NOT_STARTED, Progress, ProgressStore

__all__ = ["open_database", "Progress", "ProgressStore", "NOT_STARTED", "IN_PROGRESS", "FINISHED"]
