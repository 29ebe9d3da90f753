"""Members' photos, copied into DATA/photos at a size the picker needs (QtGui only, no widgets)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QImageReader

from .files import WriteFailed, check_jpeg, replacing

PHOTO_DIR_NAME = "photos"
PHOTO_SIDE = 360  # pixels: sharp on the largest tile


class PhotoError(ValueError):
    """A photo that cannot be used; the message is plain Chinese for the secretary."""


def store_photo(source: Path, data_dir: Path, member_id: int) -> str:
    """Copy a photo for a member, scaled down and turned upright; return its file name in
    DATA/photos. The file is written whole or not at all."""
    if not source.is_file():
        raise PhotoError(f"找不到照片文件：{source}")
    reader = QImageReader(str(source))
    reader.setAutoTransform(True)  # phone photos lying on their side are turned upright
    image = reader.read()
    if image.isNull():
        raise PhotoError(f"这个照片文件打不开：{source}。请用 JPG 或 PNG 格式的照片")
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
        raise PhotoError(f"照片没能存进 {folder}，请看看磁盘是不是满了") from error
    return name


def photo_path(data_dir: Path, name: str) -> Path | None:
    path = data_dir / PHOTO_DIR_NAME / name if name else None
    return path if path is not None and path.is_file() else None
