"""The tray icon that keeps reminders running while the window is closed, and says what is
due next in its tooltip."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from ...domain import reminders as rules
from ...domain.adherence import Dose
from ...resources import icon_svg
from ...storage.errors import StorageError
from ...wording.notices import NoticeWords
from ..context import Context, coalesced


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
    """Out of the tray or a minimized state, maximized again when it was."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


class TrayTooltip(QObject):
    """"Next: Vitamin D3 on Thu 10 Dec" (or "Nothing due"), names hidden when the settings say
    so; told again when something is saved or undone, a setting changes, and at midnight."""

    def __init__(self, ctx: Context, tray: QSystemTrayIcon) -> None:
        super().__init__(tray)
        self.ctx, self.tray = ctx, tray
        self.words = NoticeWords(ctx.words.common)
        later = coalesced(self, self.update)
        for signal in (ctx.signals.changed, ctx.signals.settings_changed,
                       ctx.signals.day_changed, ctx.signals.store_replaced):
            signal.connect(later)
        self.update()

    def text(self) -> str:
        services, today = self.ctx.services, self.ctx.today()
        doses = [Dose(d.id, d.supplement, d.day, d.time, d.regimen_id, d.skipped, d.late_for)
                 for d in services.regimens.doses(today)]
        found = rules.next_due(services.reminders.regimens(), doses, today,
                               services.regimens.breaks())
        return self.words.next_due(found, today, services.reminders.hide_names())

    def update(self) -> None:
        # a locked store: the tooltip says what it said until the next change
        with contextlib.suppress(StorageError):
            self.tray.setToolTip(self.text())
