"""The window's size, place and maximized state, kept per machine in window.json beside the data
and put back only where it fits a screen this machine has now (else on the primary screen)."""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ..storage.beside import write_whole
from ..storage.errors import StorageError

FILE = "window.json"
TITLE_ROOM = 40  # the window manager's title bar above the window's own top edge


@dataclass(frozen=True)
class Place:
    """The window's normal (not maximized) geometry, without the frame, and whether it was
    maximized."""

    x: int
    y: int
    width: int
    height: int
    maximized: bool = False

    def rect(self) -> QRect:
        return QRect(self.x, self.y, self.width, self.height)


def read(path: Path) -> Place | None:
    """The place kept in `path`, or None when there is none or it cannot be read."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        place = Place(int(raw["x"]), int(raw["y"]), int(raw["width"]), int(raw["height"]),
                      bool(raw.get("maximized", False)))
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    return place if place.width > 0 and place.height > 0 else None


def write(path: Path, place: Place) -> None:
    """Keep `place` in `path` (the one writer); a full disk or a folder gone loses only it."""
    data = json.dumps({"version": 1, **asdict(place)}, indent=1).encode()
    with contextlib.suppress(OSError, StorageError):
        write_whole(path, data)


def fitted(saved: QRect, screens: list[QRect], primary: QRect) -> QRect:
    """`saved` where it may open: on the screen that holds most of it, made no larger than that
    screen (title bar included) and moved wholly onto it; on none (a monitor that is gone), the
    same size at most, in the middle of the primary screen."""
    overlap = [(r.intersected(saved).width() * r.intersected(saved).height(), i)
               for i, r in enumerate(screens) if r.intersects(saved)]
    room = screens[max(overlap)[1]] if overlap else primary
    width = min(saved.width(), room.width())
    height = min(saved.height(), room.height() - TITLE_ROOM)
    if not overlap:
        return QRect(room.x() + (room.width() - width) // 2,
                     room.y() + TITLE_ROOM + (room.height() - TITLE_ROOM - height) // 2,
                     width, height)
    x = min(max(saved.x(), room.x()), room.x() + room.width() - width)
    y = min(max(saved.y(), room.y() + TITLE_ROOM), room.y() + room.height() - height)
    return QRect(x, y, width, height)


def restore(window: QWidget, path: Path) -> bool:
    """Put the window where `path` says it was (before it is shown); False when nothing was
    kept, and the window keeps the size it chose for itself."""
    place = read(path)
    primary = QGuiApplication.primaryScreen()
    if place is None or primary is None:
        return False
    screens = [s.availableGeometry() for s in QGuiApplication.screens()]
    window.setGeometry(fitted(place.rect(), screens, primary.availableGeometry()))
    if place.maximized:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    return True


def place_of(window: QWidget) -> Place:
    maximized = bool(window.windowState() & Qt.WindowState.WindowMaximized)
    r = window.normalGeometry() if maximized else window.geometry()
    if not r.isValid():
        r = window.geometry()
    return Place(r.x(), r.y(), r.width(), r.height(), maximized)


class PlaceKeeper(QObject):
    """Keeps the window's place each time it is hidden: closed, put in the tray, or the session
    ending. A child of the window: it goes with it."""

    def __init__(self, window: QWidget, path: Path) -> None:
        super().__init__(window)
        self.kept, self.path = window, path
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Hide and not self.kept.isMinimized():
            write(self.path, place_of(self.kept))
        return False


def keep(window: QWidget, folder: Path) -> PlaceKeeper:
    """The window opens where it was last closed in this data folder, and keeps where it is
    closed now (never for the demo, which is not handed a folder)."""
    restore(window, folder / FILE)
    return PlaceKeeper(window, folder / FILE)
