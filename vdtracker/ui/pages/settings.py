"""Settings: which threshold profile flags results, display units, where the data lives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ... import autostart
from ...domain.ranges import PROFILES
from ...services import settings as opts
from ...storage.errors import StorageError
from ...wording import arg
from ..context import Context
from ..widgets.alt_keys import marked, menu_letters


class SettingsPage(QWidget):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        f = QFormLayout(self)
        keys = menu_letters()  # each control an Alt+letter of its own, in any language
        self.boxes: dict[str, QComboBox] = {}
        titles = {o.key: ctx.words.common.setting(o.key, o.title)
                  for o in (opts.VITAMIN_D_PROFILE, opts.B12_PROFILE, opts.VITAMIN_D_UNIT)}
        for option in (opts.VITAMIN_D_PROFILE, opts.B12_PROFILE, opts.VITAMIN_D_UNIT):
            box = QComboBox(self)
            # long guideline names (German ones more so) must not widen the window
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(24)
            box.setAccessibleName(titles[option.key])
            for choice in option.choices:
                box.addItem(self._choice_title(choice), choice)
            box.setCurrentIndex(option.choices.index(ctx.services.settings.get(option)))
            box.currentIndexChanged.connect(lambda _=0, o=option, b=box: self._set(o, b))
            f.addRow(marked(titles[option.key], keys), box)  # the label leads to the box
            self.boxes[option.key] = box
        note = QLabel(self.tr(
            "Guideline profiles disagree with each other; whichever you pick is named "
                        "next to every flag. Discuss your results with your clinician."), self)
        note.setWordWrap(True)
        f.addRow(note)
        unit_note = QLabel(self.tr(
            "Results are always kept exactly as printed; the display unit is used "
                             "by charts and the printed summary. Until you choose one, it is "
                             "the unit of your latest vitamin D report."), self)
        unit_note.setWordWrap(True)
        f.addRow(unit_note)
        folder = QLineEdit(ctx.services.db.where, self)
        folder.setReadOnly(True)
        folder.setAccessibleName(self.tr("Data folder"))
        f.addRow(marked(self.tr("Data folder"), keys), folder)
        f.addRow(self.tr("Appearance"),
                 QLabel(self.tr("Follows your system's light or dark theme."), self))
        self.hide_names = QCheckBox(marked(
            ctx.words.common.setting(opts.HIDE_NAMES.key, opts.HIDE_NAMES.title), keys), self)
        self.hide_names.setChecked(ctx.services.settings.get(opts.HIDE_NAMES))
        self.hide_names.toggled.connect(self._hide_names)
        f.addRow(self.tr("Privacy"), self.hide_names)
        self.autostart = QCheckBox(marked(self.tr(
            "Start VD Tracker in the tray when I log in, so reminders run"), keys), self)
        self.autostart.setChecked(autostart.enabled())
        self.autostart.toggled.connect(self._autostart)
        f.addRow(self.tr("Reminders"), self.autostart)
        if ctx.demo:  # the demo's folder is thrown away: a login entry would open nothing
            self.autostart.setEnabled(False)
            why = QLabel(self.tr("Not in the demo: it would change how your own computer "
                                 "starts."), self)
            why.setWordWrap(True)
            f.addRow("", why)
        elif autostart.stale():  # a removed install's entry, which the start could not rewrite
            gone = QLabel(arg(self.tr(
                "The login entry starts a copy of VD Tracker that is no longer installed "
                "(%1). Tick the box to start this one at login instead."),
                (autostart.written() or ["?"])[0]), self)
            gone.setWordWrap(True)
            f.addRow("", gone)

    def _choice_title(self, choice: str) -> str:
        if choice in PROFILES:
            title = self.ctx.words.common.attribution(choice)
            return title[:1].upper() + title[1:]
        if choice == "lab":
            return self.tr("The range printed on each lab report (default)")
        return choice  # a unit: ng/mL, nmol/L

    def _stored(self, option: opts.Option[Any], value: Any) -> bool:
        """Store a setting; a store that refuses (locked, full) is said, never a crash."""
        try:
            self.ctx.services.settings.set(option, value)
        except StorageError as err:
            self.ctx.signals.message.emit(self.ctx.words.storage(err))
            return False
        return True

    def _hide_names(self, on: bool) -> None:
        if not self._stored(opts.HIDE_NAMES, on):
            return
        self.ctx.signals.settings_changed.emit()  # the tray's tooltip names no supplement
        self.ctx.signals.message.emit(self.tr("Saved: notifications hide supplement names.") if on
                                      else self.tr("Saved: notifications show supplement names."))

    def _autostart(self, on: bool) -> None:
        try:
            where = self.ctx.services.db.where
            autostart.set_enabled(on, Path(where) if where else None)
        except (OSError, StorageError) as err:
            why = (self.ctx.words.storage(err) if isinstance(err, StorageError)
                   else err.strerror or str(err))
            self.ctx.signals.message.emit(arg(self.tr("Could not change the login setting: %1"),
                                              why))
            self.autostart.blockSignals(True)
            self.autostart.setChecked(autostart.enabled())
            self.autostart.blockSignals(False)
            return
        self.ctx.signals.message.emit(self.tr("VD Tracker will start in the tray at login.") if on
                                      else self.tr("VD Tracker will no longer start at login."))

    def _set(self, option: opts.ChoiceOption, box: QComboBox) -> None:
        if not self._stored(option, box.currentData()):
            return
        self.ctx.signals.settings_changed.emit()
        self.ctx.signals.message.emit(arg(self.tr("Saved: %1."), box.currentText()))
