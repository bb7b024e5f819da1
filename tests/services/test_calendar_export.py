"""The .ics export parses back with icalendar and expands to the schedule's own due dates."""

from datetime import date, time, timedelta

from dateutil.rrule import rrulestr
from icalendar import Calendar

from builders import add_schedule
from vdtracker.domain.schedule import Regimen, Rule, parse_weekdays
from vdtracker.exchange.ics import calendar
from vdtracker.services import settings as opts
from vdtracker.wording import english


def expand(event):
    start = event.decoded("dtstart")
    rule = event.get("rrule").to_ical().decode()
    return [d.date() for d in rrulestr(rule, dtstart=start)]


def test_each_schedule_expands_to_exactly_its_due_dates():
    regs = [
        Regimen(1, "Vitamin D3", 50000, "IU", Rule(every_days=7), date(2026, 1, 4),
                date(2026, 3, 28), "loading", remind_at=time(8, 0)),
        Regimen(2, "Vitamin D3", 50000, "IU", Rule(weekdays=parse_weekdays("mon,thu")),
                date(2026, 4, 1), date(2026, 4, 21), "loading", remind_at=time(19, 30)),
        Regimen(3, "Vitamin D3", 2000, "IU", Rule(every_days=1), date(2026, 4, 22), None,
                "maintenance", stopped_on=date(2026, 5, 10)),
    ]
    cal = Calendar.from_ical(calendar(regs, "abc", hide_names=False, words=english().calendar))
    events = cal.walk("VEVENT")
    assert len(events) == 3
    for r, ev in zip(regs, events, strict=True):
        expected = list(r.due_dates(r.start, date(2027, 1, 1)))
        assert expand(ev) == expected, r.id
        assert ev.decoded("dtstart").time() == (r.remind_at or time(9, 0))
        assert ev.walk("VALARM")[0].decoded("trigger") == timedelta(0)
    assert str(events[0]["summary"]) == "Vitamin D3 50,000 IU weekly"


def test_open_ended_schedules_repeat_without_end():
    r = Regimen(1, "Vitamin B12", 1000, "mcg", Rule(every_days=1), date(2026, 1, 1))
    ev = Calendar.from_ical(calendar([r], "abc", False, english().calendar)).walk("VEVENT")[0]
    assert "UNTIL" not in ev["rrule"] and ev["rrule"]["FREQ"] == ["DAILY"]


def test_uids_are_stable_so_a_new_export_updates_the_same_events(svc, tmp_path):
    add_schedule(svc, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                     start=date(2026, 1, 1), phase="maintenance", remind_at=time(8, 0))
    export = svc.export
    export.ics(tmp_path / "a.ics", english())
    svc.regimens.stop(1, day=date(2026, 2, 1), today=date(2026, 2, 1))
    export.ics(tmp_path / "b.ics", english())
    a = Calendar.from_ical((tmp_path / "a.ics").read_bytes()).walk("VEVENT")[0]
    b = Calendar.from_ical((tmp_path / "b.ics").read_bytes()).walk("VEVENT")[0]
    assert a["uid"] == b["uid"]
    assert "UNTIL" not in a["rrule"] and b["rrule"]["UNTIL"][0].date() == date(2026, 1, 31)
    assert oct((tmp_path / "b.ics").stat().st_mode & 0o777) == "0o600"


def test_hidden_names_leave_no_supplement_in_the_file(svc, tmp_path):
    add_schedule(svc, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                     start=date(2026, 1, 4), weeks=12, phase="loading")
    svc.settings.set(opts.HIDE_NAMES, True)
    svc.export.ics(tmp_path / "c.ics", english())
    text = (tmp_path / "c.ics").read_text()
    assert "Vitamin" not in text and "50\\,000" not in text
    assert "SUMMARY:Dose on your saved schedule" in text
