"""Files the app loads at run time (the icon), and the icon's name once installed."""

from __future__ import annotations

import os
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

# The app id, reverse DNS of the project's home (github.com/vdtracker/vdtracker), the same
# everywhere: resources/<id>.desktop and resources/<id>.metainfo.xml (its <id>).
APP_ID = "io.github.vdtracker.vdtracker"
# The hicolor theme name `make install-desktop` installs (the .desktop file's Icon=): the app
# id, as AppStream and Flatpak expect.
ICON_NAME = APP_ID
# The .desktop file's name without ".desktop": QGuiApplication.desktopFileName() (the Wayland
# app id), the notifications' desktop-entry hint.
DESKTOP_ID = APP_ID


def icon_svg() -> Path:
    """The app icon shipped inside the package (a real file: we ship no zipped package)."""
    return Path(str(resources.files(__name__) / "vdtracker.svg"))


def data_dirs(environ: Mapping[str, str] = os.environ) -> list[Path]:
    """The XDG data folders, the user's first (the base directory spec's defaults)."""
    home = environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    system = environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    return [Path(home), *(Path(part) for part in system.split(":") if part)]


def icon_installed(environ: Mapping[str, str] = os.environ) -> bool:
    """True when a hicolor icon theme in an XDG data folder has our icon."""
    for base in data_dirs(environ):
        hicolor = base / "icons" / "hicolor"
        if (hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg").is_file() or any(
                hicolor.glob(f"*/apps/{ICON_NAME}.png")):
            return True
    return False


def notification_icon(environ: Mapping[str, str] = os.environ) -> str:
    """The `app_icon` of a desktop notification: the theme name once the icon is installed
    (the notification server then picks the size it draws), else the packaged SVG as the
    file:// URI the notification spec allows."""
    return ICON_NAME if icon_installed(environ) else icon_svg().as_uri()
