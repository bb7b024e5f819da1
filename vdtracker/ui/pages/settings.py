"""Settings: which threshold profile flags results, display units, where the data lives."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

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

    def _set(self, option: opts.Option, box: QComboBox) -> None:
        self.ctx.settings.set(option, box.currentData())
        self.ctx.signals.settings_changed.emit()
        self.ctx.signals.message.emit(self.tr("Saved: %s.") % box.currentText())
