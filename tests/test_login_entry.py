"""Start at login from each way VD Tracker is installed: the entry names this install's program."""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vdtracker import autostart
from vdtracker.cli import build  # the parser main reads the words with

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = Path(sys.executable).with_name("vdtracker")  # this virtualenv's console script
BUNDLE_EXE = ROOT / "dist" / "vdtracker" / "vdtracker"
# a folder name with every character the Desktop Entry spec makes a line quote or escape
NASTY = 'my "diary" $HOME `x` 100% a\\b'

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the XDG autostart entry")


def exec_argv(entry: Path) -> list[str]:
    """The Exec line's words as the Desktop Entry spec has a desktop read them, written here
    apart from autostart.exec_words: string escapes (\\s \\n \\t \\r \\\\) first, then the
    quoting (in "…" a backslash escapes " ` $ \\), then %% for %."""
    line = next(x for x in entry.read_text("utf-8").splitlines() if x.startswith("Exec="))
    value, text, i = line[len("Exec="):], "", 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            text += {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[value[i + 1]]
            i += 2
        else:
            text += value[i]
            i += 1
    words: list[str] = []
    current: str | None = None
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == '"':
            end = i + 1
            current = current or ""
            while text[end] != '"':
                if text[end] == "\\" and text[end + 1] in '"`$\\':
                    end += 1
                current += text[end]
                end += 1
            i = end + 1
            continue
        if ch == " ":
            if current is not None:
                words.append(current)
            current = None
        else:
            current = (current or "") + ch
        i += 1
    if current is not None:
        words.append(current)
    return [w.replace("%%", "%") for w in words]


def login_env(home: Path, **more: str) -> dict[str, str]:
    """A login session's environment: no VDTRACKER_DATA_DIR, no session bus, a home in tmp."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("VDTRACKER_", "XDG_", "DBUS_", "LC_"))}
    return env | {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
                  "XDG_DATA_HOME": str(home / ".local" / "share"),
                  "XDG_STATE_HOME": str(home / ".local" / "state"),
                  "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"} | more


def starts_minimized(argv: list[str], home: Path) -> None:
    """Runs the login line as the session would: the app parses it (a wrong line exits 2 at
    once), opens the data folder it names and keeps running, answering a second start."""
    assert argv[-1] == "--minimized"
    folder = Path(argv[argv.index("--data-dir") + 1])
    env = login_env(home)
    app = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True)
    try:
        deadline = time.monotonic() + 60
        while app.poll() is None and time.monotonic() < deadline \
                and not (folder / "vdtracker.sqlite3").exists():
            time.sleep(0.1)
        time.sleep(1.0)  # listening for a second copy
        assert app.poll() is None, app.communicate()
        second = subprocess.run([str(SCRIPT), "--data-dir", str(folder)], env=env,
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stdout  # the login copy holds the folder
        assert app.poll() is None
    finally:
        app.terminate()
        app.communicate(timeout=20)


def console_script(path: Path, python: str) -> Path:
    """A console script as pip writes it (.venv/bin/vdtracker) for `python`; the test's
    TICK_LOGIN_BOX does inside it what ticking Settings' box does in that copy."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"#!{python}\n# -*- coding: utf-8 -*-\nimport os\nimport re\nimport sys\n"
        "from vdtracker.cli import main\nif __name__ == '__main__':\n"
        "    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])\n"
        "    if os.environ.get('TICK_LOGIN_BOX'):\n"
        "        from pathlib import Path\n        from vdtracker import autostart\n"
        "        autostart.set_enabled(True, Path(os.environ['TICK_LOGIN_BOX']))\n"
        "        sys.exit(0)\n    sys.exit(main())\n", "utf-8")
    path.chmod(0o755)
    return path


def tick_from_path(home: Path, bin_dir: Path, folder: Path) -> list[str]:
    """`vdtracker` typed in a shell (found on PATH), its Settings box ticked: the Exec line."""
    env = login_env(home, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
                    TICK_LOGIN_BOX=str(folder))
    r = subprocess.run(["vdtracker"], env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    return exec_argv(home / ".config" / "autostart" / "vdtracker.desktop")


def test_from_the_bundle_the_entry_runs_the_bundles_own_program(tmp_path, monkeypatch):
    """`<bundle>/vdtracker -m vdtracker` exited 2: the bundle's executable is no Python."""
    bundle = tmp_path / "My Apps" / "vdtracker"
    bundle.mkdir(parents=True)
    exe = bundle / "vdtracker"  # stands in for it: says what it was started with
    exe.write_text('#!/bin/sh\nprintf "%s\\n" "$@" > "$RECORD"\n', "utf-8")
    exe.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.setattr(sys, "argv", [str(exe)])
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folder = tmp_path / NASTY
    autostart.set_enabled(True, folder)
    argv = exec_argv(tmp_path / "config" / "autostart" / "vdtracker.desktop")
    assert argv == [str(exe), "--data-dir", str(folder), "--minimized"]
    record = tmp_path / "argv.txt"
    r = subprocess.run(argv, env=login_env(tmp_path, RECORD=str(record)), timeout=30)
    assert r.returncode == 0
    got = record.read_text("utf-8").splitlines()
    assert got == ["--data-dir", str(folder), "--minimized"]
    args = build().parse_args(got)  # what the bundle's main reads from them
    assert args.command is None and args.minimized and args.data_dir == str(folder)


def test_the_old_bundle_line_is_written_again_at_the_next_start(tmp_path, monkeypatch):
    exe = tmp_path / "vdtracker" / "vdtracker"
    exe.parent.mkdir()
    exe.write_text("#!/bin/sh\n", "utf-8")
    exe.chmod(0o755)
    entry = tmp_path / "autostart" / "vdtracker.desktop"
    entry.parent.mkdir()
    entry.write_text(f"[Desktop Entry]\nType=Application\nExec={exe} -m vdtracker --data-dir "
                     f"{tmp_path}/d --minimized\n", "utf-8")  # what 0.1.0 wrote
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert autostart.repair()
    assert exec_argv(entry) == [str(exe), "--data-dir", f"{tmp_path}/d", "--minimized"]
    assert not autostart.repair()  # once


@pytest.mark.skipif(not BUNDLE_EXE.exists(), reason="dist/vdtracker/ not built: make package")
def test_the_real_bundle_starts_from_its_login_line(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(BUNDLE_EXE))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    autostart.set_enabled(True, tmp_path / "data")
    argv = exec_argv(tmp_path / "home" / ".config" / "autostart" / "vdtracker.desktop")
    assert argv == [str(BUNDLE_EXE), "--data-dir", str(tmp_path / "data"), "--minimized"]
    starts_minimized(argv, tmp_path / "home")


@pytest.mark.parametrize("started_as", ["make run", "python -m vdtracker"])
def test_from_a_virtualenv_the_entry_runs_its_console_script(tmp_path, monkeypatch, started_as):
    """`pip install .` into a venv, `make run`'s .venv: its bin/vdtracker, absolute, never the
    venv's python -m (this test runs in such a venv)."""
    monkeypatch.chdir(ROOT)
    started = (os.path.relpath(SCRIPT, ROOT) if started_as == "make run"  # .venv/bin/vdtracker
               else str(ROOT / "vdtracker" / "__main__.py"))
    monkeypatch.setattr(sys, "argv", [started])
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    autostart.set_enabled(True, tmp_path / "data")
    argv = exec_argv(tmp_path / "home" / ".config" / "autostart" / "vdtracker.desktop")
    assert argv == [str(SCRIPT), "--data-dir", str(tmp_path / "data"), "--minimized"]
    if started_as == "make run":
        starts_minimized(argv, tmp_path / "home")


def pipx_install(home: Path) -> tuple[Path, Path]:
    """What `pipx install .` makes: a venv of its own with the console script, linked from
    ~/.local/bin. The venv is real (its own python); the package comes from this venv."""
    venv = home / ".local" / "share" / "pipx" / "venvs" / "vdtracker"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=60)
    inner = next((venv / "lib").glob("python3*/site-packages"))
    lines = "".join(f"import site; site.addsitedir({p!r})\n" for p in site.getsitepackages())
    (inner / "from_this_venv.pth").write_text(lines, "utf-8")
    script = console_script(venv / "bin" / "vdtracker", str(venv / "bin" / "python"))
    link = home / ".local" / "bin" / "vdtracker"
    link.parent.mkdir(parents=True)
    link.symlink_to(script)
    return venv, link


def test_from_pipx_the_entry_runs_the_pipx_command_and_a_removed_one_is_noticed(tmp_path,
                                                                               monkeypatch):
    home = tmp_path / "home"
    venv, link = pipx_install(home)
    folder = tmp_path / "data"
    argv = tick_from_path(home, link.parent, folder)
    assert argv == [str(link), "--data-dir", str(folder), "--minimized"]
    starts_minimized(argv, home)
    shutil.rmtree(venv)  # `pipx uninstall vdtracker`, without --forget-login first
    link.unlink()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    assert autostart.stale() and not autostart.enabled()  # Settings shows the box off
    # the next start of another install (this venv's) starts itself at login from now on
    starts_minimized([str(SCRIPT), "--data-dir", str(folder), "--minimized"], home)
    argv = exec_argv(home / ".config" / "autostart" / "vdtracker.desktop")
    assert argv == [str(SCRIPT), "--data-dir", str(folder), "--minimized"]
    assert autostart.enabled() and not autostart.stale()


def test_from_a_command_on_path_the_entry_runs_that_command(tmp_path):
    """`pip install --user .` (~/.local/bin) or a system install: the command that was started,
    not the script of the interpreter's own folder (this venv's bin/ has one too)."""
    home = tmp_path / "home"
    bin_dir = tmp_path / "user bin"  # a space: the line quotes it
    script = console_script(bin_dir / "vdtracker", sys.executable)
    folder = tmp_path / "data"
    argv = tick_from_path(home, bin_dir, folder)
    assert argv == [str(script), "--data-dir", str(folder), "--minimized"]
    starts_minimized(argv, home)


def test_another_installs_working_entry_is_left_alone(tmp_path, monkeypatch):
    other = console_script(tmp_path / "other" / "vdtracker", sys.executable)
    entry = tmp_path / "autostart" / "vdtracker.desktop"
    entry.parent.mkdir()
    entry.write_text(f"[Desktop Entry]\nExec={other} --minimized\n", "utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert not autostart.repair() and autostart.enabled()
    assert exec_argv(entry) == [str(other), "--minimized"]


@pytest.mark.skipif(shutil.which("gio") is None, reason="gio (GLib) is not installed")
def test_a_desktop_reads_the_line_as_this_test_does(tmp_path, monkeypatch):
    """GLib's launcher (`gio launch`) runs the written line: the same words as exec_argv."""
    exe = tmp_path / "a b" / "vdtracker"
    exe.parent.mkdir()
    exe.write_text('#!/bin/sh\nprintf "%s\\n" "$@" > "$RECORD.part"\nmv "$RECORD.part" '
                   '"$RECORD"\n', "utf-8")
    exe.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    autostart.set_enabled(True, tmp_path / NASTY)
    entry = tmp_path / "autostart" / "vdtracker.desktop"
    record = tmp_path / "argv.txt"
    subprocess.run(["gio", "launch", str(entry)], env=login_env(tmp_path, RECORD=str(record)),
                   check=True, timeout=30)
    deadline = time.monotonic() + 20
    while not record.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert record.read_text("utf-8").splitlines() == exec_argv(entry)[1:]
    assert autostart.written() == exec_argv(entry)  # and as autostart reads it back


def test_forget_login_on_the_command_line(tmp_path):
    env = login_env(tmp_path)
    entry = tmp_path / ".config" / "autostart" / "vdtracker.desktop"
    entry.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\nExec=/gone/python -m vdtracker --minimized\n", "utf-8")
    r = subprocess.run([str(SCRIPT), "--forget-login"], env=env, capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout == (f"Removed the login entry {entry}: VD Tracker no longer starts at "
                        "login.\n")
    assert not entry.exists()
    again = subprocess.run([str(SCRIPT), "--forget-login"], env=env, capture_output=True,
                           text=True, timeout=60)
    assert again.returncode == 0 and again.stderr == ""
    assert again.stdout == "There was no login entry: VD Tracker does not start at login.\n"
