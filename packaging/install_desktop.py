"""Put VD Tracker in the desktop's menus for this user, or take it out again (Linux / XDG):

    $XDG_DATA_HOME/applications/vdtracker.desktop
    $XDG_DATA_HOME/metainfo/org.vdtracker.vdtracker.metainfo.xml
    $XDG_DATA_HOME/icons/hicolor/<N>x<N>/apps/vdtracker.png    (from packaging/render_icons.py)
    $XDG_DATA_HOME/icons/hicolor/scalable/apps/vdtracker.svg

($XDG_DATA_HOME is ~/.local/share unless set.) Uninstall removes exactly these files and
nothing else (folders stay: they may hold other applications' files). Standard library only.

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
DESKTOP = ROOT / "resources" / "vdtracker.desktop"
METAINFO = ROOT / "resources" / "vdtracker.metainfo.xml"
SVG = ROOT / "vdtracker" / "resources" / "vdtracker.svg"
ICONS = ROOT / "build" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # packaging/render_icons.py
NAME = "vdtracker"


def data_home(environ: Mapping[str, str] = os.environ) -> Path:
    """XDG_DATA_HOME, or ~/.local/share when it is unset or relative (the spec says a
    relative path is to be ignored)."""
    value = environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def component_id() -> str:
    """The metainfo's <id>: the installed file is named after it, as AppStream expects."""
    found = ET.parse(METAINFO).getroot().findtext("id")
    if not found:
        sys.exit(f"install_desktop: {METAINFO} has no <id>")
    return found.strip()


def plan(home: Path, icons: Path = ICONS) -> list[tuple[Path, Path]]:
    """(source, destination) of every file installed; uninstall removes the destinations."""
    hicolor = home / "icons" / "hicolor"
    pngs = [(icons / "hicolor" / f"{n}x{n}" / "apps" / f"{NAME}.png",
             hicolor / f"{n}x{n}" / "apps" / f"{NAME}.png") for n in SIZES]
    return [(DESKTOP, home / "applications" / f"{NAME}.desktop"),
            (METAINFO, home / "metainfo" / f"{component_id()}.metainfo.xml"),
            *pngs,
            (SVG, hicolor / "scalable" / "apps" / f"{NAME}.svg")]


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


def uninstall(home: Path) -> list[Path]:
    removed = []
    for _, dest in plan(home):
        if dest.is_file() or dest.is_symlink():
            dest.unlink()
            removed.append(dest)
    return removed


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
        if shutil.which(NAME) is None:
            print(f"note: `{NAME}` is not on PATH yet: the menu entry runs it, so install "
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
