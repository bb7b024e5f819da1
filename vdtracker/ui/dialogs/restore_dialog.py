"""File ▸ Restore…: the backups there are, newest first, each with what it holds (a damaged one
says so and cannot be chosen), or another file; nothing changes until Restore is pressed."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...storage import backups
from ...wording import arg
from ..context import Context

SKIPPED = ("damaged-",)  # a damaged store set aside: kept for the record, never offered


def candidates(folder: Path) -> list[Path]:
    """Every copy in the backups folder that might be put back, newest first by the date each
    was made (the stamp in its name: a copy moved or restored from elsewhere keeps it)."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob("*.sqlite3") if not p.name.startswith(SKIPPED)]
    # two made in the same second (…-093000-2): the later file is the newer
    return sorted(found, key=lambda p: (backups.made_at(p), p.stat().st_mtime), reverse=True)


class RestoreDialog(QDialog):
    def __init__(self, ctx: Context, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chosen: backups.Holdings | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(min(680, (parent.width() - 40) if parent is not None else 680))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choose the copy to put back. What is stored now is set aside first, in the backups "
            "folder: restoring that copy undoes this."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        for path in candidates(folder):
            self._add(path)
        self.empty = QLabel(arg(self.tr("There are no backups in %1 yet."), str(folder)), self)
        self.empty.setWordWrap(True)
        self.empty.setVisible(self.list.count() == 0)
        layout.addWidget(self.empty)
        other = QPushButton(self.tr("Choose &another file…"), self)
        other.clicked.connect(self._other)
        layout.addWidget(other, 0, Qt.AlignmentFlag.AlignLeft)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.list.currentItemChanged.connect(self._chose)
        first_good = next((self.list.item(i) for i in range(self.list.count())
                           if self.list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled), None)
        if first_good is not None:
            self.list.setCurrentItem(first_good)
        self._chose(first_good)

    def _kind(self, path: Path) -> str:
        if path.name.startswith(backups.PREFIX):
            return self.tr("automatic backup")
        if path.name.startswith(backups.KEPT):
            return self.tr("backup you made")
        if path.name.startswith("set-aside-before-restore-"):
            return self.tr("set aside before a restore")
        if path.name.startswith("before-migration-"):
            return self.tr("copy made before an update")
        return path.name

    def _when(self, made: datetime) -> str:
        """'Mon 30 Nov 2026, 09:30': the day the copy was made, and the time."""
        return arg(self.tr("%1, %2"), self.ctx.words.weekday_day(made.date()), f"{made:%H:%M}")

    def _add(self, path: Path, first: bool = False) -> QListWidgetItem:
        words = self.ctx.words
        try:
            held = backups.holdings(path)
        except backups.NotABackup as err:
            made = self._when(backups.made_at(path))
            text = arg(self.tr("%1 · %2 — cannot be restored (%3)"), made, self._kind(path),
                       words.not_a_backup(err.kind))
            item = QListWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        else:
            made = self._when(held.made)
            text = arg(self.tr("%1 · %2 — %3"), made, self._kind(path),
                       words.records.counts(held.counts, self.tr("no entries")))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, held)
        item.setToolTip(str(path))
        if first:
            self.list.insertItem(0, item)
        else:
            self.list.addItem(item)
        return item

    def _chose(self, item: QListWidgetItem | None) -> None:
        held = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.chosen = held if isinstance(held, backups.Holdings) else None
        self.restore_button.setEnabled(self.chosen is not None)

    def _other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a file"),
                                              str(Path.home()),
                                              self.tr("VD Tracker backups (*.sqlite3);;"
                                                      "All files (*)"))
        if path:
            item = self._add(Path(path), first=True)
            self.empty.hide()
            self.list.setCurrentItem(item)
            self._chose(item)

