"""The form for a schedule, typed from the prescription: no templates, no suggested amounts."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from datetime import date, time, timedelta

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import InvalidInput
from ...domain.schedule import (
    PHASES,
    WEEKDAY_NAMES,
    Regimen,
    Rule,
    average_per_day,
    end_from_weeks,
)
from ...domain.units import readable
from ...services.regimens import RegimenInput
from ...services.results import RegimenView
from ...wording import arg
from ..locale_numbers import date_box, format_number, parse_number, shown_in
from ..number_readings import two_ways
from ..window_words import LocaleFormats, plural, window_wording
from .dates import pydate, qdate
from .dose_unit_box import DoseUnitBox, buddy_label
from .time_field import TimeField


def named(r: RegimenView, locale: QLocale) -> str:
    """A saved schedule as the patient knows it: 'Vitamin D3 50,000 IU' (never its id)."""
    unit = window_wording(locale).common.unit(r.unit)
    return f"{r.supplement} {format_number(r.amount, shown_in(locale))} {unit}"


class RegimenForm(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(parent)
        self.editing: int | None = None
        f = QFormLayout(self)
        self.supplement = QComboBox(self)
        self.supplement.setEditable(True)
        self.supplement.setAccessibleName(self.tr("Supplement name as on the prescription"))
        line = self.supplement.lineEdit()
        assert line is not None  # the box is editable
        line.setPlaceholderText(self.tr("e.g. Vitamin D3"))
        f.addRow(self.tr("Su&pplement"), self.supplement)
        dose_row = QHBoxLayout()
        self.amount = QLineEdit(self)
        # no QDoubleValidator: its fix-up rewrites refused text as 1,50E+01 (see _amount)
        self.amount.setPlaceholderText(self.tr("as prescribed"))
        self.amount.setAccessibleName(self.tr("Amount per dose"))
        self.unit = DoseUnitBox(self)  # shown as the patient's packs print it, kept canonical
        self.unit.setAccessibleName(self.tr("Unit of the dose"))
        dose_row.addWidget(self.amount, 1)
        dose_row.addWidget(self.unit)
        f.addRow(buddy_label(self.tr("&Dose each time"), self.amount, self), dose_row)
        rule_box = QVBoxLayout()
        rule_row = QHBoxLayout()
        day_row = QHBoxLayout()
        rule_box.addLayout(rule_row)
        rule_box.addLayout(day_row)
        self.by_interval = QRadioButton(self.tr("E&very"), self)
        self.every = QSpinBox(self)
        self.every.setRange(1, 366)
        self.every.setValue(7)
        self.every.setAccessibleName(self.tr("Days between doses"))
        self.by_weekday = QRadioButton(self.tr("On &weekdays"), self)
        group = QButtonGroup(self)
        group.addButton(self.by_interval)
        group.addButton(self.by_weekday)
        self.by_interval.setChecked(True)
        # "Every [7 days]  On weekdays" on one line, the seven days under it: the form fits
        # an 800-px screen
        rule_row.addWidget(self.by_interval)
        rule_row.addWidget(self.every)
        rule_row.addSpacing(self.fontMetrics().horizontalAdvance("MM"))
        rule_row.addWidget(self.by_weekday)
        rule_row.addStretch(1)
        self.days: list[QCheckBox] = []
        for day in range(len(WEEKDAY_NAMES)):
            name = QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat)
            box = QCheckBox(name, self)
            box.setAccessibleName(arg(self.tr("Dose on %1"), name))
            self.days.append(box)
            day_row.addWidget(box)
        day_row.addStretch(1)
        f.addRow(buddy_label(self.tr("Sc&hedule"), self.by_interval, self), rule_box)
        self.start = date_box(self, today, today=lambda: self.today)
        self.start.setAccessibleName(self.tr("First day"))
        f.addRow(self.tr("&Starts"), self.start)
        end_row = QHBoxLayout()
        self.end_kind = QComboBox(self)
        self.end_kind.addItems([self.tr("open-ended"), self.tr("for a number of weeks"),
                                self.tr("until a date")])
        self.end_kind.setAccessibleName(self.tr("How the schedule ends"))
        self.weeks = QSpinBox(self)
        self.weeks.setRange(1, 520)
        self.weeks.setValue(12)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setAccessibleName(self.tr("Number of weeks"))
        self.end = date_box(self, today, today=lambda: self.today)
        self.end.setAccessibleName(self.tr("Last day"))
        for w in (self.end_kind, self.weeks, self.end):
            end_row.addWidget(w)
        end_row.addStretch(1)
        f.addRow(buddy_label(self.tr("E&nds"), self.end_kind, self), end_row)
        remind_row = QHBoxLayout()
        self.remind = QCheckBox(self.tr("Remind me at"), self)
        self.remind.setAccessibleName(self.tr("Remind me of each dose"))
        self.remind_at = TimeField(self, time(8, 0))
        self.remind_at.setAccessibleName(self.tr("Reminder time of day"))
        remind_row.addWidget(self.remind)
        remind_row.addWidget(self.remind_at)
        remind_row.addStretch(1)
        f.addRow(buddy_label(self.tr("Re&minder"), self.remind, self), remind_row)
        self.remind.toggled.connect(self.remind_at.setEnabled)
        self.phase = QComboBox(self)
        self.phase.addItems([self.tr("loading"), self.tr("maintenance"), self.tr("ongoing")])
        self.phase.setAccessibleName(self.tr("Phase"))
        f.addRow(self.tr("Ph&ase"), self.phase)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note about this schedule"))
        self.note.setPlaceholderText(self.tr("e.g. who prescribed it (optional)"))
        f.addRow(self.tr("N&ote"), self.note)
        self.in_words = QLabel(self)  # the rule said back as it is typed
        self.in_words.setWordWrap(True)
        self.in_words.setAccessibleName(self.tr("The schedule in words"))
        f.addRow(self.tr("In words"), self.in_words)
        self.average = QLabel(self)
        self.average.setWordWrap(True)
        f.addRow(self.tr("Average"), self.average)
        for sig in (self.amount.textChanged, self.unit.currentIndexChanged, self.every.valueChanged,
                    self.by_interval.toggled, self.end_kind.currentIndexChanged,
                    self.supplement.currentTextChanged, self.weeks.valueChanged,
                    self.start.dateChanged, self.end.dateChanged,
                    self.start.lineEdit().textChanged, self.end.lineEdit().textChanged,
                    self.remind.toggled, self.remind_at.changed):
            sig.connect(self._update)
        for box in self.days:
            box.toggled.connect(self._update)
        self.reset(today)

    def reset(self, today: date, names: list[str] | None = None) -> None:
        self.today = today  # the date boxes' Today / Yesterday
        self.editing = None
        self.setTitle(self.tr("Add a schedule as your prescription says"))
        if names is not None:
            self.supplement.clear()
            self.supplement.addItems(names)
        self.supplement.setCurrentText("")
        self.amount.setText("")  # not clear(): Ctrl+Z in the box must not bring it back
        self.unit.setCurrentIndex(0)  # nothing of the last schedule stays behind
        self.by_interval.setChecked(True)
        self.every.setValue(7)
        for box in self.days:
            box.setChecked(False)
        self.weeks.setValue(12)
        self.start.setDate(qdate(today))
        self.end.setDate(qdate(today + timedelta(weeks=12)))
        self.end_kind.setCurrentIndex(0)
        self.phase.setCurrentIndex(PHASES.index("ongoing"))
        self.note.setText("")
        self.remind.setChecked(True)
        self.remind_at.set_time(time(8, 0))
        self._update()

    def forget_editing(self) -> None:
        """What is typed stays, to be saved as a new schedule (the one loaded is gone)."""
        self.editing = None
        self.setTitle(self.tr("Add a schedule as your prescription says"))

    def load(self, r: RegimenView) -> None:
        """Fill the form with a saved schedule to change it."""
        self.editing = r.id
        self.setTitle(arg(self.tr("Change the schedule %1 from %2"), named(r, self.locale()),
                          LocaleFormats(self.locale()).day(r.start)))
        self.supplement.setCurrentText(r.supplement)
        self.amount.setText(format_number(r.amount, self.locale()))
        self.unit.set_unit(r.unit)
        self.by_interval.setChecked(r.every_days is not None)
        self.by_weekday.setChecked(r.every_days is None)
        self.every.setValue(r.every_days or 7)
        chosen = set((r.weekdays or "").split(","))
        for name, box in zip(WEEKDAY_NAMES, self.days, strict=True):
            box.setChecked(name in chosen)
        self.start.setDate(qdate(r.start))
        self.end_kind.setCurrentIndex(2 if r.end else 0)
        if r.end:
            self.end.setDate(qdate(r.end))
        self.phase.setCurrentIndex(PHASES.index(r.phase))
        self.note.setText(r.note or "")
        self.remind.setChecked(r.remind_at is not None)
        self.remind_at.set_time(r.remind_at or time(8, 0))
        self._update()

    def follow(self, r: RegimenView, today: date) -> None:
        """Start the next phase after r: same supplement, starting the day after it ends.
        The amount is left empty on purpose: the prescription says it, the app does not."""
        self.reset(today)
        self.setTitle(arg(self.tr("Add the phase that follows %1 from %2"),
                          named(r, self.locale()), LocaleFormats(self.locale()).day(r.start)))
        self.supplement.setCurrentText(r.supplement)
        self.unit.set_unit(r.unit)
        end = r.stopped_on or (r.end + timedelta(days=1) if r.end else today)
        self.start.setDate(qdate(end))
        self.phase.setCurrentIndex(PHASES.index("maintenance"))
        self.amount.setFocus()

    def _rule(self) -> Rule:
        if self.by_interval.isChecked():
            return Rule(every_days=self.every.value())
        return Rule(weekdays=frozenset(i for i, b in enumerate(self.days) if b.isChecked()))

    def _amount(self) -> float | None:
        """The dose as the user's locale writes it: German "500.000" is 500000, "1,5" is 1.5
        (never read with another locale's separators: that multiplies or divides by 1000)."""
        try:
            return parse_number(self.amount.text(), self.locale())
        except ValueError:
            return None

    def missing_reason(self) -> str | None:
        if not self.supplement.currentText().strip():
            return self.tr("Type the supplement's name.")
        if self.amount.text().strip() and self._amount() is None:
            return arg(self.tr("Type the dose as a number, e.g. %1."),
                       format_number(1.5, self.locale()))
        if not self._amount():
            return self.tr("Type the dose each time, as the prescription says.")
        if self.by_weekday.isChecked() and not any(b.isChecked() for b in self.days):
            return self.tr("Tick the weekdays of the doses.")
        if self.remind.isChecked() and (self.remind_at.unread() or self.remind_at.time() is None):
            return self.remind_at.unread() or self.tr("Type the time of the reminder, e.g. 08:00.")
        for box in (self.start, self.end) if self.end_kind.currentIndex() == 2 else (self.start,):
            if box.unread():
                return box.unread()
        return None

    def _update(self) -> None:
        self.every.setEnabled(self.by_interval.isChecked())
        for b in self.days:
            b.setEnabled(self.by_weekday.isChecked())
        self.weeks.setVisible(self.end_kind.currentIndex() == 1)
        self.end.setVisible(self.end_kind.currentIndex() == 2)
        amount = self._amount()
        try:
            rule = self._rule()
        except InvalidInput:
            rule = None
        self.every.setSuffix(self.tr(" day") if self.every.value() == 1 else self.tr(" days"))
        self.in_words.setText(self._in_words(rule))
        both = two_ways(self.amount.text(), self.locale())
        if both is not None:
            loc = shown_in(self.locale())
            self.average.setText(arg(self.tr("“%1” can be read as %2 or %3: you will be asked "
                                             "which one when you save."),
                                     self.amount.text().strip(), format_number(both[0], loc),
                                     format_number(both[1], loc)))
        elif amount and rule is not None:
            avg = average_per_day(amount, rule)
            unit = self.unit.currentText()
            loc = shown_in(self.locale())
            per_week = rule.doses_per_week
            weekly = (plural(self.tr("%n dose(s) a week", None, int(per_week)), int(per_week))
                      if float(per_week).is_integer() else
                      arg(self.tr("%1 doses a week"), format_number(round(per_week, 2), loc)))
            self.average.setText(arg(
                self.tr("About %1 %2 a day on average (%3 %2 × %4 ÷ 7). Plain arithmetic, "
                        "shown for your information."),
                format_number(readable(avg), loc), unit, format_number(amount, loc), weekly))
        else:
            self.average.setText("")
        self.changed.emit()

    def _in_words(self, rule: Rule | None) -> str:
        """'every week on Sunday, 12 doses, last on Sun 14 Feb 2027' for what is typed."""
        if rule is None:
            return ""
        loc = shown_in(self.locale())
        start = pydate(self.start.date())
        if rule.every_days is None:
            names = [loc.dayName(d + 1) for d in sorted(rule.weekdays)]
            how = arg(self.tr("every week on %1"), ", ".join(names))
        elif rule.every_days == 1:
            how = self.tr("every day")
        elif rule.every_days % 7 == 0:
            weeks = rule.every_days // 7
            on = loc.dayName(start.isoweekday())
            how = (arg(self.tr("every week on %1"), on) if weeks == 1 else
                   arg(plural(self.tr("every %n week(s) on %1", None, weeks), weeks), on))
        else:
            how = plural(self.tr("every %n day(s)", None, rule.every_days), rule.every_days)
        kind = self.end_kind.currentIndex()
        if kind == 0:
            return arg(self.tr("%1 from %2, with no end date"), how, self._day(start))
        last = (end_from_weeks(start, self.weeks.value()) if kind == 1
                else pydate(self.end.date()))
        due = list(Regimen(0, "", 1, "IU", rule, start, last).due_dates(start, last))
        if not due:
            return arg(self.tr("%1: no dose falls between %2 and %3"), how, self._day(start),
                       self._day(last))
        if len(due) == 1:
            return arg(self.tr("%1, 1 dose, on %2"), how, self._day(due[0]))
        return arg(plural(self.tr("%1, %n dose(s), first on %2, last on %3", None, len(due)),
                          len(due)), how, self._day(due[0]), self._day(due[-1]))

    def _day(self, d: date) -> str:
        return str(shown_in(self.locale()).toString(qdate(d), self.tr("ddd d MMM yyyy")))

    def plan(self) -> RegimenInput:
        """The form as the typed schedule input the regimen service saves."""
        rule = self._rule()
        kind = self.end_kind.currentIndex()
        return RegimenInput(
            supplement=self.supplement.currentText(), amount=self._amount() or 0,
            unit=self.unit.unit(), start=pydate(self.start.date()),
            every_days=rule.every_days, weekdays=rule.weekdays_text() or None,
            weeks=self.weeks.value() if kind == 1 else None,
            end=pydate(self.end.date()) if kind == 2 else None,
            phase=PHASES[self.phase.currentIndex()], note=self.note.text() or None,
            remind_at=self.remind_at.time() if self.remind.isChecked() else None)

    def values(self) -> dict[str, object]:
        """Everything the form holds as typed (a draft kept while it is typed)."""
        return {"supplement": self.supplement.currentText(), "amount": self.amount.text(),
                "unit": self.unit.unit(), "weekly": self.by_weekday.isChecked(),
                "every": self.every.value(),
                "weekdays": [i for i, b in enumerate(self.days) if b.isChecked()],
                "start": pydate(self.start.date()).isoformat(),
                "ends": self.end_kind.currentIndex(), "weeks": self.weeks.value(),
                "end": pydate(self.end.date()).isoformat(),
                "remind": self.remind.isChecked(), "remind_at": self.remind_at.edit.text(),
                "phase": self.phase.currentIndex(), "note": self.note.text()}

    def set_values(self, v: Mapping[str, object]) -> None:
        """The form as values() gave it (a value of the wrong type is left as it is)."""
        def text(key: str) -> str | None:
            got = v.get(key)
            return got if isinstance(got, str) else None

        def number(key: str) -> int | None:
            got = v.get(key)
            return got if isinstance(got, int) and not isinstance(got, bool) else None
        for key, setter in (("supplement", self.supplement.setCurrentText),
                            ("amount", self.amount.setText), ("unit", self.unit.set_unit),
                            ("note", self.note.setText),
                            ("remind_at", self.remind_at.edit.setText)):
            typed = text(key)
            if typed is not None:
                setter(typed)
        (self.by_weekday if v.get("weekly") is True else self.by_interval).setChecked(True)
        chosen = v.get("weekdays")
        for i, day in enumerate(self.days):
            day.setChecked(isinstance(chosen, list) and i in chosen)
        for key, spin in (("every", self.every), ("weeks", self.weeks)):
            count = number(key)
            if count is not None:
                spin.setValue(count)
        for key, combo in (("ends", self.end_kind), ("phase", self.phase)):
            index = number(key)
            if index is not None and 0 <= index < combo.count():
                combo.setCurrentIndex(index)
        for key, field in (("start", self.start), ("end", self.end)):
            with contextlib.suppress(TypeError, ValueError):
                field.setDate(qdate(date.fromisoformat(text(key) or "")))
        self.remind.setChecked(v.get("remind") is not False)
        self._update()

    def fields(self) -> dict[str, tuple[str, QWidget]]:
        return {"supplement": (self.tr("Supplement"), self.supplement),
                "dose": (self.tr("Dose"), self.amount), "unit": (self.tr("Unit"), self.unit),
                "start": (self.tr("Start"), self.start), "end": (self.tr("End"), self.end),
                "weeks": (self.tr("Weeks"), self.weeks), "every": (self.tr("Every"), self.every),
                "phase": (self.tr("Phase"), self.phase), "note": (self.tr("Note"), self.note)}
