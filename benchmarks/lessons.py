"""Start-up with many lessons, measured on this machine, each figure beside the start with the
shipped lessons measured in the same run (shared machines are noisy: compare the ratios).

    .venv/bin/python benchmarks/lessons.py [--sizes 200 1000 5000] [--repeat 5]

"Start" is what happens before the home screen can show: `create_context` (the database opened,
checked and migrated, the day's backup, the lessons loaded, the pronunciation list) and the
lesson the home screen offers (`next_lesson`); no window is shown. "Process start" is the whole
start as a member waits for it: from starting a new Python process that imports the program,
makes the QApplication, runs `create_context` and shows the home screen (offscreen), until the
home screen is shown (the process says when; its exit is not counted).

The generated lessons are the shipped ones again under new ids and titles, 100 to a course
folder, beside the shipped folders, their files a day old (as an installed folder is).
- first start: a new data folder, no lesson index: every lesson file is read (linear growth);
- cached start: the same data folder again: the lesson index in DATA/cache serves every
  unchanged lesson (target: 5,000 lessons within 1.5x of the start with the shipped lessons alone);
- one lesson changed: the cached start after one lesson file was edited (only it is read).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.context import create_context  # noqa: E402
from desktop_app.gui.home_screen import next_lesson  # noqa: E402

SHIPPED = ROOT / "lessons"
SHIPPED_COUNT = len([p for p in SHIPPED.rglob("*.txt") if p.name != "课程.txt" and p.parent != SHIPPED])
DAY_AGO = time.time() - 86_400


def build_folder(target: Path, extra: int) -> Path:
    """The shipped lessons and `extra` generated ones, every file a day old."""
    shutil.copytree(SHIPPED, target)
    sources = sorted(p for p in SHIPPED.rglob("*.txt") if p.name != "课程.txt" and p.parent != SHIPPED)
    for number in range(extra):
        course = number // 100
        folder = target / f"gen-{course:03d}"
        if number % 100 == 0:
            folder.mkdir()
            text = f"编号：gen{course:03d}\n名称：生成的课程 {course}\n顺序：{10 + course}\n"
            (folder / "课程.txt").write_text(text, encoding="utf-8")
        source = sources[number % len(sources)].read_text(encoding="utf-8")
        lines = source.splitlines()
        for i, line in enumerate(lines):
            if line.startswith("编号："):
                lines[i] = f"编号：gen-{number:05d}"
            elif line.startswith("标题："):
                lines[i] = f"{line}（第 {number} 篇）"
            elif line.startswith("顺序："):
                lines[i] = f"顺序：{number % 100 + 1}"
        (folder / f"{number % 100:02d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        copied = target / sources[number % len(sources)].parent.relative_to(SHIPPED)
        for media in copied.iterdir():  # a lesson's film and subtitles (linked from the copy)
            if media.suffix != ".txt" and media.is_file() and not (folder / media.name).exists():
                try:
                    os.link(media, folder / media.name)
                except OSError:
                    shutil.copy2(media, folder / media.name)
    for path in target.rglob("*"):
        os.utime(path, (DAY_AGO, DAY_AGO))
    return target


def start(data_dir: Path, folder: Path) -> tuple[float, int, int]:
    began = time.perf_counter()
    context = create_context(data_dir, [folder])
    lesson = next_lesson(context)
    seconds = time.perf_counter() - began
    assert lesson is not None and not context.library.errors, context.library.errors[:3]
    parsed, cached = context.library.parsed_files, context.library.cached_files
    context.db.close()
    return seconds, parsed, cached


PROCESS = """
import os, sys
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r})
from desktop_app.gui.app import create_application
from desktop_app.context import create_context
from desktop_app.gui.home_screen import HomeScreen
app = create_application()
context = create_context(Path({data!r}), [Path({folder!r})])
home = HomeScreen(context)
home.resize(1366, 768)
home.show()
app.processEvents()
assert home.continue_button.isEnabled()
import time
print(time.time(), flush=True)
os._exit(0)
"""


def process_start(data_dir: Path, folder: Path) -> float:
    """From starting the process to the home screen shown (the child says when; its exit is not counted)."""
    script = PROCESS.format(root=str(ROOT), data=str(data_dir), folder=str(folder))
    began = time.time()
    result = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True, timeout=600)
    return float(result.stdout.split()[-1]) - began


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 1000, 5000])
    parser.add_argument("--repeat", type=int, default=7, help="cached starts and process starts, each size")
    args = parser.parse_args()
    import logging

    logging.disable(logging.WARNING)
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        sizes = [0, *args.sizes]
        folders = {extra: build_folder(work / f"lessons-{extra}", extra) for extra in sizes}
        figures: dict[int, dict[str, list[float]]] = {extra: {} for extra in sizes}

        def note(extra: int, name: str, seconds: float) -> None:
            figures[extra].setdefault(name, []).append(seconds)

        for extra in sizes:  # first starts: a new data folder, every lesson read
            for run in range(2):
                seconds, parsed, _ = start(work / f"data-{extra}-{run}", folders[extra])
                assert parsed == SHIPPED_COUNT + extra, parsed
                note(extra, "first", seconds)
            note(extra, "first_process", process_start(work / f"process-{extra}", folders[extra]))
        for _ in range(args.repeat):  # taken in turns, so that the machine's noise falls on every size alike
            for extra in sizes:
                seconds, parsed, cached = start(work / f"data-{extra}-0", folders[extra])
                assert parsed == 0 and cached == SHIPPED_COUNT + extra, (parsed, cached)
                note(extra, "cached", seconds)
                note(extra, "process", process_start(work / f"process-{extra}", folders[extra]))
        for extra in sizes:
            edited = next(folders[extra].glob("01-lilun/01-*.txt"))
            text = edited.read_text(encoding="utf-8").replace("标题：", "标题：（改过）", 1)
            edited.write_text(text, encoding="utf-8")
            os.utime(edited, (DAY_AGO + 60, DAY_AGO + 60))
            seconds, parsed, _ = start(work / f"data-{extra}-0", folders[extra])
            assert parsed == 1, parsed
            note(extra, "changed", seconds)

        f = {extra: {name: statistics.median(values) for name, values in got.items()} for extra, got in figures.items()}
        base = f[0]
        print(
            f"| lessons | first start | per lesson | cached start | ratio to {SHIPPED_COUNT} | one lesson changed "
            f"| process start, first / cached | cached process start, ratio to {SHIPPED_COUNT} |"
        )
        print("|---|---|---|---|---|---|---|---|")
        for extra in sizes:
            g, total = f[extra], SHIPPED_COUNT + extra
            print(
                f"| {total:,} | {g['first'] * 1000:.0f} ms | {g['first'] / total * 1000:.2f} ms "
                f"| {g['cached'] * 1000:.1f} ms | {g['cached'] / base['cached']:.1f}x | {g['changed'] * 1000:.0f} ms "
                f"| {g['first_process'] * 1000:.0f} / {g['process'] * 1000:.0f} ms | {g['process'] / base['process']:.2f}x |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
