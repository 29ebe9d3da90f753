"""The program comes back by itself: a crash is logged with its traceback and exits non-zero
(real processes), and the supervisor files under packaging/ parse and really restart it."""

from __future__ import annotations

import configparser
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import LESSONS, ROOT

LINUX = ROOT / "packaging" / "linux"
WINDOWS = ROOT / "packaging" / "windows"
SUPERVISE = LINUX / "study-station-supervise"


def python(code: str, data_dir: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
    )


def log_text(data_dir: Path, name: str = "desktop-app.log") -> str:
    return (data_dir / "logs" / name).read_text(encoding="utf-8")


# The crash log


def test_an_uncaught_error_is_logged_with_its_traceback_and_exits_non_zero(data_dir: Path):
    code = """if True:
        import sys
        from pathlib import Path
        from desktop_app import crash

        crash.install(Path(sys.argv[1]))

        def lesson_page():
            raise RuntimeError("boom 7781")

        lesson_page()
    """
    done = python(code, data_dir)
    assert done.returncode != 0
    text = log_text(data_dir)
    assert "The program stops on an unexpected error" in text
    assert "Traceback (most recent call last)" in text and "in lesson_page" in text
    assert "RuntimeError: boom 7781" in text


def test_an_error_in_a_thread_is_logged(data_dir: Path):
    code = """if True:
        import sys, threading
        from pathlib import Path
        from desktop_app import crash

        crash.install(Path(sys.argv[1]))

        def speak():
            raise ValueError("thread boom 4412")

        worker = threading.Thread(target=speak, name="speech")
        worker.start()
        worker.join()
    """
    done = python(code, data_dir)
    assert done.returncode == 0  # a thread's error does not stop the program
    text = log_text(data_dir)
    assert "Unexpected error in thread speech" in text and "ValueError: thread boom 4412" in text


@pytest.mark.skipif(sys.platform == "win32", reason="a segmentation fault is a POSIX signal")
def test_a_hard_crash_leaves_the_python_stack(data_dir: Path):
    code = """if True:
        import faulthandler, sys
        from pathlib import Path
        from desktop_app import crash

        crash.install(Path(sys.argv[1]))

        def inside_qt():
            faulthandler._sigsegv()

        inside_qt()
    """
    done = python(code, data_dir)
    assert done.returncode != 0
    text = log_text(data_dir, "faults.log")
    assert "Segmentation fault" in text and "inside_qt" in text


def test_the_window_start_up_logs_a_crash_and_exits_non_zero(data_dir: Path):
    """The real start-up of the program (cli.main, no command) with the records failing to open
    in an unexpected way: the traceback is in the program's log and the exit status is not 0."""
    code = f"""if True:
        import sys
        import desktop_app.context

        def create_context(*args, **kwargs):
            raise OSError("disk gone 5519")

        desktop_app.context.create_context = create_context
        from desktop_app.cli import main

        raise SystemExit(main(["--data-dir", sys.argv[1], "--lessons", {str(LESSONS)!r}]))
    """
    done = python(code, data_dir)
    assert done.returncode != 0
    text = log_text(data_dir)
    assert "Traceback (most recent call last)" in text and "OSError: disk gone 5519" in text


# The supervisor files


def read_ini(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True, delimiters=("=",))
    parser.optionxform = str  # keys keep their case
    parser.read_string(path.read_text(encoding="utf-8"), source=str(path))
    return parser


def test_the_systemd_user_unit(tmp_path: Path):
    unit = read_ini(LINUX / "study-station.service")
    assert unit.sections() == ["Unit", "Service", "Install"]
    assert unit["Unit"]["StartLimitIntervalSec"] == "300" and unit["Unit"]["StartLimitBurst"] == "5"
    assert "graphical-session.target" in unit["Unit"]["PartOf"] and "graphical-session.target" in unit["Unit"]["After"]
    service = unit["Service"]
    assert service["ExecStart"].split()[0].endswith("/desktop-app") and service["ExecStart"].split()[1:] == ["--kiosk"]
    assert service["Restart"] == "on-failure" and service["RestartSec"] == "3"
    assert unit["Install"]["WantedBy"] == "graphical-session.target"
    systemd_verifies(tmp_path)


def systemd_verifies(tmp_path: Path) -> None:
    """Where systemd is installed and can run (not in every container), it checks the unit too;
    the keys above are checked on every machine, so nothing is skipped."""
    if shutil.which("systemd-analyze") is None:
        return
    home = tmp_path / "home"  # %h: a home where the program is linked, as the README says
    (home / ".local" / "bin").mkdir(parents=True)
    program = home / ".local" / "bin" / "desktop-app"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    copy = tmp_path / "study-station.service"
    shutil.copy(LINUX / "study-station.service", copy)
    done = subprocess.run(
        ["systemd-analyze", "verify", str(copy)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "HOME": str(home)},
    )
    output = done.stdout + done.stderr
    if "Failed to initialize manager" in output:
        return
    assert done.returncode == 0, output
    assert "Unknown" not in output and "ignoring" not in output, output  # a misspelt key is only a warning


def test_the_autostart_entry():
    entry = read_ini(LINUX / "study-station.desktop")
    assert entry.sections() == ["Desktop Entry"]
    keys = entry["Desktop Entry"]
    assert keys["Type"] == "Application" and keys["Name"] and keys["Name[zh_CN]"]
    assert keys["Exec"].split()[0].endswith("study-station-supervise")
    assert keys["Terminal"] == "false"
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(
            ["desktop-file-validate", str(LINUX / "study-station.desktop")], capture_output=True, text=True
        )
        assert done.returncode == 0 and "error" not in done.stdout.lower(), done.stdout


def test_the_windows_scripts_say_what_they_do():
    start = (WINDOWS / "start-study-station.ps1").read_bytes()
    install = (WINDOWS / "install-startup-task.ps1").read_bytes()
    for script in (start, install):  # Windows PowerShell reads a file without a BOM as GBK
        assert script.startswith(b"\xef\xbb\xbf")
    start_text, install_text = start.decode("utf-8-sig"), install.decode("utf-8-sig")
    assert "--kiosk" in start_text and "$MaxRestarts = 5" in start_text and "$WindowSeconds = 300" in start_text
    assert "if ($code -eq 0)" in start_text
    assert "Register-ScheduledTask" in install_text and "-AtLogOn" in install_text
    assert "start-study-station.ps1" in install_text and "Unregister-ScheduledTask" in install_text
    pwsh = shutil.which("pwsh")
    if pwsh:  # parse both without running them
        for path in (WINDOWS / "start-study-station.ps1", WINDOWS / "install-startup-task.ps1"):
            check = f"$e = $null; [System.Management.Automation.Language.Parser]::ParseFile('{path}', [ref]$null, [ref]$e) | Out-Null; exit $e.Count"
            assert subprocess.run([pwsh, "-NoProfile", "-Command", check], timeout=60).returncode == 0


# The POSIX restart loop


def fake_program(tmp_path: Path, crashes: int, runs_for: str = "0") -> tuple[str, Path]:
    """A program that crashes `crashes` times (after running for `runs_for` seconds, from its
    second run on), then closes normally; each run is a line."""
    runs = tmp_path / "runs.txt"
    script = tmp_path / "fake-program"
    script.write_text(
        f"""#!/bin/sh
echo "$*" >>"{runs}"
count=$(wc -l <"{runs}")
if [ "$count" -gt 1 ] && [ "$count" -le {crashes} ]; then sleep {runs_for}; fi
if [ "$count" -le {crashes} ]; then exit 3; fi
exit 0
"""
    )
    script.chmod(0o755)
    return str(script), runs


def supervise(tmp_path: Path, command: str, *args: str, **env: str) -> subprocess.CompletedProcess:
    shell = shutil.which("dash") or "sh"  # the strictest POSIX shell there is
    return subprocess.run(
        [shell, str(SUPERVISE), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "STUDY_STATION_COMMAND": command,
            "STUDY_STATION_RESTART_PAUSE": "0",
            "STUDY_STATION_LOG": str(tmp_path / "supervise.log"),
            **env,
        },
    )


pytestmark_posix = pytest.mark.skipif(sys.platform == "win32", reason="the POSIX supervisor")


def test_the_supervise_script_is_posix_sh():
    assert subprocess.run([shutil.which("dash") or "sh", "-n", str(SUPERVISE)]).returncode == 0
    assert os.access(SUPERVISE, os.X_OK)
    if shutil.which("shellcheck"):
        assert subprocess.run(["shellcheck", "-s", "sh", str(SUPERVISE)]).returncode == 0


@pytestmark_posix
def test_a_crash_is_restarted_until_the_program_closes_normally(tmp_path: Path):
    command, runs = fake_program(tmp_path, crashes=3)
    done = supervise(tmp_path, command, "--data-dir", "/x")
    assert done.returncode == 0
    assert runs.read_text().splitlines() == ["--data-dir /x"] * 4  # 3 crashes, 3 restarts, arguments passed
    log = (tmp_path / "supervise.log").read_text()
    assert log.count("stopped with status 3; starting it again") == 3
    assert "closed normally; not restarted" in log


@pytestmark_posix
def test_a_clean_exit_is_not_restarted(tmp_path: Path):
    command, runs = fake_program(tmp_path, crashes=0)
    assert supervise(tmp_path, command).returncode == 0
    assert len(runs.read_text().splitlines()) == 1


@pytestmark_posix
def test_at_most_five_restarts_within_five_minutes(tmp_path: Path):
    command, runs = fake_program(tmp_path, crashes=100)
    done = supervise(tmp_path, command)
    assert done.returncode != 0
    assert len(runs.read_text().splitlines()) == 6  # the first start and five restarts
    assert "after 5 restarts within 300 seconds; giving up" in (tmp_path / "supervise.log").read_text()


@pytestmark_posix
def test_restarts_older_than_the_window_do_not_count(tmp_path: Path):
    command, runs = fake_program(tmp_path, crashes=2, runs_for="1.5")
    done = supervise(tmp_path, command, STUDY_STATION_MAX_RESTARTS="1", STUDY_STATION_RESTART_WINDOW="1")
    assert done.returncode == 0, done.stderr  # the restarted one ran for longer than the window
    assert len(runs.read_text().splitlines()) == 3
    (tmp_path / "again").mkdir()
    command, runs = fake_program(tmp_path / "again", crashes=2)
    done = supervise(tmp_path, command, STUDY_STATION_MAX_RESTARTS="1")
    assert done.returncode != 0 and len(runs.read_text().splitlines()) == 2  # within the window: one restart only


@pytestmark_posix
def test_stopping_the_supervisor_stops_the_program(tmp_path: Path):
    pid_file = tmp_path / "program.pid"
    program = tmp_path / "long-program"
    program.write_text(f'#!/bin/sh\necho $$ >"{pid_file}"\nexec sleep 60\n')
    program.chmod(0o755)
    env = {
        **os.environ,
        "STUDY_STATION_COMMAND": str(program),
        "STUDY_STATION_LOG": str(tmp_path / "supervise.log"),
    }
    supervisor = subprocess.Popen([shutil.which("dash") or "sh", str(SUPERVISE)], env=env)
    try:
        deadline = time.monotonic() + 20
        while not (pid_file.exists() and pid_file.read_text().strip()):
            assert time.monotonic() < deadline, "the program did not start"
            time.sleep(0.05)
        child = int(pid_file.read_text())
        supervisor.send_signal(signal.SIGTERM)  # logging out
        assert supervisor.wait(timeout=20) == 0
        with pytest.raises(ProcessLookupError):
            os.kill(child, 0)
    finally:
        if supervisor.poll() is None:
            supervisor.kill()
    assert "stopped by a signal" in (tmp_path / "supervise.log").read_text()
