"""The calm dialog when the store is damaged or too new: what happened, and the ways on."""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...storage.backups import Holdings
from ...storage.errors import StorageError
from ...storage.precheck import WalUnreadable
from ...wording import arg
from ..window_words import window_wording

DAMAGE = frozenset({"unreadable", "foreign", "too-new"})  # the rest (locked, full, ...): a message


def is_damage(err: StorageError) -> bool:
    """Whether the file itself is the trouble (damaged, not ours, too new), not the disk or
    another program: then there is something to choose, not only to read."""
    return err.kind in DAMAGE


class Choice(enum.IntEnum):
    QUIT = 0
    RESTORE = 1
    OTHER_FOLDER = 2


class DamagedStoreDialog(QDialog):
    """Restore the newest good backup (only when there is one), Open another folder…, Quit.
    exec() answers a Choice; Escape and closing the window are Quit."""

    def __init__(self, err: StorageError, folder: Path | None, backup: Holdings | None,
                 parent: QWidget | None = None, other_folder: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("VD Tracker"))
        self.backup = backup
        em = self.fontMetrics().horizontalAdvance("M")
        outer = QHBoxLayout(self)
        outer.setSpacing(em)
        outer.setContentsMargins(em, em, em, em)
        outer.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # as tall as the wrapped text
        icon = QLabel(self)
        size = max(self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self),
                   self.fontMetrics().height() * 2)  # grows with a larger text size
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation, None, self).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        outer.addWidget(icon)
        column = QVBoxLayout()
        outer.addLayout(column, 1)
        column.setSpacing(em * 2 // 3)
        self.heading = self._label(self.tr("Your diary could not be opened"))
        font = QFont(self.heading.font())
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setAccessibleName(self.heading.text())
        column.addWidget(self.heading)
        self.what = self._label(self._what(err))
        self.what.setMinimumWidth(em * 38)  # lines a reader takes in at a glance
        self.folder = self._label(arg(self.tr("Data folder: %1"), str(folder))
                                  if folder is not None else "")
        self.folder.setVisible(folder is not None)
        self.unchanged = self._label(self.tr(
            "Nothing was changed: the file is exactly as it was, and VD Tracker will not try to "
            "repair it.") if err.kind == "unreadable" else self.tr(
            "Nothing was changed: the file is exactly as it was."))
        if err.kind == "too-new":  # newer entries are in it: a backup is no way out of that
            backup = None
        self.about_backup = self._label(self._about_backup(backup))
        self.about_backup.setVisible(err.kind != "too-new")
        for label in (self.what, self.folder, self.unchanged, self.about_backup):
            column.addWidget(label)
        column.addSpacing(em // 3)
        self.restore: QPushButton | None = None
        if backup is not None:
            self.restore = self._button(
                arg(self.tr("&Restore the newest good backup (%1)"), self._made(backup)),
                Choice.RESTORE)
        self.other: QPushButton | None = None
        if other_folder:
            self.other = self._button(self.tr("&Open another folder…"), Choice.OTHER_FOLDER)
        self.quit = self._button(self.tr("&Quit"), Choice.QUIT)
        buttons = QVBoxLayout()
        buttons.setSpacing(em // 2)
        for button in (self.restore, self.other, self.quit):
            if button is not None:
                buttons.addWidget(button)
        column.addLayout(buttons)
        column.addStretch(1)
        self.quit.setDefault(True)  # Enter changes nothing; restoring is a choice made
        self.quit.setFocus()

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _button(self, text: str, choice: Choice) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda: self.done(int(choice)))
        return button

    def _what(self, err: StorageError) -> str:
        if isinstance(err, WalUnreadable):
            return self.tr("The file of recent changes kept beside your diary (its name ends in "
                           "-wal) is damaged, so the latest entries cannot be read.")
        if err.kind == "foreign":
            return self.tr("The database file in your data folder belongs to another program: "
                           "it holds tables that are not VD Tracker's.")
        if err.kind == "too-new":
            return arg(self.tr(
                "Your diary was saved by a newer version of VD Tracker (database version %1), "
                "which this version cannot read. Installing that version or a newer one opens "
                "it as it is."), err.where)
        return self.tr("The database file in your data folder is damaged or is not a VD Tracker "
                       "database (it may have been cut short, or overwritten by something "
                       "else), so it cannot be read.")

    def _about_backup(self, backup: Holdings | None) -> str:
        if backup is None:
            return self.tr("There is no good backup of this data folder to put back. Another "
                           "folder may hold your diary, for example a copy you kept.")
        held = window_wording().records.counts(backup.counts, self.tr("no entries"))
        return arg(self.tr(
            "The newest good backup is from %1 and holds %2; what was entered after it is not "
            "in it. Restoring it keeps the file that cannot be opened in the backups folder."),
            self._made(backup), held)

    def _made(self, backup: Holdings) -> str:
        made = backup.made
        return window_wording().day(made.date()) + ", " + QLocale().toString(
            QTime(made.hour, made.minute), QLocale.FormatType.ShortFormat)

    def reject(self) -> None:
        self.done(int(Choice.QUIT))


__all__ = ["Choice", "DamagedStoreDialog", "is_damage"]
