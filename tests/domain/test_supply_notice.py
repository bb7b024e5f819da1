"""A supply running low is told once a day as a notification whose title says what (never what
to take), and neutrally when names are hidden."""

from datetime import date

from vdtracker.domain.alert_types import Alert
from vdtracker.domain.reminders import notice_key, notices_due
from vdtracker.wording import english
from vdtracker.wording.notices import NoticeWords

TODAY = date(2026, 12, 4)
LOW = Alert("supply-low", "warning", TODAY, {
    "supplement": "Vitamin D3", "left": 2.0, "form": "capsule",
    "last_covered": date(2026, 12, 13), "runs_out": date(2026, 12, 20), "doses_left": 2})


def test_a_low_supply_is_a_notice_once_a_day():
    assert notices_due([LOW], {}, TODAY) == [LOW]
    assert notices_due([LOW], {notice_key(LOW): TODAY}, TODAY) == []
    other = Alert("supply-low", "warning", TODAY, {**LOW.details, "supplement": "Vitamin B12"})
    assert notice_key(other) != notice_key(LOW)


def test_its_title_says_what_is_left_and_until_when():
    words = NoticeWords(english().common)
    assert words.title(LOW) == "Vitamin D3: 2 capsules left, enough until Sun 13 Dec"
    title, body = words.notice(LOW, "…", hide_names=True)
    assert "Vitamin D3" not in title + body and title == "A supply is running low"
