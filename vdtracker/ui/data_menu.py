"""File menu: Back up now…, Restore…, Import… and Export all my data — the window's side of
backups and exchange files (the work is done in storage/backups.py and the services)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from ..domain.errors import InvalidInput
from ..storage import backups
from ..storage.errors import StorageError
from ..wording import arg
from .answers import tell
from .context import Context
from .undo_steps import Step
from .widgets.message_bar import INFO, WARNING, MessageBar

log = logging.getLogger(__name__)
FORMATS = ("json", "csv", "fhir")


class DataMenu(QObject):
    """The actions, over the window's context; `parent_widget` owns the dialogs, `bar` says
    what was done in full (the status bar only a short form)."""

    def __init__(self, ctx: Context, parent_widget: QWidget, bar: MessageBar | None = None
                 ) -> None:
        super().__init__(parent_widget)
        self.ctx, self.parent_widget = ctx, parent_widget
        self.bar = bar or MessageBar(parent_widget)

    def _said(self, short: str, text: str, path: str | None = None, kind: str = INFO) -> None:
        """`text` in the message bar, where it stays until dismissed; `short` in the status bar."""
        self.bar.say(text, path, kind)
        self.ctx.signals.message.emit(short)

    def export_calendar(self) -> Path | None:
        """The saved schedules as an iCalendar file, said in full in the message bar."""
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Export schedules"),
            str(Path.home() / self.tr("vdtracker-schedules.ics")), "iCalendar (*.ics)")
        if not path:
            return None
        try:
            n = self.ctx.services.export.ics(Path(path), self.ctx.words)
        except (OSError, StorageError, InvalidInput) as err:
            said = arg(self.tr("Not exported: %1"), self._why(err))
            self._said(said, said, path, WARNING)
            return None
        self._said(arg(self.tr("Exported to %1."), Path(path).name), arg(self.tr(
            "Exported %n schedule(s) to the file below. Import it into your phone's calendar; "
            "a newer export updates the same events.", "", n)), path)
        return Path(path)

    def add_actions(self, menu: QMenu) -> None:
        """The data actions, in the File menu (backups only for the SQLite file)."""
        export = menu.addMenu(self.tr("E&xport all my data"))
        labels = {"json": self.tr("As a VD Tracker file (.&json) — complete, can be imported…"),
                  "csv": self.tr("As spreadsheet files (a folder of .&csv)…"),
                  "fhir": self.tr("For a health record system (&FHIR R4 .json)…")}
        for fmt in FORMATS:
            act = QAction(labels[fmt], self.parent_widget)
            act.triggered.connect(lambda _=False, f=fmt: self.export_all(f))
            export.addAction(act)
        importing = QAction(self.tr("&Import from an export…"), self.parent_widget)
        importing.triggered.connect(lambda: self.import_file())
        menu.addAction(importing)
        menu.addSeparator()
        local = self.ctx.services.db.url.startswith("sqlite")
        backup = QAction(self.tr("&Back up now"), self.parent_widget)
        backup.triggered.connect(self.back_up_now)
        restore_ = QAction(self.tr("R&estore a backup…"), self.parent_widget)
        restore_.triggered.connect(lambda: self.restore())
        for act in (backup, restore_):
            act.setEnabled(local and not self.ctx.demo)
            menu.addAction(act)

    def _why(self, err: Exception) -> str:
        from ..exchange.document import NotAnExport  # the export's code: when one is read

        if isinstance(err, StorageError):
            return self.ctx.words.storage(err)
        if isinstance(err, InvalidInput | NotAnExport):
            return self.ctx.words.reason(err.reason)
        if isinstance(err, backups.NotABackup):
            return self.ctx.words.not_a_backup(err.kind)
        return (err.strerror if isinstance(err, OSError) and err.strerror else str(err))

    def export_all(self, fmt: str) -> Path | None:
        names = {"json": self.tr("vdtracker-export.json"), "csv": self.tr("vdtracker-export-csv"),
                 "fhir": self.tr("vdtracker-fhir.json")}
        filters = {"json": self.tr("VD Tracker export (*.json)"),
                   "csv": self.tr("A new folder for the csv files (*)"),
                   "fhir": self.tr("FHIR Bundle (*.json)")}
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Export all my data"),
                                              str(Path.home() / names[fmt]), filters[fmt])
        if not path:
            return None
        out = Path(path)
        try:
            if fmt == "json":
                held = self.ctx.services.export.json(out)
            elif fmt == "csv":
                held = self.ctx.services.export.csv(out)
            else:
                held = self.ctx.services.export.fhir(out, self.ctx.today())
        except (OSError, StorageError, InvalidInput) as err:
            said = arg(self.tr("Not exported: %1"), self._why(err))
            self._said(said, said, str(out), WARNING)
            return None
        said = self.tr("Exported %1 to the file below. It contains health data: keep it where "
                       "only you can read it.")
        self._said(arg(self.tr("Exported to %1."), out.name),
                   arg(said, self.ctx.words.records.counts(held)), str(out))
        return out

    def import_file(self, path: str | None = None) -> bool:
        """Choose a file, see the preview, then import it all as one undo step."""
        from ..exchange.document import NotAnExport
        from ..services.export import load  # the export code is imported when it is used
        from ..services.importing import ImportRefused
        from .dialogs.import_preview import ImportPreview

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.parent_widget, self.tr("Import from an export"), str(Path.home()),
                self.tr("VD Tracker export (*.json);;Any file of a csv export folder (*.csv)"))
        if not path:
            return False
        try:
            doc = load(Path(path))
            plan = self.ctx.services.importing.preview(doc)
        except (OSError, StorageError, NotAnExport) as err:
            said = self.tr("%1 cannot be imported: %2. Nothing was changed.")
            tell(QMessageBox.Icon.Warning, self.parent_widget, self.tr("Import"),
                                arg(said, path, self._why(err)))
            return False
        preview = ImportPreview(self.ctx, plan, path, self.parent_widget)
        answer = preview.exec()
        preview.deleteLater()
        if answer != QDialog.DialogCode.Accepted:
            return False
        try:
            done = self.ctx.services.importing.apply(doc)
        except (ImportRefused, StorageError) as err:
            why = (self.tr("the data changed meanwhile; look at the file again") if isinstance(
                err, ImportRefused) else self._why(err))
            self.ctx.signals.message.emit(arg(self.tr("Nothing was imported: %1"), why))
            return False
        counts = self.ctx.words.records.counts(done.new, self.tr("nothing new"))
        if done.changes:
            self.ctx.undo.push(Step(self.ctx, arg(self.tr("import of %1"), counts), done.changes))
        self.ctx.signals.changed.emit()
        if done.settings:
            self.ctx.signals.settings_changed.emit()
        said = self.tr("Imported %1 from %2. Edit ▸ Undo takes the import back.")
        self.ctx.signals.message.emit(arg(said, counts, path))
        return True

    def back_up_now(self) -> Path | None:
        where = Path(self.ctx.services.db.where)
        try:
            out = backups.make_backup(where, self.ctx.now(), kept=True)
        except (OSError, StorageError, backups.NotABackup) as err:
            said = arg(self.tr("Not backed up: %1. Your data is unchanged."), self._why(err))
            self._said(said, said, kind=WARNING)
            return None
        said = self.tr("Backed up, and the copy checked: it is in the file below. It contains "
                       "health data: keep it where only you can read it.")
        self._said(arg(self.tr("Backed up to %1."), out.name), said, str(out))
        return out

    def restore(self) -> bool:
        """Choose a backup, then put it in place; the window goes on, on the restored store."""
        from .dialogs.restore_dialog import RestoreDialog

        where = Path(self.ctx.services.db.where)
        dialog = RestoreDialog(self.ctx, backups.folder_of(where), self.parent_widget)
        answer, chosen = dialog.exec(), dialog.chosen
        dialog.deleteLater()
        if answer != QDialog.DialogCode.Accepted or chosen is None:
            return False
        return self.restore_from(chosen)

    def restore_from(self, chosen: backups.Holdings) -> bool:
        where = Path(self.ctx.services.db.where)
        self.ctx.services.db.close()  # no connection of ours stays open on the file replaced
        try:
            held, aside = backups.restore(where, chosen.path, self.ctx.now())
        except (OSError, StorageError, backups.NotABackup) as err:
            tell(QMessageBox.Icon.Warning, self.parent_widget, self.tr("Restore"), arg(self.tr(
                "The backup was not restored: %1. Your data is as it was."), self._why(err)))
            return False
        finally:
            try:
                self.ctx.services.db.reopen()
            except StorageError as err:  # the restored file will not open: say it, keep going
                log.warning("reopening after a restore failed: %s", err.kind)
                self.ctx.signals.message.emit(self.ctx.words.storage(err))
        self.ctx.undo.clear()  # its steps name rows of the store that was replaced
        self.ctx.signals.store_replaced.emit()  # forms forget the entries they were changing
        self.ctx.signals.changed.emit()
        self.ctx.signals.settings_changed.emit()
        text = (self.tr("Restored the backup of %1 (%2). The database that could not be read "
                        "is kept, as it was, in %3.") if aside.name.startswith("damaged-")
                else self.tr("Restored the backup of %1 (%2). What was there before is set "
                             "aside in %3: restore that file to undo."))
        day, counts = self.ctx.words.day(held.made.date()), self.ctx.words.records.counts(
            held.counts)
        said = arg(text, day, counts, str(aside))
        self._said(arg(self.tr("Restored the backup of %1."), day), said, str(aside))
        tell(QMessageBox.Icon.Information, self.parent_widget, self.tr("Restore"), said)
        return True
