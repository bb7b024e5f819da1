"""The sidebar's page icons: small line drawings (vdtracker/resources/page-*.svg) drawn in the
palette's text colour, and in its highlighted-text colour on the chosen page, so they read in
light and dark themes alike; drawn again when the theme changes."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QListWidget


def svg_of(key: str) -> str:
    return (resources.files("vdtracker.resources") / f"page-{key}.svg").read_text("utf-8")


def pixmap(key: str, colour: QColor, size: int, ratio: float = 1.0) -> QPixmap:
    """The page's drawing in `colour`, `size` device-independent pixels square."""
    svg = svg_of(key).replace("currentColor", colour.name())
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    out = QPixmap(round(size * ratio), round(size * ratio))
    out.setDevicePixelRatio(ratio)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return out


def icon(key: str, palette: QPalette, size: int, ratio: float = 1.0) -> QIcon:
    """Plain in the text colour; selected in the highlighted text colour; greyed when off."""
    out = QIcon()
    roles = ((QIcon.Mode.Normal, QPalette.ColorRole.WindowText),
             (QIcon.Mode.Active, QPalette.ColorRole.WindowText),
             (QIcon.Mode.Selected, QPalette.ColorRole.HighlightedText))
    for mode, role in roles:
        out.addPixmap(pixmap(key, palette.color(role), size, ratio), mode)
    out.addPixmap(pixmap(key, palette.color(QPalette.ColorGroup.Disabled,
                                            QPalette.ColorRole.WindowText), size, ratio),
                  QIcon.Mode.Disabled)
    return out


class NavIcons(QObject):
    """Puts an icon on each row of the sidebar, sized to its text, and draws them again when
    the palette or the text size changes."""

    def __init__(self, nav: QListWidget, keys: tuple[str, ...]) -> None:
        super().__init__(nav)
        self.nav, self.keys = nav, keys
        self.apply()
        nav.installEventFilter(self)

    def apply(self) -> None:
        size = round(self.nav.fontMetrics().height() * 1.15)
        self.nav.setIconSize(QSize(size, size))
        ratio = self.nav.devicePixelRatioF()
        for i, key in enumerate(self.keys):
            self.nav.item(i).setIcon(icon(key, self.nav.palette(), size, ratio))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange,
                            QEvent.Type.StyleChange):
            self.apply()
        return False
