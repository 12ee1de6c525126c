"""Start and talk to ``gui_driver.py`` (a real GUI process) from a test."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("gui_driver.py")


class GuiProcess:
    """The app's main window in a child process, answering one line per command."""

    def __init__(self, db_path: Path, settings_path: Path) -> None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
        self.proc = subprocess.Popen(
            [sys.executable, str(DRIVER), str(db_path), str(settings_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env=env,
        )
        self.first = self.read()

    @property
    def pid(self) -> int:
        return self.proc.pid

    def read(self, timeout: float = 60) -> str:
        assert self.proc.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(self.proc.stdout, selectors.EVENT_READ)
            if not selector.select(timeout):
                raise AssertionError(f"the GUI process did not answer in {timeout} s")
        line = self.proc.stdout.readline()
        if not line:
            raise AssertionError(f"the GUI process ended: {self.stderr()}")
        return line.strip()

    def ask(self, command: str, timeout: float = 60) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self.read(timeout)

    def kill9(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(30)

    def stderr(self) -> str:
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            return ""
        return self.proc.stderr.read() if self.proc.stderr else ""

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(30)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


def locks_held(pid: int, path: Path) -> int:
    """How many POSIX locks ``pid`` holds on ``path`` (Linux /proc/locks; -1 elsewhere)."""
    try:
        text = Path("/proc/locks").read_text()
    except OSError:
        return -1
    inode = path.stat().st_ino
    count = 0
    for line in text.splitlines():
        fields = line.split()
        if (
            len(fields) > 5
            and fields[1] in ("POSIX", "OFDLCK")
            and fields[4] == str(pid)
            and fields[5].rsplit(":", 1)[-1] == str(inode)
        ):
            count += 1
    return count
