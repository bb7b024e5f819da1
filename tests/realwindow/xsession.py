"""A real X session for the window: Xvfb, the app on a fake clock, xdotool input, screenshots."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import glob
import os
import re
import select
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from xframe import Frame, Rect

REPO = Path(__file__).resolve().parents[2]
SCREEN = (1280, 1024)
WAIT = 10.0  # seconds any one thing may take to show before its step fails


def libfaketime() -> str | None:
    found = sorted(glob.glob("/usr/lib/*/faketime/libfaketime.so.1")
                   + glob.glob("/usr/lib*/faketime/libfaketime.so.1"))
    return found[0] if found else None


def missing() -> str | None:
    """Why a real-window session cannot run here (one line), or None when it can."""
    lacking = [name for name in ("Xvfb", "xdotool") if shutil.which(name) is None]
    if libfaketime() is None:
        lacking.append("libfaketime")
    if lacking:
        return (f"real-window test needs {', '.join(lacking)}: apt-get install xvfb xdotool "
                "libfaketime")
    # the libraries Qt's xcb plugin loads: the project's own check names them and the package
    qt = subprocess.run([sys.executable, str(REPO / "packaging" / "check_qt_libs.py")],
                        env={**os.environ, "QT_QPA_PLATFORM": "xcb"}, capture_output=True,
                        text=True, timeout=WAIT, check=False)
    if qt.returncode != 0:
        said = qt.stderr.splitlines()
        apt = next((line.split(":", 1)[1].strip() for line in said if "Debian" in line), "")
        first = said[0].removeprefix("vdtracker: ") if said else "Qt's xcb libraries are missing"
        return f"real-window test: {first} ({apt})" if apt else f"real-window test: {first}"
    return None


class StepFailed(AssertionError):
    pass


def until(step: str, what: str, probe: Callable[[], Any], timeout: float = WAIT) -> Any:
    """Poll `probe` until it returns something truthy; fail naming the step and the last
    thing seen. Short polls, never a blind sleep."""
    deadline = time.monotonic() + timeout
    seen: Any = None
    while True:
        seen = probe()
        if seen:
            return seen
        if time.monotonic() > deadline:
            raise StepFailed(f"{step}: waited {timeout:.0f} s for {what}; last seen: {seen!r}")
        time.sleep(0.05)


# --- the X server ----------------------------------------------------------------------------


class XServer:
    """Xvfb on the first free display (-displayfd), Unix socket only, framebuffer in a file
    (-fbdir) so screenshots and pixel reads need no other tool."""

    def __init__(self, folder: Path) -> None:
        self.fbdir = folder / "framebuffer"
        self.fbdir.mkdir(parents=True)
        self.log = open(folder / "xvfb.log", "wb")  # noqa: SIM115  (closed in stop())
        read, write = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
             "-nolisten", "tcp", "-fbdir", str(self.fbdir), "-noreset"],
            pass_fds=(write,), stdout=self.log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL)
        os.close(write)
        try:
            number = b""
            deadline = time.monotonic() + WAIT
            while not number.endswith(b"\n"):
                ready, _, _ = select.select([read], [], [], max(0.0, deadline - time.monotonic()))
                chunk = os.read(read, 16) if ready else b""
                if not chunk:
                    self.stop()
                    raise StepFailed(f"Xvfb gave no display number (see {self.log.name})")
                number += chunk
        finally:
            os.close(read)
        self.display = ":" + number.decode().strip()  # ":N": the Unix socket, never TCP

    def stop(self) -> None:
        stop(self.proc)
        self.log.close()

    def frame(self) -> Frame:
        return Frame((self.fbdir / "Xvfb_screen0").read_bytes())


def stop(proc: subprocess.Popen[bytes]) -> None:
    """Terminate one process we started, then kill it if it does not go."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


class FakeClock:
    """The app's wall clock, moved by rewriting libfaketime's timestamp file (read on every
    call: FAKETIME_NO_CACHE=1). libfaketime 0.9.10, measured: "@YYYY-MM-DD HH:MM:SS" starts
    a clock there that runs at real speed, and a new "@..." in the file restarts it at the new
    time (a plain absolute time would stand still; "+offset" runs but is relative to the real
    date). Monotonic clocks stay real (FAKETIME_DONT_FAKE_MONOTONIC=1), so Qt's timers keep
    real time and a jump is what a laptop waking from suspend the next morning sees.
    Known flaw of 0.9.10 with that setting: Python's time.sleep() fails with EINVAL in the
    app (its clock_nanosleep on the monotonic clock); select, Event.wait and Qt are fine."""

    def __init__(self, folder: Path, start: datetime) -> None:
        self.file = folder / "faketime.txt"
        self.set(start)

    def set(self, when: datetime) -> None:
        spare = self.file.with_suffix(".new")
        spare.write_text(when.strftime("@%Y-%m-%d %H:%M:%S") + "\n")
        os.replace(spare, self.file)  # never a half-written file under a running reader

    def env(self) -> dict[str, str]:
        return {"LD_PRELOAD": str(libfaketime()), "FAKETIME_TIMESTAMP_FILE": str(self.file),
                "FAKETIME_NO_CACHE": "1", "FAKETIME_DONT_FAKE_MONOTONIC": "1", "TZ": "UTC"}

    def python_now(self) -> datetime:
        """datetime.now() in a Python process with the app's clock settings (the app itself is
        checked through the times it stores)."""
        env = {**os.environ, **self.env()}
        out = subprocess.run([sys.executable, "-c",
                              "import datetime; print(datetime.datetime.now().isoformat())"],
                             env=env, capture_output=True, text=True, timeout=WAIT, check=True)
        return datetime.fromisoformat(out.stdout.strip())


# --- the app ---------------------------------------------------------------------------------


class App:
    """`python -m vdtracker --data-dir DIR` on the X server, under the fake clock, driven with
    xdotool (XTEST: the same events a keyboard and mouse make)."""

    def __init__(self, x: XServer, clock: FakeClock, folder: Path, shots: Path) -> None:
        self.x, self.shots, self.count = x, shots, 0
        self.data = folder / "data"
        home = folder / "home"
        runtime = folder / "runtime"
        runtime.mkdir(mode=0o700)
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("LC_", "QT_", "XDG_", "WAYLAND", "DBUS", "VDTRACKER_"))}
        env.update(clock.env())
        env.update({
            "DISPLAY": x.display, "QT_QPA_PLATFORM": "xcb",
            # Qt takes its locale from LANG (no glibc locale needed); LANGUAGE: UI languages
            "LANG": "en_GB.UTF-8", "LANGUAGE": "en_GB:en",
            "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local"),
            "XDG_STATE_HOME": str(home / ".state"), "XDG_CACHE_HOME": str(home / ".cache"),
            # no session bus: no desktop notifications, nothing of the host's desktop reached
            "DBUS_SESSION_BUS_ADDRESS": f"unix:path={runtime}/no-bus",
        })
        self.env = env
        self.log = open(folder / "app.log", "wb")  # noqa: SIM115  (closed in stop())
        self.proc = self._start()

    def _start(self) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, "-m", "vdtracker", "--data-dir", str(self.data)], cwd=REPO,
            env=self.env, stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)

    def crash_and_start_again(self) -> None:
        """SIGKILL, as a crash or a session that ends without asking: nothing of the app runs
        after it; then the app is started again on the same data folder."""
        self.proc.kill()
        self.proc.wait(timeout=WAIT)
        self.proc = self._start()

    def stop(self) -> None:
        stop(self.proc)
        self.log.close()

    def said(self) -> str:
        """What the app wrote on stdout/stderr so far (Qt warnings, tracebacks)."""
        self.log.flush()
        return Path(self.log.name).read_text(errors="replace")[-3000:]

    def log_tail(self) -> str:
        """The end of the app's own log (DIR/logs/), where a caught bug is written."""
        logs = sorted((self.data / "logs").glob("*.log*"))
        return "".join(p.read_text(errors="replace") for p in logs)[-3000:]

    # xdotool ----------------------------------------------------------------------------------

    def xdo(self, *args: str, check: bool = True) -> str:
        out = subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": self.x.display},
                             capture_output=True, text=True, timeout=WAIT)
        if check and out.returncode != 0:
            raise StepFailed(f"xdotool {' '.join(args)}: {out.stderr.strip()}")
        return out.stdout

    def windows(self, title: str) -> list[int]:
        """Shown top-level windows titled exactly `title` (Qt's hidden 1x1 leader has no
        WM_CLASS and is not mapped: --onlyvisible leaves it out)."""
        out = self.xdo("search", "--onlyvisible", "--name", f"^{re.escape(title)}$",
                       check=False)
        return [int(w) for w in out.split()]

    def wait_window(self, step: str, title: str, timeout: float = WAIT) -> int:
        def shown() -> list[int]:
            if self.proc.poll() is not None:
                raise StepFailed(f"{step}: the app ended (exit {self.proc.returncode}) before "
                                 f"the window {title!r} showed:\n{self.said()}")
            return self.windows(title)
        return int(until(step, f"the window {title!r}", shown, timeout)[-1])

    def others(self, main: int) -> list[tuple[int, str]]:
        """The shown top-level windows other than `main` (dialogs, messages), with titles."""
        out = self.xdo("search", "--onlyvisible", "--name", ".", check=False)
        return [(int(w), self.xdo("getwindowname", w, check=False).strip())
                for w in out.split() if int(w) != main]

    def gone(self, step: str, title: str) -> None:
        until(step, f"the window {title!r} to close", lambda: not self.windows(title))

    def geometry(self, wid: int) -> Rect:
        out = self.xdo("getwindowgeometry", "--shell", str(wid))
        g = dict(line.split("=", 1) for line in out.split())
        return Rect(int(g["X"]), int(g["Y"]), int(g["WIDTH"]), int(g["HEIGHT"]))

    def focus(self, wid: int) -> None:
        """What a window manager does when a window is clicked or a dialog closes: give it the
        keyboard. Plain Xvfb has no window manager, and Qt does not take focus back itself."""
        self.xdo("windowfocus", "--sync", str(wid))

    def keys(self, *keys: str) -> None:
        self.xdo("key", "--delay", "40", *keys)

    def type(self, text: str) -> None:
        self.xdo("type", "--delay", "30", text)

    def click(self, x: int, y: int) -> None:
        self.xdo("mousemove", "--sync", str(x), str(y), "click", "1")

    def double_click(self, x: int, y: int) -> None:
        """Two clicks 80 ms apart, as a hurried patient (or a habit from the desktop) does."""
        self.xdo("mousemove", "--sync", str(x), str(y), "click", "--repeat", "2", "--delay",
                 "80", "1")

    # the window manager's close ----------------------------------------------------------------

    def close_from_title_bar(self, wid: int) -> None:
        """The ClientMessage a window manager sends when its close button is clicked
        (ICCCM WM_DELETE_WINDOW), over libX11: xdotool 3.20160805 has no windowquit."""
        x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XInternAtom.restype = ctypes.c_ulong
        x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x11.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long,
                                   ctypes.c_void_p]
        x11.XFlush.argtypes = x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        dpy = x11.XOpenDisplay(self.x.display.encode())
        if not dpy:
            raise StepFailed(f"could not open the display {self.x.display} with libX11")
        try:
            event = XEvent()
            msg = event.xclient
            msg.type, msg.send_event, msg.window, msg.format = CLIENT_MESSAGE, 1, wid, 32
            msg.message_type = x11.XInternAtom(dpy, b"WM_PROTOCOLS", 0)
            msg.l[0] = x11.XInternAtom(dpy, b"WM_DELETE_WINDOW", 0)
            msg.l[1] = 0  # CurrentTime
            if not x11.XSendEvent(dpy, wid, 0, 0, ctypes.byref(event)):
                raise StepFailed("XSendEvent refused the WM_DELETE_WINDOW message")
            x11.XFlush(dpy)
        finally:
            x11.XCloseDisplay(dpy)

    # screenshots -------------------------------------------------------------------------------

    def shot(self, name: str) -> Path:
        self.count += 1
        path = self.shots / f"{self.count:02d}-{name}.png"
        path.write_bytes(self.x.frame().png())
        return path

    # the database ------------------------------------------------------------------------------

    def rows(self, sql: str, *args: object) -> list[tuple[Any, ...]]:
        """Read-only: the test only looks at what the app stored."""
        path = self.data / "vdtracker.sqlite3"
        if not path.exists():
            return []
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True,
                                                timeout=5)) as db:
            return db.execute(sql, args).fetchall()


CLIENT_MESSAGE = 33


class XClientMessageEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong),
                ("send_event", ctypes.c_int), ("display", ctypes.c_void_p),
                ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                ("format", ctypes.c_int), ("l", ctypes.c_long * 5)]


class XEvent(ctypes.Union):
    _fields_ = [("xclient", XClientMessageEvent), ("pad", ctypes.c_long * 24)]
