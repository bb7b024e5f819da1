"""The tray icon that keeps reminders running while the window is closed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from ...resources import icon_svg


def app_icon() -> QIcon:
    """The window's, the tray's and the tray notifications' icon: Qt draws the SVG at
    every size asked for (the PNGs in build/icons are for the desktop's icon theme)."""
    return QIcon(str(icon_svg()))


def make_tray(window: QWidget, quit_app: Callable[[], object]) -> QSystemTrayIcon | None:
    """None where the desktop has no system tray."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(app_icon(), window)
    tray.setToolTip(QCoreApplication.translate(
        "Tray", "VD Tracker: reminders from your saved schedules"))
    menu = QMenu(window)
    menu.addAction(QCoreApplication.translate("Tray", "Open VD Tracker")).triggered.connect(
        lambda: show(window))
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate(
        "Tray", "Quit (no reminders until you start it again)")).triggered.connect(
        quit_app)
    tray.setContextMenu(menu)
    tray.activated.connect(lambda reason: show(window)
                           if reason == QSystemTrayIcon.ActivationReason.Trigger else None)
    tray.show()
    return tray


def show(window: QWidget) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()
