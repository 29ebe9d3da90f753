"""Why the records cannot be opened at all, in plain Chinese; checked before anything is
written (no Qt)."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


class RecordsProblem(Exception):
    """The records cannot be opened; str() says plainly what is wrong and what to do."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ReadOnlyRecords(RecordsProblem):
    pass


class NewerDatabase(RecordsProblem):
    pass


def folder_read_only_message(folder: Path) -> str:
    return (
        f"学习站的数据文件夹“{folder}”不能写入（是只读的），学习记录没法保存，所以学习站没有打开。"
        "请找技术人员把这个文件夹改成可以写入，或者用 --data-dir 换一个可以写入的文件夹。"
    )


def file_read_only_message(path: Path) -> str:
    return (
        f"学习记录文件“{path}”是只读的，学习记录没法保存，所以学习站没有打开。"
        "请找技术人员把这个文件改成可以写入（去掉“只读”），然后再打开学习站。记录没有改动。"
    )


def newer_database_message(version: str, ours: str) -> str:
    made_by = f" {version} 版" if version else "更新版本"
    return (
        f"这份学习记录是{made_by}的学习站做的，比现在这个学习站（{ours} 版）新，这个版本看不懂它。"
        f"为了不弄坏记录，学习站没有打开它，记录一点也没有改动。请装上{made_by if version else '最新版'}"
        "或更新的学习站再打开。"
    )


def check_writable(data_dir: Path, files: list[Path]) -> None:
    """Raise ReadOnlyRecords when the data folder, or one of the files in it, cannot be written."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=data_dir):
            pass
    except OSError as error:
        log.error("The data folder %s cannot be written: %s", data_dir, error)
        raise ReadOnlyRecords(folder_read_only_message(data_dir)) from error
    for path in files:
        if not path.exists():
            continue
        try:
            handle = os.open(path, os.O_RDWR)
        except OSError as error:
            log.error("The file %s cannot be written: %s", path, error)
            raise ReadOnlyRecords(file_read_only_message(path)) from error
        os.close(handle)
