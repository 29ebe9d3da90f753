"""Members' photos, copied into DATA/photos at a size the picker needs (QtGui only, no widgets)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QImage, QImageReader

from ..i18n import translate
from .files import WriteFailed, check_jpeg, replacing

PHOTO_DIR_NAME = "photos"
PHOTO_SIDE = 360  # pixels: sharp on the largest tile


class PhotoError(ValueError):
    """A photo that cannot be used; the message is plain Chinese for the secretary."""


def store_photo(source: Path, data_dir: Path, member_id: int) -> str:
    """Copy a photo for a member, scaled down and turned upright; return its file name in
    DATA/photos. The file is written whole or not at all."""
    if not source.is_file():
        raise PhotoError(
            translate("MemberImport", QT_TRANSLATE_NOOP("MemberImport", "Cannot find the photo file: %1"), source)
        )
    reader = QImageReader(str(source))
    reader.setAutoTransform(True)  # phone photos lying on their side are turned upright
    image = reader.read()
    if image.isNull():
        raise PhotoError(
            translate(
                "MemberImport",
                QT_TRANSLATE_NOOP(
                    "MemberImport", "This photo file cannot be opened: %1. Please use a JPG or PNG photo"
                ),
                source,
            )
        )
    if max(image.width(), image.height()) > PHOTO_SIDE:
        image = image.scaled(
            PHOTO_SIDE, PHOTO_SIDE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    folder = data_dir / PHOTO_DIR_NAME
    folder.mkdir(parents=True, exist_ok=True)
    name = f"member-{member_id}.jpg"
    try:
        with replacing(folder / name, check_jpeg) as temp:
            if not image.convertToFormat(QImage.Format.Format_RGB32).save(str(temp), "JPEG", 90):
                raise OSError(f"QImage could not save {temp}")
    except WriteFailed as error:
        raise PhotoError(
            translate(
                "MemberImport",
                QT_TRANSLATE_NOOP(
                    "MemberImport", "The photo could not be stored in %1; please check whether the disk is full"
                ),
                folder,
            )
        ) from error
    return name


def photo_path(data_dir: Path, name: str) -> Path | None:
    path = data_dir / PHOTO_DIR_NAME / name if name else None
    return path if path is not None and path.is_file() else None
