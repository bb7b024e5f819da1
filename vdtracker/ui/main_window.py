"""The main window: a thin shell of sidebar navigation, pages, menus, undo/redo and a status bar."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from ..services import settings as opts
from ..storage.errors import StorageError
from ..wording import arg
from . import data_menu, drafts, leaving, speaking, undo_steps
from .context import Context
from .day_watch import DayWatch
from .input_guard import InputGuard
from .widgets.fonts import emphasize
from .widgets.message_bar import MessageBar
from .widgets.page_icons import NavIcons

if TYPE_CHECKING:
    from .reminders.controller import ReminderController

PAGES = ("today", "history", "trends", "supplements", "labs", "settings")
DRAFTS = {"supplements": opts.DRAFT_SCHEDULE, "labs": opts.DRAFT_LAB}  # besides Today's own


def _factory(key: str) -> Callable[[Context, dict[str, str]], QWidget]:
    """Pages are imported and built the first time they are shown (start-up stays light)."""
    def build(ctx: Context, titles: dict[str, str]) -> QWidget:
        if key == "today":
            from .pages.today import TodayPage
            return TodayPage(ctx, titles)
        if key == "history":
            from .pages.history import HistoryPage
            return HistoryPage(ctx)
        if key == "trends":
            from .pages.trends import TrendsPage  # pyqtgraph is loaded only here
            return TrendsPage(ctx)
        if key == "supplements":
            from .pages.supplements import SupplementsPage
            return SupplementsPage(ctx)
        if key == "labs":
            from .pages.labs import LabsPage
            return LabsPage(ctx)
        from .pages.settings import SettingsPage
        return SettingsPage(ctx)
    return build


def scrolled(page: QWidget) -> QWidget:
    """A page that is not a scroll area itself gets one: at 1024×640 or at 200 % text size a
    wide filter bar or form scrolls instead of pushing the window past the screen."""
    if isinstance(page, QAbstractScrollArea):
        return page
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


class MainWindow(QMainWindow):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        # set by launch when a system tray keeps reminders running
        self.tray: QSystemTrayIcon | None = None
        # set by launch once the window has been painted (the reminder timer and notifier)
        self.reminders: ReminderController | None = None
        self.quitting = False  # set once Quit was asked about unsaved work and went ahead
        self.titles = dict(zip(PAGES, (self.tr("Today"), self.tr("History"), self.tr("Trends"),
                                       self.tr("Supplements"), self.tr("Labs"),
                                       self.tr("Settings")), strict=True))
        self.setWindowTitle(self.tr("VD Tracker — demo (a throw-away copy)") if ctx.demo
                            else self.tr("VD Tracker"))
        self.resize(self._first_size())
        body = QWidget(self)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        if ctx.demo:
            note = QLabel(self.tr("This is a demo history. Nothing you do here touches your own "
                                  "data, and it is thrown away when you close the window."), body)
            note.setWordWrap(True)
            note.setContentsMargins(8, 6, 8, 6)
            emphasize(note)
            outer.addWidget(note)
        self.message_bar = MessageBar(body)  # a backup, an export, a restore: said in full
        outer.addWidget(self.message_bar)
        row = QHBoxLayout()
        outer.addLayout(row, 1)
        self.nav = QListWidget(body)
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setStyleSheet("QListWidget::item { padding: 0.4em 0.8em; }")
        emphasize(self.nav, 1.15, bold=False)
        for i, key in enumerate(PAGES):
            self.nav.addItem(self.titles[key])
            self.nav.item(i).setToolTip(f"Ctrl+{i + 1}")
        self.nav_icons = NavIcons(self.nav, PAGES)
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 40)
        self.stack = QStackedWidget(body)
        self.pages: dict[str, QWidget] = {}
        for _ in PAGES:
            self.stack.addWidget(QWidget(self.stack))  # placeholders until first shown
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self._menus()
        self.nav.currentRowChanged.connect(lambda i: self.show_page(PAGES[i]))
        ctx.signals.open_page.connect(self.show_page)
        ctx.signals.message.connect(lambda text: speaking.notice(self.statusBar(), text))
        self.day_watch = DayWatch(ctx, self)
        app = QApplication.instance()
        self.input_guard = InputGuard(self)
        if isinstance(app, QApplication):  # a logout: the session ends with the app running
            app.commitDataRequest.connect(self._session_ends)
            app.aboutToQuit.connect(self.keep_drafts)
            app.installEventFilter(self.input_guard)  # removed with the window (its child)
        self.show_page("today")
        self._reopen_drafts()

    def _reopen_drafts(self) -> None:
        """A form whose typing a logout or a crash left unsaved is built now (it puts the typing
        back) and, when Today has none of its own, shown: the app opens where it was typed."""
        waiting = [key for key, option in DRAFTS.items()
                   if drafts.decode(self._stored(option)) is not None]
        for key in waiting:
            self.page(key)
        if waiting and drafts.decode(self._stored(opts.DRAFT_TODAY)) is None:
            self.show_page(waiting[0])

    def _stored(self, option: opts.TextOption) -> str:
        try:
            return self.ctx.services.settings.get(option)
        except StorageError:  # said on Today, which reads the store next
            return ""

    def _menus(self) -> None:
        file = self.menuBar().addMenu(self.tr("&File"))
        self.data = data_menu.DataMenu(self.ctx, self, self.message_bar)
        export = QAction(self.tr("Export schedules to your &calendar (.ics)…"), self)
        export.triggered.connect(self.data.export_calendar)
        file.addAction(export)
        summary = QAction(self.tr("&Print summary for my appointment…"), self)
        summary.setShortcut(QKeySequence.StandardKey.Print)
        summary.triggered.connect(self.print_summary)
        file.addAction(summary)
        summary_pdf = QAction(self.tr("Save summary as P&DF…"), self)
        summary_pdf.triggered.connect(self.save_summary)
        file.addAction(summary_pdf)
        file.addSeparator()
        self.data.add_actions(file)
        file.addSeparator()
        quit_ = QAction(self.tr("&Quit"), self)
        # the platform's Quit key where it has one; Ctrl+Q where it has none (Windows, or a
        # desktop Qt does not recognise)
        quit_.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
                           or [QKeySequence("Ctrl+Q")])
        quit_.triggered.connect(self.quit_app)
        file.addAction(quit_)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        # The undo index moves only once the store took the replay (a refused step keeps it).
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(lambda: undo_steps.undo(self.ctx))
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(lambda: undo_steps.redo(self.ctx))
        stack = self.ctx.undo
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)  # a method: disconnected with the window
        stack.redoTextChanged.connect(self._redo_text)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        go = self.menuBar().addMenu(self.tr("&Go"))
        for i, key in enumerate(PAGES):
            act = QAction(self.titles[key], self)
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, k=key: self.show_page(k))
            go.addAction(act)
        # no Alt letter left for it on every page in both languages: F10 (the desktops' key for
        # the menu bar) opens File, and the arrow keys go on to Help
        help_ = self.menuBar().addMenu(self.tr("Help"))
        # the bar's first action read when pressed: a wrapper of the File menu kept from here
        # was found deleted under a real X session ("QMenu already deleted" on every F10)
        QShortcut(QKeySequence("F10"), self,
                  lambda: self.menuBar().setActiveAction(self.menuBar().actions()[0])
                  ).setWhatsThis(self.tr("Open the menu bar"))
        keys = QAction(self.tr("&Keyboard shortcuts"), self)
        keys.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+?")])
        keys.triggered.connect(self.shortcuts)
        help_.addAction(keys)
        about = QAction(self.tr("&About VD Tracker"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.about)
        help_.addAction(about)

    def _first_size(self) -> QSize:
        """1280×800, or less on a smaller screen: the status bar must stay on screen."""
        room = self.screen().availableGeometry()
        return QSize(min(1280, room.width() - 40), min(800, room.height() - 60))

    def _undo_text(self, text: str) -> None:
        self.undo_action.setText(arg(self.tr("&Undo %1"), text) if text else self.tr("&Undo"))

    def _redo_text(self, text: str) -> None:
        self.redo_action.setText(arg(self.tr("&Redo %1"), text) if text else self.tr("&Redo"))

    def about(self) -> None:
        from .dialogs.about import AboutDialog

        dialog = AboutDialog(self.ctx, self)
        dialog.exec()
        dialog.deleteLater()

    def shortcuts(self) -> None:
        """Help ▸ Keyboard shortcuts: every page is built first, so all their keys are listed."""
        from .dialogs.shortcuts import ShortcutsDialog

        for key in PAGES:
            self.page(key)
        dialog = ShortcutsDialog(self, self.pages, self.titles)
        dialog.exec()
        dialog.deleteLater()

    def print_summary(self) -> None:
        """Ask for the period and what to add, then the preview (or the PDF, as chosen)."""
        from .summary import options_dialog  # Qt's print support is loaded when it is wanted

        options_dialog.summary_for_appointment(self.ctx, self, options_dialog.PRINT)

    def save_summary(self) -> None:
        from .summary import options_dialog

        options_dialog.summary_for_appointment(self.ctx, self, options_dialog.PDF)

    def _session_ends(self, _manager: object) -> None:
        self.keep_drafts()

    def quit_app(self) -> None:
        """File ▸ Quit and the tray's Quit: unsaved typing is asked about first (a slot on
        aboutToQuit could not cancel). Qt 6 closes the windows on quit: closeEvent lets it."""
        if leaving.has_unsaved(self.pages) and not self.isVisible():
            self.showNormal()
            self.raise_()
        if not leaving.may_leave(self, self.pages, self.show_page):
            return
        self.quitting = True
        QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """With a tray, closing hides the window: what is typed stays in the form and is kept
        as a draft in the store (a logout or a crash then loses nothing), and reminders go on
        (said the first time). Without one, closing quits: unsaved typing is asked about."""
        if self.quitting:
            event.accept()
            return
        if self.tray is None:
            if leaving.may_leave(self, self.pages, self.show_page):
                self.quitting = True
                event.accept()
            else:
                event.ignore()
            return
        event.ignore()
        self.keep_drafts()
        self.hide()
        settings = self.ctx.services.settings
        if not settings.get(opts.TRAY_TOLD):
            self.tray.showMessage(self.tr("VD Tracker is still running"),
                                  self.tr("Reminders go on from the tray. To stop them, choose "
                                          "Quit in the tray menu."))
            with contextlib.suppress(StorageError):  # a locked store: told again next time
                settings.set(opts.TRAY_TOLD, True)

    def keep_drafts(self) -> None:
        """What is typed and not saved, kept in the store now (before a hide, a logout)."""
        for page in self.pages.values():
            keeper = getattr(page, "drafts", None)
            if isinstance(keeper, drafts.DraftKeeper):
                keeper.write_now()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again from the tray, maybe days later: today is today before anything else."""
        self.ctx.check_day()
        super().showEvent(event)

    def page(self, key: str) -> QWidget:
        if key not in self.pages:
            index = PAGES.index(key)
            page = _factory(key)(self.ctx, self.titles)
            speaking.name_lists(page)  # what a screen reader says in its editable lists
            old = self.stack.widget(index)
            self.stack.insertWidget(index, scrolled(page))
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            self.pages[key] = page
        return self.pages[key]

    def current_page(self) -> QWidget:
        """The page shown (the stack may hold it inside a scroll area)."""
        return self.page(PAGES[self.stack.currentIndex()])

    def show_page(self, key: str) -> None:
        page = self.page(key)
        self.stack.setCurrentIndex(PAGES.index(key))
        index = PAGES.index(key)
        if self.nav.currentRow() != index:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(index)
            self.nav.blockSignals(False)
        page.setFocus()
