"""Render the app icon (vdtracker/resources/vdtracker.svg) to the PNG sizes a desktop's icon
theme wants, as a hicolor tree: build/icons/hicolor/<N>x<N>/apps/<app id>.png (the icon's
theme name is the app id, io.github.vdtracker.vdtracker, as AppStream and Flatpak expect).

Build output (git ignores build/): the SVG is the one source. Rendered with Qt's QSvgRenderer
on the offscreen platform, so it needs no display.

    python packaging/render_icons.py [--out build/icons]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "vdtracker" / "resources" / "vdtracker.svg"
OUT = ROOT / "build" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
NAME = "io.github.vdtracker.vdtracker"  # install_desktop.APP_ID, the icon's theme name


def png_path(out: Path, size: int) -> Path:
    return out / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"


def render(svg: Path = SVG, out: Path = OUT, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Each size drawn from the vector (never scaled from another PNG), on transparency."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(["render_icons"])  # noqa: F841
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        sys.exit(f"render_icons: {svg} is not an SVG Qt can read")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)  # the viewBox scaled to the whole image
        painter.end()
        path = png_path(out, size)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path)):  # PNG, from the suffix
            sys.exit(f"render_icons: could not write {path}")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the hicolor tree")
    args = parser.parse_args(argv)
    for path in render(out=args.out):
        print(path.relative_to(args.out) if path.is_relative_to(args.out) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
