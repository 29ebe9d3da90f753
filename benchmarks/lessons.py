"""Start-up with many lessons, measured on this machine, each figure beside the start with the 15
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
  unchanged lesson (target: 5,000 lessons within 1.5x of the 15-lesson start);
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


def measure(work: Path, name: str, extra: int, repeat: int) -> dict[str, float]:
    folder = build_folder(work / f"lessons-{name}", extra)
    firsts, cached_runs = [], []
    for run in range(repeat):
        data_dir = work / f"data-{name}-{run}"
        seconds, parsed, _ = start(data_dir, folder)
        assert parsed == 15 + extra
        firsts.append(seconds)
        for _ in range(3):
            seconds, parsed, cached = start(data_dir, folder)
            assert parsed == 0 and cached == 15 + extra, (parsed, cached)
            cached_runs.append(seconds)
    processes = []
    for run in range(repeat):
        data_dir = work / f"process-{name}-{run}"
        first_process = process_start(data_dir, folder)
        processes.append(process_start(data_dir, folder))
    edited = next(folder.glob("01-lilun/01-*.txt"))
    edited.write_text(edited.read_text(encoding="utf-8").replace("标题：", "标题：（改过）", 1), encoding="utf-8")
    os.utime(edited, (DAY_AGO + 60, DAY_AGO + 60))
    changed, parsed, _ = start(work / f"data-{name}-0", folder)
    assert parsed == 1, parsed
    return {
        "first": statistics.median(firsts),
        "cached": statistics.median(cached_runs),
        "changed": changed,
        "first_process": first_process,
        "process": statistics.median(processes),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 1000, 5000])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    import logging

    logging.disable(logging.WARNING)
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        base = measure(work, "15", 0, args.repeat)
        rows = [(15, base)]
        for extra in args.sizes:
            rows.append((15 + extra, measure(work, str(extra), extra, max(1, args.repeat // (1 + extra // 1000)))))
        print(
            "| lessons | first start | per lesson | cached start | ratio to 15 | one lesson changed "
            "| process start, first / cached | cached process ratio to 15 |"
        )
        print("|---|---|---|---|---|---|---|---|")
        for total, f in rows:
            print(
                f"| {total:,} | {f['first'] * 1000:.0f} ms | {f['first'] / total * 1000:.2f} ms "
                f"| {f['cached'] * 1000:.1f} ms | {f['cached'] / base['cached']:.1f}x | {f['changed'] * 1000:.0f} ms "
                f"| {f['first_process'] * 1000:.0f} / {f['process'] * 1000:.0f} ms | {f['process'] / base['process']:.2f}x |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
