"""Today: the alerts in force, the doses due, and the day's symptoms in under a minute."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout,
                               QWidget)

from ...domain.errors import InvalidInput
from ...domain.alert_types import weekday_day_text
from ...services import diary
from ...storage.errors import StorageError
from ..undo_steps import record_added
from ..explain import explain
from ..context import Context, coalesced
from ..widgets.alert_banner import AlertBanner
from ..widgets.day_form import DayForm
from ..widgets.doses_today import DosesToday
from ..widgets.fonts import emphasize


class TodayPage(QScrollArea):
    def __init__(self, ctx: Context, page_titles: dict[str, str]) -> None:
        super().__init__()
        self.ctx, self.page_titles = ctx, page_titles
        self.setWidgetResizable(True)
        body = QWidget(self)
        lay = QVBoxLayout(body)
        self.heading = QLabel(body)
        emphasize(self.heading, 1.5)
        lay.addWidget(self.heading)
        self.banner = AlertBanner(body)
        self.banner.open_page.connect(ctx.signals.open_page)
        lay.addWidget(self.banner)
        self.doses = DosesToday(body)
        self.doses.answered.connect(self._dose_answered)
        self.doses.snoozed.connect(self._snoozed)
        lay.addWidget(self.doses)
        self.form = DayForm(body)
        self.form.changed.connect(self._update_save)
        lay.addWidget(self.form)
        row = QHBoxLayout()
        self.save = QPushButton(self.tr("&Save today's entry"), body)
        self.save.setAccessibleName(self.tr("Save today's entry"))
        self.save.setDefault(True)
        self.save.clicked.connect(self.save_day)
        self.reason = QLabel(body)
        self.reason.setWordWrap(True)
        self.reason.setAccessibleName(self.tr("Why Save is unavailable"))
        row.addWidget(self.save)
        row.addWidget(self.reason, 1)
        lay.addLayout(row)
        self.error = QLabel(body)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        emphasize(self.error)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        lay.addWidget(self.error)
        lay.addStretch(1)
        self.setWidget(body)
        for keys in ("Ctrl+S", "Ctrl+Return"):
            QShortcut(QKeySequence(keys), self, self.save_day)
        later = coalesced(self, self.refresh)
        ctx.signals.changed.connect(later)
        ctx.signals.settings_changed.connect(later)
        ctx.signals.reminders_changed.connect(later)
        self.refresh()
        self._update_save()

    def refresh(self) -> None:
        today = self.ctx.today()
        self.heading.setText(self.tr("Today, %s") % weekday_day_text(today))
        try:
            alerts = self.ctx.alerts.alerts(today, self.ctx.settings.profiles())
            self.banner.show_alerts(alerts, self.page_titles)
            now = self.ctx.now()
            snoozed = {k: t for k, t in self.ctx.reminders.snoozed.items() if t > now}
            self.doses.show_doses(self.ctx.doses_today.due(today), snoozed)
        except StorageError as err:
            self._show_error(str(err))

    def _update_save(self) -> None:
        reason = self.form.missing_reason()
        self.save.setEnabled(reason is None)
        self.save.setToolTip(reason or "")
        self.reason.setText(reason or "")

    def _rows(self) -> list[diary.Entry]:
        f, today = self.form, self.ctx.today()
        now = datetime.now().time().replace(second=0, microsecond=0)
        note = f.note.text().strip() or None
        rows: list[diary.Entry] = []
        if f.pain.value() is not None:
            rows.append(diary.pain_row(f.pain.value(), day=today, today=today, at=now,
                                       region=f.pain_region.currentText() or None, note=note))
            note = None
        if f.cramp_count.value():
            rows.append(diary.cramp_row(
                day=today - timedelta(days=1), today=today, count=f.cramp_count.value(),
                severity=f.cramp_severity.value(), sleep=f.cramp_sleep.value(),
                duration=f.cramp_minutes.value() or None,
                region=f.cramp_region.currentText() or None,
                side=f.cramp_side.currentText() or None, note=note))
            note = None
        if f.spasm_count.value():
            rows.append(diary.spasm_row(day=today, today=today, count=f.spasm_count.value(),
                                        severity=f.spasm_severity.value(),
                                        region=f.spasm_region.currentText() or None, note=note))
        return rows

    def save_day(self) -> None:
        if self.form.missing_reason() is not None:
            return
        try:
            saved = self.ctx.diary.save(self._rows())
        except (InvalidInput, StorageError) as err:  # the form keeps every value typed
            self._show_error(self.tr("Not saved: %s") % explain(err))
            return
        self.error.hide()
        record_added(self.ctx, self.tr("Save today's entry"), [(s.kind, s.id) for s in saved])
        self.ctx.signals.message.emit(self.tr("Saved: %s.") % "; ".join(s.summary for s in saved))
        self.form.clear()

    def _dose_answered(self, regimen_id: int, supplement: str, at: object) -> None:
        today = self.ctx.today()
        try:
            saved = self.ctx.regimens.record_dose(supplement=supplement, day=today, today=today,
                                                  at=at, skipped=at is None)  # type: ignore[arg-type]
        except (InvalidInput, StorageError) as err:
            self._show_error(self.tr("Not saved: %s") % explain(err))
            return
        record_added(self.ctx, saved.summary, [(saved.kind, saved.id)])
        self.ctx.signals.message.emit(self.tr("Saved: %s.") % saved.summary)

    def _snoozed(self, regimen_id: int, due: object, choice: str) -> None:
        until = self.ctx.snooze((regimen_id, due), choice)  # type: ignore[arg-type]
        self.ctx.signals.message.emit(self.tr("Reminder snoozed until %s.") % until.strftime("%H:%M"))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
