"""Start VD Tracker minimized at login: an XDG autostart entry on Linux, a Run key on Windows,
a LaunchAgent on macOS. Off by default; switching it off removes what was written."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

NAME = "vdtracker"


def command() -> list[str]:
    return [sys.executable, "-m", "vdtracker", "--minimized"]


def _xdg_file() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / f"{NAME}.desktop"


def _mac_file() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"org.{NAME}.plist"


def _desktop_entry() -> str:
    exec_line = " ".join(f'"{part}"' if " " in part else part for part in command())
    return ("[Desktop Entry]\nType=Application\nName=VD Tracker\n"
            "Comment=Dose reminders from your saved schedules\n"
            f"Exec={exec_line}\nTerminal=false\nX-GNOME-Autostart-enabled=true\n")


def _plist() -> str:
    args = "".join(f"<string>{part}</string>" for part in command())
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


def set_enabled(on: bool) -> None:
    if sys.platform == "win32":
        import winreg
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            if on:
                winreg.SetValueEx(key, NAME, 0, winreg.REG_SZ,
                                  " ".join(f'"{p}"' for p in command()))
            else:
                with contextlib.suppress(FileNotFoundError):  # already off
                    winreg.DeleteValue(key, NAME)
        return
    path = _mac_file() if sys.platform == "darwin" else _xdg_file()
    if on:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_plist() if sys.platform == "darwin" else _desktop_entry())
    else:
        path.unlink(missing_ok=True)
