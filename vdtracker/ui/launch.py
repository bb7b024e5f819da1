"""Start Qt, make sure only one copy runs per data folder, open the store (or say why not),
and wire the window, the tray and the reminder timer together."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from ..services import settings as opts
from ..storage.database import Database
from ..storage.errors import StorageError
from .context import Context
from .main_window import MainWindow
from .reminders.controller import ReminderController
from .reminders.notifier import Notifier, TrayNotifier, WindowNotifier
from .reminders.single_instance import SingleInstance
from .reminders.tray import app_icon, make_tray, show

ALREADY = "VD Tracker is already running with this data folder; its window was brought to the front."
NO_ANSWER = ("VD Tracker seems to be running already (another copy holds {lock}) but did not "
             "answer. Close it, or wait a moment and try again.")


def run(open_store: Callable[[], Database], today: Callable[[], date] = date.today,
        demo: bool = False, folder: Path | None = None, minimized: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("VD Tracker")
    app.setWindowIcon(app_icon())
    guard = SingleInstance(folder) if folder is not None else None
    if guard is not None:
        folder.mkdir(parents=True, exist_ok=True)  # type: ignore[union-attr]
        if not guard.acquire():
            if guard.ask_running_copy_to_show():
                print(ALREADY)
                return 0
            sys.stderr.write("vdtracker: " + NO_ANSWER.format(lock=folder / "vdtracker.lock")
                             + "\n")  # type: ignore[operator]
            return 3
        guard.listen()
    try:
        try:
            db = open_store()
        except StorageError as err:
            QMessageBox.critical(None, app.tr("VD Tracker"), str(err))
            return 3
        try:
            return _run_window(app, Context(db, today=today, demo=demo), guard, minimized)
        finally:
            db.close()
    finally:
        if guard is not None:
            guard.release()


def _run_window(app: QApplication, ctx: Context, guard: SingleInstance | None,
                minimized: bool) -> int:
    window = MainWindow(ctx)
    window.tray = make_tray(window, app.quit)
    notifier: Notifier | None = None
    if window.tray is not None:
        app.setQuitOnLastWindowClosed(False)
    if sys.platform.startswith("linux"):
        from .reminders.dbus_notifier import DBusNotifier

        notifier = DBusNotifier.connect()  # buttons in the notification, where the desktop has them
    if notifier is None:
        notifier = TrayNotifier(window.tray) if window.tray is not None else WindowNotifier(ctx)
    if guard is not None:
        guard.show_requested.connect(lambda: show(window))
    if not (minimized and window.tray is not None):
        window.show()
    if window.tray is None and ctx.settings.get(opts.NO_TRAY_TOLD) != "yes":
        ctx.signals.message.emit(app.tr(
            "This desktop has no system tray: reminders appear in this window while it is "
            "open. Export your schedules to your calendar (File menu) to be reminded when it "
            "is closed."))
        ctx.settings.set(opts.NO_TRAY_TOLD, "yes")
    controller = ReminderController(ctx, notifier)
    controller.start()
    return app.exec()
