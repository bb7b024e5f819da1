"""Start Qt, make sure only one copy runs per data folder, open the store (or say why not),
and wire the window, the tray and the reminder timer together."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import logs, paths
from ..services import settings as opts
from ..services.bundle import Services
from ..storage.errors import StorageError
from ..wording import arg
from . import crash_guard
from .context import Context
from .main_window import MainWindow
from .reminders.controller import ReminderController
from .reminders.notifier import Notifier, TrayNotifier, WindowNotifier
from .reminders.single_instance import SingleInstance
from .reminders.tray import app_icon, make_tray, show
from .translations import install_translators
from .window_words import window_wording


def _already() -> str:
    return QCoreApplication.translate("Launch", "VD Tracker is already running with this data "
                                      "folder; its window was brought to the front.")


def _no_answer(lock: Path) -> str:
    return arg(QCoreApplication.translate(
        "Launch", "VD Tracker seems to be running already (another copy holds %1) but did not "
        "answer. Close it, or wait a moment and try again."), str(lock))


def run(open_store: Callable[[], Services], now: Callable[[], datetime], demo: bool = False,
        folder: Path | None = None, minimized: bool = False,
        qt_options: Sequence[str] = ()) -> int:
    """The window over the store `open_store` opens, on the clock `now` (the real one from
    app.py; a fixed one in tests). `qt_options`: Qt's own (-style fusion), handed to Qt."""
    existing = QApplication.instance()
    app = (existing if isinstance(existing, QApplication)
           else QApplication([sys.argv[0] if sys.argv else "vdtracker", *qt_options]))
    crash_guard.install(app, logs.current_file())
    translators = install_translators(app)  # kept referenced while the window runs
    app.setApplicationName("VD Tracker")
    app.setWindowIcon(app_icon())
    guard = SingleInstance(folder) if folder is not None else None
    if guard is not None:
        paths.ensure_private_dir(guard.folder)  # 0700 before the lock file or database exist
        if not guard.acquire():
            if guard.ask_running_copy_to_show():
                print(_already())
                return 0
            sys.stderr.write("vdtracker: " + _no_answer(guard.folder / "vdtracker.lock") + "\n")
            return 3
        guard.listen()
    try:
        try:
            services = open_store()
        except StorageError as err:
            QMessageBox.critical(None, QCoreApplication.translate("Launch", "VD Tracker"),
                                 window_wording().storage(err))
            return 3
        try:
            return _run_window(app, Context(services, now=now, demo=demo), guard,
                               minimized)
        finally:
            services.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        if guard is not None:
            guard.release()


def _run_window(app: QApplication, ctx: Context, guard: SingleInstance | None,
                minimized: bool) -> int:
    window = MainWindow(ctx)
    # The demo stays inside its window: no tray icon (closing it ends the demo, as its banner
    # says) and no desktop notifications that look like the user's own reminders.
    # Quit goes through the window: it asks about unsaved typing before the app ends
    window.tray = None if ctx.demo else make_tray(window, window.quit_app)
    notifier: Notifier | None = None
    if window.tray is not None:
        app.setQuitOnLastWindowClosed(False)
    if sys.platform.startswith("linux") and not ctx.demo:
        from .reminders.dbus_notifier import DBusNotifier

        notifier = DBusNotifier.connect()  # buttons in the notification, where the desktop has them
    if notifier is None:
        notifier = TrayNotifier(window.tray) if window.tray is not None else WindowNotifier(ctx)
    if guard is not None:
        guard.show_requested.connect(lambda: show(window))
    if not (minimized and window.tray is not None):
        window.show()
    if window.tray is None and not ctx.demo and not ctx.services.settings.get(opts.NO_TRAY_TOLD):
        ctx.signals.message.emit(QCoreApplication.translate(
            "Launch",
            "This desktop has no system tray: reminders appear in this window while it is "
            "open. Export your schedules to your calendar (File menu) to be reminded when it "
            "is closed."))
        with contextlib.suppress(StorageError):  # a locked store: told again next start
            ctx.services.settings.set(opts.NO_TRAY_TOLD, True)
    controller = ReminderController(ctx, notifier)
    controller.start()
    return app.exec()
