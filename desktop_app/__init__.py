"""党员学习站 (Study Station): a large-print study program for elderly Party members."""

__version__ = "0.1.0"
APP_NAME = "desktop-app"
