"""Start Qt, make sure only one copy runs per data folder, open the store (or say why not),
and wire the window, the tray and the reminder timer together."""

from __future__ import annotations

import contextlib
import functools
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from .. import logs, paths
from ..resources import DESKTOP_ID
from ..services import settings as opts
from ..services.bundle import Services
from ..storage import backups
from ..storage.errors import StorageError
from ..wording import arg
from . import crash_guard, window_place
from .answers import tell
from .context import Context
from .first_paint import after_first_paint
from .main_window import MainWindow
from .reminders.single_instance import SingleInstance
from .reminders.tray import TrayTooltip, app_icon, make_tray, show
from .translations import install_translators
from .widgets.message_bar import WARNING
from .window_words import window_wording

log = logging.getLogger(__name__)


def _already() -> str:
    return QCoreApplication.translate("Launch", "VD Tracker is already running with this data "
                                      "folder; its window was brought to the front.")


def _no_answer(lock: Path) -> str:
    return arg(QCoreApplication.translate(
        "Launch", "VD Tracker seems to be running already (another copy holds %1) but did not "
        "answer. Close it, or wait a moment and try again."), str(lock))


def _title() -> str:
    return QCoreApplication.translate("Launch", "VD Tracker")


def run(open_store: Callable[[], Services], now: Callable[[], datetime], demo: bool = False,
        folder: Path | None = None, minimized: bool = False,
        qt_options: Sequence[str] = (),
        open_folder: Callable[[Path], Services] | None = None) -> int:
    """The window over the store `open_store` opens, on the clock `now` (the real one from
    app.py; a fixed one in tests). `qt_options`: Qt's own (-style fusion), handed to Qt.
    `open_folder` opens the store in another folder, when the user chooses one because this
    one's is damaged."""
    existing = QApplication.instance()
    # argv[0] "vdtracker", whatever started us: on X11 it is WM_CLASS's instance, which
    # vdtracker.desktop's StartupWMClass names (`python -m vdtracker`, which the login entry
    # runs, would make it "__main__.py")
    app = (existing if isinstance(existing, QApplication)
           else QApplication(["vdtracker", *qt_options]))
    crash_guard.install(app, logs.current_file())
    translators = install_translators(app)  # kept referenced while the window runs
    app.setApplicationName("VD Tracker")
    # resources/vdtracker.desktop: the Wayland app id and X11's _GTK_APPLICATION_ID /
    # _KDE_NET_WM_DESKTOP_FILE, so the desktop shows our name and icon for the window
    app.setDesktopFileName(DESKTOP_ID)
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
    guards = [guard] if guard is not None else []  # the one of the folder in use, once chosen
    try:
        services = _open(open_store, open_folder, folder, guards, now)
        if isinstance(services, int):
            return services
        try:
            return _run_window(app, Context(services, now=now, demo=demo),
                               guards[0] if guards else None, minimized)
        finally:
            services.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        for held in guards:
            held.release()


def _open(open_store: Callable[[], Services], open_folder: Callable[[Path], Services] | None,
          folder: Path | None, guards: list[SingleInstance], now: Callable[[], datetime]
          ) -> Services | int:
    """The store, or the exit code when there is none to open. A damaged or too-new one asks
    what to do (it is never changed): restore the newest good backup, open another folder, or
    quit (3). Any other storage failure is a message, and 3."""
    while True:
        try:
            return open_store()
        except StorageError as err:
            from .dialogs.damaged_store import Choice, DamagedStoreDialog, is_damage

            if not is_damage(err):
                tell(QMessageBox.Icon.Critical, None, _title(), window_wording().storage(err))
                return 3
            sqlite = folder is not None and paths.database_url(folder).startswith("sqlite")
            # a store of a newer version is not replaced by an older backup from here: its
            # newest entries are in it (installing that version opens it)
            offer = sqlite and err.kind != "too-new"
            good = backups.newest_good(folder) if folder is not None and offer else None
            choice = DamagedStoreDialog(err, folder, good,
                                        other_folder=open_folder is not None).exec()
        if choice == Choice.RESTORE and good is not None and folder is not None:
            try:
                held, aside = backups.restore_damaged(folder, good.path, now())
            except (OSError, StorageError, backups.NotABackup) as failed:
                why = (window_wording().not_a_backup(failed.kind)
                       if isinstance(failed, backups.NotABackup)
                       else window_wording().storage(failed) if isinstance(failed, StorageError)
                       else failed.strerror or str(failed))
                tell(QMessageBox.Icon.Warning, None, _title(), arg(QCoreApplication.translate(
                    "Launch", "The backup could not be put back (%1). Nothing was changed."),
                    why))
            else:
                words = window_wording()
                tell(QMessageBox.Icon.Information, None, _title(), arg(QCoreApplication.translate(
                    "Launch", "Restored the backup of %1 (%2). The file that could not be "
                    "opened is kept, as it was, in %3."),
                    words.day(held.made.date()), words.records.counts(held.counts), str(aside)))
        elif choice == Choice.OTHER_FOLDER and open_folder is not None:
            chosen = QFileDialog.getExistingDirectory(
                None, QCoreApplication.translate("Launch", "Open another folder"),
                str(folder.parent if folder is not None else Path.home()))
            if chosen:
                target = Path(chosen).resolve()
                refused = _move_guard(guards, target)
                if refused is not None:
                    return refused
                folder, open_store = target, functools.partial(open_folder, target)
        else:
            return 3


def _move_guard(guards: list[SingleInstance], target: Path) -> int | None:
    """Hold the single-instance lock of `target` instead of the old folder's; the exit code
    when another copy runs on `target` (its window is brought to the front)."""
    if guards and guards[0].folder.resolve() == target:
        return None
    guard = SingleInstance(target)
    if not guard.acquire():
        if guard.ask_running_copy_to_show():
            tell(QMessageBox.Icon.Information, None, _title(), _already())
            return 0
        tell(QMessageBox.Icon.Warning, None, _title(), _no_answer(target / "vdtracker.lock"))
        return 3
    for held in guards:
        held.release()
    guards[:] = [guard]
    guard.listen()
    return None


def _run_window(app: QApplication, ctx: Context, guard: SingleInstance | None,
                minimized: bool) -> int:
    window = MainWindow(ctx)
    if guard is not None and not ctx.demo:  # the demo opens at its own size and keeps none
        window_place.keep(window, guard.folder)
    # The demo stays inside its window: no tray icon (closing it ends the demo, as its banner
    # says) and no desktop notifications that look like the user's own reminders.
    # Quit goes through the window: it asks about unsaved typing before the app ends
    window.tray = None if ctx.demo else make_tray(window, window.quit_app)
    if window.tray is not None:
        app.setQuitOnLastWindowClosed(False)
    if guard is not None:
        guard.show_requested.connect(lambda: show(window))
    if not (minimized and window.tray is not None):
        window.show()
    if window.tray is None and not ctx.demo and not ctx.services.settings.get(opts.NO_TRAY_TOLD):
        # said once, so in the bar that stays until dismissed: in the status bar the day's
        # first notice (shown just after the window) replaced it before anyone read it
        window.message_bar.say(QCoreApplication.translate(
            "Launch",
            "This desktop has no system tray: reminders appear in this window while it is "
            "open. Export your schedules to your calendar (File menu) to be reminded when it "
            "is closed."))
        with contextlib.suppress(StorageError):  # a locked store: told again next start
            ctx.services.settings.set(opts.NO_TRAY_TOLD, True)
    # The window first; then what reads the whole diary again or talks to the desktop: the
    # reminders' catch-up, the tray's "due next", the notification service (D-Bus)
    after_first_paint(window, lambda: _start_reminders(window, ctx))
    code = app.exec()
    _end(window)
    return code


def _end(window: MainWindow) -> None:
    """The window and its reminders end with the event loop, before the store is closed (and
    the demo's folder removed): a timer of theirs (the next reminder, a day change, a draft)
    would otherwise read or write a closed store if the process went on, as a test run does."""
    for gone in (window.reminders, window):
        if gone is not None:
            gone.deleteLater()
            QCoreApplication.sendPostedEvents(gone, QEvent.Type.DeferredDelete)


def _start_reminders(window: MainWindow, ctx: Context) -> None:
    """The notifier (the desktop's notifications with buttons where it has them, else the
    tray, else this window) and the reminder timer, delivering at once what fell due. Run
    from a timer after the first paint, where an error would only reach the crash box: each
    part that talks to the desktop falls back, and reminders that cannot start say so."""
    # imported here: nothing of the reminders' own is needed before the paint (issue 28)
    from .reminders.controller import ReminderController
    from .reminders.notifier import Notifier, TrayNotifier, WindowNotifier

    fallback: Notifier = (TrayNotifier(window.tray) if window.tray is not None
                          else WindowNotifier(ctx))
    notifier = fallback
    if window.tray is not None:
        try:
            TrayTooltip(ctx, window.tray)  # what is due next (a child of the tray)
        except Exception:  # noqa: BLE001  (the tooltip is a nicety; reminders are not)
            log.exception("The tray's tooltip could not be set up")
    if sys.platform.startswith("linux") and not ctx.demo:
        try:
            from .reminders.dbus_notifier import DBusNotifier

            buttons = DBusNotifier.connect()  # buttons in the notification, where it has them
        except Exception:  # noqa: BLE001  (the tray or the window tells instead)
            log.exception("The desktop's notification service could not be reached")
            buttons = None
        if buttons is not None:  # what the bus cannot show still reaches the patient
            buttons.use_fallback(fallback)
            notifier = buttons
    try:
        window.reminders = ReminderController(ctx, notifier)  # kept as long as the window
        window.reminders.start()
    except Exception as err:  # noqa: BLE001  (said in the window, never silent)
        log.exception("Reminders could not start")
        window.message_bar.say(arg(QCoreApplication.translate(
            "Launch", "Reminders could not start (%1). Today still shows the doses due; "
            "close VD Tracker and open it again to try once more."), str(err)), kind=WARNING)
