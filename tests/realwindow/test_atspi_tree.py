"""The window as a screen reader (Orca) hears it: its tree and announcements read over AT-SPI."""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import xsession
from xsession import REPO, App, FakeClock, StepFailed, XServer, until

MONDAY = datetime(2026, 11, 23, 9, 0)
MAIN = "VD Tracker"
PAGES = ["Today", "History", "Trends", "Supplements", "Labs", "Settings"]
SAVE = "Save today's entry"
SYSTEM_PYTHON = "/usr/bin/python3"  # pyatspi is a Debian package (python3-pyatspi), not on PyPI
DUMP = Path(__file__).with_name("atspi_dump.py")
LAUNCHERS = ["/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher"]
WAIT = 20.0  # seconds a tree dump or an event may take


def launcher() -> str | None:
    return next((p for p in LAUNCHERS if os.access(p, os.X_OK)), None)


def missing() -> str | None:
    """Why this machine cannot read the window over AT-SPI (one line), or None."""
    lacking = xsession.missing()
    if lacking:
        return lacking
    tools = [name for name, ok in (("dbus-daemon", shutil.which("dbus-daemon")),
                                   ("dbus-send", shutil.which("dbus-send")),
                                   ("at-spi-bus-launcher", launcher())) if not ok]
    if os.access(SYSTEM_PYTHON, os.X_OK):
        probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True,
                               timeout=WAIT, check=False, env=clean_env())
        if probe.returncode != 0:
            tools.append(f"pyatspi for {SYSTEM_PYTHON}")
    else:
        tools.append(SYSTEM_PYTHON)
    if tools:
        return (f"AT-SPI test needs {', '.join(tools)}: apt-get install python3-pyatspi "
                "at-spi2-core dbus-daemon")
    return None


def clean_env(**more: str) -> dict[str, str]:
    """The environment without the caller's desktop (its buses, Qt and venv settings)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("QT_", "XDG_", "WAYLAND", "DBUS", "AT_SPI", "VIRTUAL_ENV",
                                "VDTRACKER_", "PYTHONHOME"))}
    env.update(more)
    return env


LACKING = missing()
if LACKING:
    pytest.skip(LACKING, allow_module_level=True)


# --- a private session bus and its accessibility bus -------------------------------------------

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class Buses:
    """A session bus of our own (no service is started on demand: nothing of the host's
    desktop), and the AT-SPI bus launcher on it, as a desktop session starts them. The
    launcher runs in a process group of its own with the accessibility bus and the registry
    it starts: stop() ends that group."""

    def __init__(self, folder: Path, display: str) -> None:
        folder.mkdir(mode=0o700)
        config = folder / "session.conf"
        config.write_text(BUS_CONFIG.format(socket=folder / "session-bus"))
        self.address = f"unix:path={folder / 'session-bus'}"
        self.env = clean_env(DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=self.address,
                             XDG_RUNTIME_DIR=str(folder), HOME=str(folder))
        self.log = open(folder / "buses.log", "wb")  # noqa: SIM115  (closed in stop())
        self.launcher: subprocess.Popen[bytes] | None = None
        read, write = os.pipe()
        self.daemon = subprocess.Popen(
            ["dbus-daemon", "--nofork", f"--config-file={config}", f"--print-address={write}"],
            pass_fds=(write,), env=self.env, stdout=self.log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL)
        os.close(write)
        try:
            ready, _, _ = select.select([read], [], [], WAIT)
            if not ready or not os.read(read, 4096):
                self.stop()
                raise StepFailed(f"dbus-daemon gave no address (see {self.log.name})")
        finally:
            os.close(read)
        self.launcher = subprocess.Popen(
            [str(launcher()), "--launch-immediately"], env=self.env, stdout=self.log,
            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        until("AT-SPI bus", "the launcher to answer org.a11y.Bus.GetAddress", self.answers)

    def answers(self) -> bool:
        if self.launcher is not None and self.launcher.poll() is not None:
            raise StepFailed(f"at-spi-bus-launcher ended (exit {self.launcher.returncode}); "
                             f"see {self.log.name}")
        out = subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--reply-timeout=2000",
             "--dest=org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus.GetAddress"],
            env=self.env, capture_output=True, text=True, timeout=WAIT, check=False)
        return out.returncode == 0 and "unix:" in out.stdout

    def stop(self) -> None:
        if self.launcher is not None:
            group = self.launcher.pid  # its own group: start_new_session
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.killpg(group, sig)
                except ProcessLookupError:
                    break
                try:
                    self.launcher.wait(3)
                except subprocess.TimeoutExpired:
                    continue
                time.sleep(0.2)  # the accessibility bus and registry it started go too
        xsession.stop(self.daemon)
        self.log.close()


class SpokenApp(App):
    """The app as a screen-reader user runs it: on the session bus, accessibility on."""

    def __init__(self, x: XServer, clock: FakeClock, folder: Path, shots: Path,
                 buses: Buses) -> None:
        self.buses = buses
        super().__init__(x, clock, folder, shots)

    def _start(self) -> subprocess.Popen[bytes]:
        self.env.update({"DBUS_SESSION_BUS_ADDRESS": self.buses.address,
                         "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1"})
        return super()._start()


# --- reading what the screen reader reads ------------------------------------------------------


def read_tree(buses: Buses, app: App) -> dict[str, Any]:
    out = subprocess.run([SYSTEM_PYTHON, str(DUMP), "tree", MAIN, str(WAIT)], env=buses.env,
                         capture_output=True, text=True, timeout=WAIT * 3, check=False)
    if out.returncode != 0:
        raise StepFailed(f"the AT-SPI dump failed (exit {out.returncode}): "
                         f"{out.stderr.strip()[-2000:]}\napp output:\n{app.said()}")
    tree: dict[str, Any] = json.loads(out.stdout)
    return tree


def today_read(buses: Buses, app: App) -> dict[str, Any]:
    """The tree once the pages have been built and Today shows again (Save showing), read
    again until then (a slow machine builds Trends for longer); the last one at the deadline."""
    deadline = time.monotonic() + WAIT
    while True:
        tree = read_tree(buses, app)
        showing = [n for _, n in nodes(tree, "push button")
                   if n["name"] == SAVE and "showing" in n["states"]]
        if showing or time.monotonic() > deadline:
            return tree
        time.sleep(0.3)


def walk(node: dict[str, Any], path: str = "",
         around: tuple[str, ...] = ()) -> Iterator[tuple[str, dict[str, Any], tuple[str, ...]]]:
    """Every node with the path a reader would speak to reach it (role 'name' > ...) and the
    names of the nodes around it (its ancestors)."""
    here = f"{path} > " if path else ""
    here += f"{node['role']} {node['name']!r}"
    yield here, node, around
    for child in node["children"]:
        yield from walk(child, here, (*around, node["name"]))


def nodes(tree: dict[str, Any], role: str) -> list[tuple[str, dict[str, Any]]]:
    return [(path, n) for path, n, _ in walk(tree) if n["role"] == role]


def listing(paths: list[str]) -> str:
    return "\n  ".join(["", *paths])


class Listener:
    """atspi_dump.py events: what the app sends while the test acts, line by line."""

    def __init__(self, buses: Buses, seconds: float, *types: str) -> None:
        self.proc = subprocess.Popen(
            [SYSTEM_PYTHON, str(DUMP), "events", MAIN, str(seconds), *types], env=buses.env,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        self.heard: list[dict[str, Any]] = []
        self.rest = b""
        first = self.lines(WAIT, lambda line: line == "ready")
        if "ready" not in first:
            self.stop()
            raise StepFailed(f"the AT-SPI listener did not start: {first}")

    def lines(self, timeout: float, enough: Any) -> list[str]:
        """Lines read until one satisfies `enough` or `timeout` passes (never a blocking read)."""
        assert self.proc.stdout is not None
        got: list[str] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.proc.stdout], [], [], 0.1)
            if not ready:
                continue
            chunk = os.read(self.proc.stdout.fileno(), 65536)
            if not chunk:
                break
            self.rest += chunk
            *complete, self.rest = self.rest.split(b"\n")
            for raw in complete:
                line = raw.decode(errors="replace")
                got.append(line)
                if line.startswith("{"):
                    self.heard.append(json.loads(line))
            if any(enough(line) for line in got):
                break
        return got

    def until(self, what: str, probe: Any) -> dict[str, Any]:
        """The first event `probe` accepts, waited for up to WAIT seconds."""
        deadline = time.monotonic() + WAIT
        while True:
            found = next((e for e in self.heard if probe(e)), None)
            if found is not None:
                return found
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise StepFailed(f"no AT-SPI event: {what}; heard: {self.heard[-12:]}")
            self.lines(0.5, lambda line: line.startswith("{") and probe(json.loads(line)))

    def stop(self) -> None:
        xsession.stop(self.proc)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


# --- the session -------------------------------------------------------------------------------


class Session:
    def __init__(self, x: XServer, buses: Buses, app: App) -> None:
        self.x, self.buses, self.app = x, buses, app
        self.main = 0


def seed(data: Path, clock: FakeClock) -> None:
    """A daily schedule from the fake today: Today lists a due dose with its answers."""
    env = {**clean_env(), **clock.env()}
    subprocess.run([sys.executable, "-m", "vdtracker", "regimen", "add", "--data-dir",
                    str(data), "--supplement", "Vitamin D3", "--dose", "1000", "--unit", "IU",
                    "--every", "1", "--start", MONDAY.date().isoformat()],
                   cwd=REPO, env=env, capture_output=True, timeout=WAIT * 2, check=True)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    """Xvfb, the session and AT-SPI buses, the app on a seeded data folder with accessibility
    on, waited for until its window shows; everything is stopped at the end."""
    shots = tmp_path / "screens"
    shots.mkdir()
    print(f"screenshots: {shots}")
    x = XServer(tmp_path)
    try:
        buses = Buses(tmp_path / "bus", x.display)
        try:
            clock = FakeClock(tmp_path, MONDAY)
            seed(tmp_path / "data", clock)
            app = SpokenApp(x, clock, tmp_path, shots, buses)
            try:
                found = Session(x, buses, app)
                found.main = app.wait_window("start", MAIN, timeout=30)
                yield found
            finally:
                app.stop()
        finally:
            buses.stop()
    finally:
        x.stop()


def test_the_window_reads_well_over_atspi(session: Session) -> None:
    app = session.app
    app.focus(session.main)
    # every page once (the pages are built when first shown), then back to Today
    for n in range(len(PAGES), 0, -1):
        app.keys(f"ctrl+{n}")
    tree = today_read(session.buses, app)
    shot = app.shot("read-over-atspi")
    where = f"(screen: {shot})"

    frames = [n["name"] for _, n in nodes(tree, "frame")]
    assert MAIN in frames, f"no window named {MAIN!r} in the AT-SPI tree: frames {frames}"

    sidebars = [n for _, n in nodes(tree, "list") if n["name"] == "Pages"]
    assert sidebars, "no list named 'Pages' (the sidebar) in the AT-SPI tree"
    entries = [c["name"] for c in sidebars[0]["children"] if c["role"] == "list item"]
    menu = [item["name"] for _, go in nodes(tree, "menu item") if go["name"] == "Go"
            for popup in go["children"] for item in popup["children"]]
    assert entries == PAGES == menu, \
        f"sidebar entries {entries}, Go menu {menu}; wanted each of {PAGES} in both"

    combos = nodes(tree, "combo box")
    editable = [(path, n) for path, n in combos if "editable" in n["states"]]
    assert editable, f"no editable list in the AT-SPI tree {where}"
    unnamed = [f"{path} > {c['role']} {c['name']!r}" for path, n in editable
               for c in n["children"] if c["role"] in ("text", "entry") and not c["name"]]
    no_box = [path for path, n in editable
              if not any(c["role"] in ("text", "entry") for c in n["children"])]
    assert not unnamed and not no_box, (
        f"editable lists whose text box has no name:{listing(unnamed)}\n"
        f"editable lists with no text box child:{listing(no_box)}")

    blank = [f"{path} > {item['role']}" for path, n in combos for lst in n["children"]
             for item in lst["children"] if item["role"] == "list item"
             and not item["name"].strip()]
    assert not blank, f"list choices read as nothing (a blank reads 'not set'):{listing(blank)}"

    # Qt on Linux gives a closed list its choice as its name: the reader says its label, the
    # LABELLED_BY relation (a group box's title labels everything in it, so it does not count)
    unlabelled = [f"{path} (labelled by {n['labelled_by']})" for path, n, around in walk(tree)
                  if n["role"] == "combo box" and "editable" not in n["states"]
                  and not [label for label in n["labelled_by"] if label and label not in around]]
    assert not unlabelled, f"lists read by their choice alone, no label:{listing(unlabelled)}"

    fields = [path for path, n, _ in walk(tree) if n["role"] in ("text", "entry", "spin button")
              and "editable" in n["states"] and not n["name"].strip()]
    assert not fields, f"text boxes with no accessible name:{listing(fields)}"

    buttons = nodes(tree, "push button")
    nameless = [path for path, n in buttons if not n["name"].strip()]
    assert not nameless, f"push buttons with no accessible name:{listing(nameless)}"

    saves = [n for _, n in buttons if n["name"] == SAVE]
    assert saves and "showing" in saves[0]["states"], \
        f"Today's {SAVE!r} button is not read on the page {where}: {saves}"


def test_a_saved_day_is_announced(session: Session) -> None:
    """The status bar's "Saved: …" reaches the reader as an announcement while the focus
    stays in the form (Qt 6.8+: AT-SPI object:announcement, polite)."""
    app = session.app
    app.focus(session.main)
    app.keys("ctrl+1")
    listener = Listener(session.buses, WAIT * 2, "object:announcement",
                        "object:property-change:accessible-name")
    try:
        # the pain score's word beside the slider is renamed as it is typed: the listener is
        # heard by the app before Save is pressed
        app.keys("alt+p")
        app.type("4")
        listener.until("a name changed as the pain score was typed",
                       lambda e: e["type"].startswith("object:property-change"))
        app.keys("ctrl+s")
        said = listener.until("the save announced",
                              lambda e: e["type"] == "object:announcement"
                              and e["text"].startswith("Saved: Pain 4/10"))
    finally:
        listener.stop()
    assert said["detail1"] == 1, f"the announcement was not polite (1): {said}"
    assert said["role"] == "status bar", f"announced by {said['role']!r}, not the status bar"
