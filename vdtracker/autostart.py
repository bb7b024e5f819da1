"""Start VD Tracker minimized at login: an XDG autostart entry on Linux, a Run key on Windows,
a LaunchAgent on macOS. Off by default; switching it off removes what was written."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
import sysconfig
from itertools import pairwise
from pathlib import Path

NAME = "vdtracker"
log = logging.getLogger(__name__)


def program() -> list[str]:
    """How this copy is started again, by something that outlives no part of it: the bundle's
    own executable; else the `vdtracker` console script of this install (pipx, a virtualenv,
    a command on PATH); `python -m vdtracker` only where no script was installed (a checkout)."""
    if getattr(sys, "frozen", False):  # PyInstaller: sys.executable is the bundle's vdtracker
        return [os.path.abspath(sys.executable)]
    script = _console_script()
    return [str(script)] if script is not None else [sys.executable, "-m", NAME]


def _console_script() -> Path | None:
    names = (f"{NAME}.exe", NAME) if sys.platform == "win32" else (NAME,)
    candidates: list[Path] = []
    started = sys.argv[0] if sys.argv else ""
    # the script that started this copy (pip's wrapper strips .exe from argv[0] on Windows);
    # absolute, not resolved: pipx's ~/.local/bin link stays the link
    if started and Path(started).name in (NAME, f"{NAME}.exe"):
        candidates += [Path(os.path.abspath(started)).with_name(n) for n in names]
    # `python -m vdtracker`: the script installed with this interpreter's environment
    for folder in (sysconfig.get_path("scripts"), os.path.dirname(sys.executable)):
        if folder:
            candidates += [Path(folder) / n for n in names]
    return next((c for c in candidates if c.is_file() and os.access(c, os.X_OK)), None)


def command(folder: Path | None = None) -> list[str]:
    """What the login entry runs: the same data folder the user chose (`--data-dir` or
    VDTRACKER_DATA_DIR, which a login session would not have), minimized to the tray."""
    from . import paths

    chosen = ["--data-dir", str(folder)] if folder and folder != paths.default_data_dir() else []
    return [*program(), *chosen, "--minimized"]


def _xdg_file() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / f"{NAME}.desktop"


def _mac_file() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"org.{NAME}.plist"


def _desktop_entry(folder: Path | None) -> str:
    exec_line = " ".join(_quoted(part) for part in command(folder))
    return ("[Desktop Entry]\nType=Application\nName=VD Tracker\n"
            "Comment=Dose reminders from your saved schedules\n"
            f"Exec={exec_line}\nTerminal=false\nX-GNOME-Autostart-enabled=true\n")


_RESERVED = set(' \t\n"\'\\><~|&;$*?#()`')
_STRING_ESCAPES = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


def _quoted(part: str) -> str:
    """An Exec argument as the Desktop Entry spec writes it: quoted when it holds a reserved
    character (space, quotes, $…), `"` ` $ \\ escaped inside the quotes; then the escapes of
    any string value (a backslash doubled: a literal one in quotes is four); a % doubled."""
    if part and not _RESERVED & set(part):
        word = part
    else:
        word = '"' + re.sub(r'(["`$\\])', r"\\\1", part) + '"'
    word = word.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
    return word.replace("\r", "\\r").replace("%", "%%")


def exec_words(value: str) -> list[str]:
    """An Exec value's words as a desktop reads them (the reverse of `_quoted`): the string
    escapes, then the quoting; %% is a %, any other field code is dropped."""
    text = re.sub(r"\\(.)", lambda m: _STRING_ESCAPES.get(m[1], m[0]), value)
    words: list[str] = []
    word: list[str] = []
    started = quoted = False
    chars = iter(text)
    for ch in chars:
        if quoted and ch == "\\":
            after = next(chars, "")
            word.append(after if after in '"`$\\' else ch + after)
        elif ch == '"':
            quoted, started = not quoted, True
        elif ch in " \t\n" and not quoted:
            if started:
                words.append("".join(word))
            word, started = [], False
        else:
            word.append(ch)
            started = True
    if started:
        words.append("".join(word))
    return [re.sub(r"%(.)", lambda m: "%" if m[1] == "%" else "", w) for w in words]


def _plist(folder: Path | None) -> str:
    from xml.sax.saxutils import escape

    args = "".join(f"<string>{escape(part)}</string>" for part in command(folder))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict>'
            f"<key>Label</key><string>org.{NAME}</string>"
            f"<key>ProgramArguments</key><array>{args}</array>"
            "<key>RunAtLoad</key><true/></dict></plist>\n")


_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def where() -> str:
    """Where the login entry is kept on this system, as the user would look for it."""
    if sys.platform == "win32":
        return "HKEY_CURRENT_USER\\" + _RUN_KEY + "\\" + NAME
    return str(_mac_file() if sys.platform == "darwin" else _xdg_file())


def written() -> list[str] | None:
    """The command the login entry runs, as written (None: there is no entry)."""
    if sys.platform == "win32":
        import winreg
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY) as key:
                value = str(winreg.QueryValueEx(key, NAME)[0])
        except OSError:
            return None
        return [a if a else b for a, b in re.findall(r'"([^"]*)"|(\S+)', value)]
    path = _mac_file() if sys.platform == "darwin" else _xdg_file()
    try:
        text = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        return []  # there, but not readable: kept as it is
    if sys.platform == "darwin":
        import plistlib
        with contextlib.suppress(Exception):
            return [str(a) for a in plistlib.loads(text).get("ProgramArguments", [])]
        return []
    lines = text.decode("utf-8", "replace").splitlines()
    return next((exec_words(line.split("=", 1)[1].strip()) for line in lines
                 if line.split("=", 1)[0].strip() == "Exec"), [])


def _runs(words: list[str]) -> bool:
    """Whether the program an entry names is still there (a removed install's is not)."""
    return bool(words) and Path(words[0]).is_file() and os.access(words[0], os.X_OK)


def enabled() -> bool:
    """An entry that starts something: one naming a removed install counts as off."""
    words = written()
    return words is not None and (words == [] or _runs(words))


def stale() -> bool:
    """There is an entry, and the program it names is gone (e.g. after `pipx uninstall`)."""
    words = written()
    return bool(words) and not _runs(words or [])


def repair() -> bool:
    """At the window's start: an entry naming a program that is gone, or naming this very
    program in another way than this copy writes it (an older `-m vdtracker` line), is
    written again for this copy, with the data folder it named. Another install's working
    entry is left alone. True when it was rewritten."""
    words = written()
    if not words:
        return False
    ours = {os.path.abspath(program()[0]), os.path.abspath(sys.executable)}
    if _runs(words) and os.path.abspath(words[0]) not in ours:
        return False  # another install's entry, which works: the user's to choose
    folder = next((Path(b) for a, b in pairwise(words) if a == "--data-dir"), None)
    if words == command(folder):
        return False
    set_enabled(True, folder)
    log.info("The login entry ran %s; it now runs %s", words[0], program()[0])
    return True


def set_enabled(on: bool, folder: Path | None = None) -> None:
    """`folder`: the data folder the window runs on, started again at login."""
    if sys.platform == "win32":
        import winreg
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            if on:
                winreg.SetValueEx(key, NAME, 0, winreg.REG_SZ,
                                  " ".join(f'"{p}"' for p in command(folder)))
            else:
                with contextlib.suppress(FileNotFoundError):  # already off
                    winreg.DeleteValue(key, NAME)
        return
    path = _mac_file() if sys.platform == "darwin" else _xdg_file()
    if on:
        from .storage.beside import written_beside  # the one writer: whole, or not at all

        path.parent.mkdir(parents=True, exist_ok=True)
        with written_beside(path) as tmp:
            tmp.write_text(_plist(folder) if sys.platform == "darwin"
                           else _desktop_entry(folder), encoding="utf-8")
    else:
        path.unlink(missing_ok=True)


def forget() -> str | None:
    """`vdtracker --forget-login`: remove the login entry, whatever wrote it; where it was,
    or None when there was none."""
    if written() is None:
        return None
    set_enabled(False)
    return where()
