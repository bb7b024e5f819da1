"""Put VD Tracker in the desktop's menus for this user, or take it out again (Linux / XDG):

    $XDG_DATA_HOME/applications/<id>.desktop
    $XDG_DATA_HOME/metainfo/<id>.metainfo.xml
    $XDG_DATA_HOME/icons/hicolor/<N>x<N>/apps/<id>.png    (from packaging/render_icons.py)
    $XDG_DATA_HOME/icons/hicolor/scalable/apps/<id>.svg

where <id> is the app id, io.github.vdtracker.vdtracker ($XDG_DATA_HOME is ~/.local/share
unless set). Uninstall removes exactly these files and nothing else (folders stay: they may
hold other applications' files); install and uninstall also remove the files an older version
installed under the names before the app id (vdtracker.desktop, org.vdtracker.vdtracker, the
`vdtracker` icon), so an upgrade leaves no second menu entry behind. Standard library only.

    python packaging/install_desktop.py install [--icons build/icons]
    python packaging/install_desktop.py uninstall
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# vdtracker/resources/__init__.py APP_ID (tests/test_desktop_files.py keeps them the same)
APP_ID = "io.github.vdtracker.vdtracker"
DESKTOP = ROOT / "resources" / f"{APP_ID}.desktop"
METAINFO = ROOT / "resources" / f"{APP_ID}.metainfo.xml"
SVG = ROOT / "vdtracker" / "resources" / "vdtracker.svg"
ICONS = ROOT / "build" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # packaging/render_icons.py
COMMAND = "vdtracker"  # the .desktop file's Exec=
# The names make install-desktop used before the app id (0.1.0 before issue 27).
OLD_NAME = "vdtracker"
OLD_COMPONENT = "org.vdtracker.vdtracker"


def data_home(environ: Mapping[str, str] = os.environ) -> Path:
    """XDG_DATA_HOME, or ~/.local/share when it is unset or relative (the spec says a
    relative path is to be ignored)."""
    value = environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def component_id() -> str:
    """The metainfo's <id>: the installed file is named after it, as AppStream expects, and
    it must be the app id the .desktop file, the icon and the window are named after."""
    found = (ET.parse(METAINFO).getroot().findtext("id") or "").strip()
    if found != APP_ID:
        sys.exit(f"install_desktop: {METAINFO}'s <id> is {found or 'missing'}, not {APP_ID}")
    return found


def plan(home: Path, icons: Path = ICONS) -> list[tuple[Path, Path]]:
    """(source, destination) of every file installed; uninstall removes the destinations."""
    hicolor = home / "icons" / "hicolor"
    pngs = [(icons / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png",
             hicolor / f"{n}x{n}" / "apps" / f"{APP_ID}.png") for n in SIZES]
    return [(DESKTOP, home / "applications" / f"{APP_ID}.desktop"),
            (METAINFO, home / "metainfo" / f"{component_id()}.metainfo.xml"),
            *pngs,
            (SVG, hicolor / "scalable" / "apps" / f"{APP_ID}.svg")]


def stale(home: Path) -> list[Path]:
    """What an older install left under the names before the app id: the same files, named
    vdtracker (a second menu entry and icon otherwise) and org.vdtracker.vdtracker."""
    hicolor = home / "icons" / "hicolor"
    return [home / "applications" / f"{OLD_NAME}.desktop",
            home / "metainfo" / f"{OLD_COMPONENT}.metainfo.xml",
            *(hicolor / f"{n}x{n}" / "apps" / f"{OLD_NAME}.png" for n in SIZES),
            hicolor / "scalable" / "apps" / f"{OLD_NAME}.svg"]


def _remove(paths: list[Path]) -> list[Path]:
    removed = []
    for path in paths:
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed.append(path)
    return removed


def install(home: Path, icons: Path = ICONS) -> list[Path]:
    files = plan(home, icons)
    missing = [str(src) for src, _ in files if not src.is_file()]
    if missing:
        sys.exit("install_desktop: missing " + ", ".join(missing)
                 + " (render the icons first: make icons)")
    for src, dest in files:
        dest.parent.mkdir(parents=True, exist_ok=True)
        # written beside and renamed: a desktop watching the folder never reads half a file
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", dir=dest.parent)
        try:
            with os.fdopen(fd, "wb") as out, src.open("rb") as data:
                shutil.copyfileobj(data, out)
            os.chmod(tmp, 0o644)
            os.replace(tmp, dest)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return [dest for _, dest in files]


def remove_stale(home: Path) -> list[Path]:
    """An older install's files, once the new ones are in place (install does it too, or an
    upgrade would show two entries in the menu)."""
    return _remove(stale(home))


def uninstall(home: Path) -> list[Path]:
    return _remove([dest for _, dest in plan(home)] + stale(home))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["install", "uninstall"])
    parser.add_argument("--icons", type=Path, default=ICONS,
                        help="the hicolor tree render_icons.py wrote (default build/icons)")
    args = parser.parse_args(argv)
    home = data_home()
    if args.action == "install":
        for path in install(home, args.icons):
            print(f"installed {path}")
        for path in remove_stale(home):
            print(f"removed {path} (an older version's name for it)")
        if shutil.which(COMMAND) is None:
            print(f"note: `{COMMAND}` is not on PATH yet: the menu entry runs it, so install "
                  "the app too (pipx install .; pipx ensurepath)")
    else:
        removed = uninstall(home)
        for path in removed:
            print(f"removed {path}")
        if not removed:
            print(f"nothing to remove in {home}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
