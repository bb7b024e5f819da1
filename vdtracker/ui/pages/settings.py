"""Settings: which threshold profile flags results, display units, where the data lives."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ... import autostart

from ...domain.ranges import PROFILES
from ...services import settings as opts
from ..context import Context

TITLES = {"lab": "The range printed on each lab report (default)"}


class SettingsPage(QWidget):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        t = self.tr
        f = QFormLayout(self)
        self.boxes: dict[str, QComboBox] = {}
        for option in (opts.VITAMIN_D_PROFILE, opts.B12_PROFILE, opts.VITAMIN_D_UNIT):
            box = QComboBox(self)
            box.setAccessibleName(t(option.title))
            for choice in option.choices:
                if choice in PROFILES:
                    title = PROFILES[choice].attribution
                    title = title[:1].upper() + title[1:]
                else:
                    title = TITLES.get(choice, choice)
                box.addItem(t(title), choice)
            box.setCurrentIndex(option.choices.index(ctx.settings.get(option)))
            box.currentIndexChanged.connect(lambda _=0, o=option, b=box: self._set(o, b))
            f.addRow(t(option.title), box)
            self.boxes[option.key] = box
        note = QLabel(t("Guideline profiles disagree with each other; whichever you pick is named "
                        "next to every flag. Discuss your results with your clinician."), self)
        note.setWordWrap(True)
        f.addRow(note)
        unit_note = QLabel(t("Results are always kept exactly as printed; the display unit is used "
                             "by charts and the printed summary."), self)
        unit_note.setWordWrap(True)
        f.addRow(unit_note)
        folder = QLineEdit(ctx.db.where, self)
        folder.setReadOnly(True)
        folder.setAccessibleName(t("Data folder"))
        f.addRow(t("Data folder"), folder)
        f.addRow(t("Appearance"), QLabel(t("Follows your system's light or dark theme."), self))
        self.hide_names = QCheckBox(t("Hide supplement names and doses in notifications and "
                                      "calendar exports"), self)
        self.hide_names.setChecked(ctx.settings.get(opts.HIDE_NAMES) == "on")
        self.hide_names.toggled.connect(self._hide_names)
        f.addRow(t("Privacy"), self.hide_names)
        self.autostart = QCheckBox(t("Start VD Tracker in the tray when I log in, so reminders "
                                     "run"), self)
        self.autostart.setChecked(autostart.enabled())
        self.autostart.toggled.connect(self._autostart)
        f.addRow(t("Reminders"), self.autostart)

    def _hide_names(self, on: bool) -> None:
        self.ctx.settings.set(opts.HIDE_NAMES, "on" if on else "off")
        self.ctx.signals.message.emit(self.tr("Saved: notifications %s supplement names.")
                                      % (self.tr("hide") if on else self.tr("show")))

    def _autostart(self, on: bool) -> None:
        try:
            autostart.set_enabled(on)
        except OSError as err:
            self.ctx.signals.message.emit(self.tr("Could not change the login setting: %s") % err)
            self.autostart.blockSignals(True)
            self.autostart.setChecked(autostart.enabled())
            self.autostart.blockSignals(False)
            return
        self.ctx.signals.message.emit(self.tr("VD Tracker will start in the tray at login.") if on
                                      else self.tr("VD Tracker will no longer start at login."))

    def _set(self, option: opts.Option, box: QComboBox) -> None:
        self.ctx.settings.set(option, box.currentData())
        self.ctx.signals.settings_changed.emit()
        self.ctx.signals.message.emit(self.tr("Saved: %s.") % box.currentText())
