"""A bug in a slot is logged and told in one sentence; the window, and what was typed, carry on."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    Qt,
    QThread,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QMessageBox

from ..wording import arg
from .answers import same

log = logging.getLogger(__name__)
qt_log = logging.getLogger("vdtracker.qt")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]
MessageHandler = Callable[[QtMsgType, QMessageLogContext, str], Any]

LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def sentence(log_file: Path | None) -> str:
    """The words the user sees; without a log file (no entry point set one) logging uses stderr."""
    where = str(log_file) if log_file is not None else QCoreApplication.translate(
        "CrashGuard", "the program's error output")
    return arg(QCoreApplication.translate(
        "CrashGuard", "Something went wrong. What you saved is safe; details are in %1."), where)


class CrashGuard:
    """Owns the hooks it installed, so a test (or a second run()) can put the old ones back."""

    def __init__(self, app: QCoreApplication, log_file: Path | None) -> None:
        self.app = app
        self.log_file = log_file
        self.box: QMessageBox | None = None
        self._old_hook: ExceptHook = sys.excepthook
        self._old_handler: MessageHandler | None = None
        self._installed = False

    def install(self) -> CrashGuard:
        self._old_hook = sys.excepthook
        sys.excepthook = self.excepthook
        self._old_handler = qInstallMessageHandler(self.qt_message)
        self._installed = True
        return self

    def uninstall(self) -> None:
        if not self._installed:
            return
        self._installed = False
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._old_hook
        qInstallMessageHandler(self._old_handler)

    def excepthook(self, kind: type[BaseException], err: BaseException,
                   tb: TracebackType | None) -> None:
        """PySide hands an exception escaping a slot here and then returns to the event loop."""
        if issubclass(kind, KeyboardInterrupt):
            self._old_hook(kind, err, tb)  # Ctrl+C in the terminal still stops the program
            return
        log.critical("Unexpected error", exc_info=(kind, err, tb))
        if not same(QThread.currentThread(), self.app.thread()):
            return  # widgets belong to the GUI thread; the log has it
        try:
            self._tell()
        except Exception:  # the hook must never raise: that would recurse or abort
            log.exception("Could not show the error message")

    def _tell(self) -> None:
        """One box at a time: a bug in a repeated paint must not bury the screen in boxes."""
        if self.box is not None and self.box.isVisible():
            return
        if self.box is None:
            # Without a parent and not modal: every open form stays usable and untouched, and
            # the path can be selected and copied.
            self.box = QMessageBox(QMessageBox.Icon.Critical,
                                   QCoreApplication.translate("CrashGuard", "VD Tracker"),
                                   sentence(self.log_file), QMessageBox.StandardButton.Ok)
            self.box.setWindowModality(Qt.WindowModality.NonModal)  # QMessageBox defaults to modal
            self.box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.box.show()

    def qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        """Qt's own warnings go to the log, then on to whoever listened before (e.g. pytest-qt)."""
        where = f" ({context.category})" if context.category not in (None, "", "default") else ""
        qt_log.log(LEVELS.get(kind, logging.WARNING), "%s%s", message, where)
        if self._old_handler is not None:
            self._old_handler(kind, context, message)


def install(app: QCoreApplication, log_file: Path | None) -> CrashGuard:
    """Log Qt's messages and catch escaping exceptions for the rest of the app's life."""
    return CrashGuard(app, log_file).install()
