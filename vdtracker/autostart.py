"""Start VD Tracker minimized at login: an XDG autostart entry on Linux, a Run key on Windows,
a LaunchAgent on macOS. Off by default; switching it off removes what was written."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

NAME = "vdtracker"


def command(folder: Path | None = None) -> list[str]:
    """What the login entry runs: the same data folder the user chose (`--data-dir` or
    VDTRACKER_DATA_DIR, which a login session would not have), minimized to the tray."""
    from . import paths

    chosen = ["--data-dir", str(folder)] if folder and folder != paths.default_data_dir() else []
    return [sys.executable, "-m", "vdtracker", *chosen, "--minimized"]


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


def _quoted(part: str) -> str:
    """An Exec argument as the desktop entry spec quotes it (spaces, quotes, backslashes);
    a literal % is doubled, or it would read as a field code."""
    part = part.replace("%", "%%")
    if not any(ch in part for ch in ' \t"\'\\$`'):
        return part
    escaped = part.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
    return '"' + escaped.replace("$", "\\$") + '"'


def _plist(folder: Path | None) -> str:
    from xml.sax.saxutils import escape

    args = "".join(f"<string>{escape(part)}</string>" for part in command(folder))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict>'
            f"<key>Label</key><string>org.{NAME}</string>"
            f"<key>ProgramArguments</key><array>{args}</array>"
            "<key>RunAtLoad</key><true/></dict></plist>\n")


def enabled() -> bool:
    if sys.platform == "win32":
        import winreg
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY) as key:
                winreg.QueryValueEx(key, NAME)
            return True
        except OSError:
            return False
    return (_mac_file() if sys.platform == "darwin" else _xdg_file()).exists()


_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


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
