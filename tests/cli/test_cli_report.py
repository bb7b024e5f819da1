"""`vdtracker report` writes the appointment summary as a real PDF, headless; read back here."""

import os
import stat
from datetime import date, timedelta

import pypdf
from test_cli import vdt

from builders import add_lab, add_schedule, log_pain
from vdtracker.app import compose
from vdtracker.storage.database import Database
from vdtracker.wording.forbidden import FORBIDDEN_PHRASES, FORBIDDEN_PHRASES_DE

START = date(2025, 1, 5)
AS_OF = date(2025, 6, 1)


def history(folder):
    db = Database.open(folder)
    svc = compose(db)
    add_schedule(svc, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=START, weeks=12, phase="loading")
    for week in range(12):
        if week != 7:
            svc.regimens.record_dose(supplement="Vitamin D3", today=AS_OF, skipped=week == 4,
                                     day=START + timedelta(weeks=week))
    for i in range(1, 8):
        log_pain(svc, 6.0, day=START - timedelta(days=i), today=AS_OF)
    for i in range(28):
        log_pain(svc, 3.0, day=AS_OF - timedelta(days=i), today=AS_OF)
    add_lab(svc, "vitamin-d", "19", "nmol/L", day=date(2025, 1, 2), today=AS_OF, low=75,
            high=250)
    add_lab(svc, "vitamin-d", ">150", "ng/mL", day=date(2025, 5, 2), today=AS_OF, low=30,
            high=100)
    db.close()


def text_of(path):
    reader = pypdf.PdfReader(path)
    words = " ".join(page.extract_text() for page in reader.pages).split()
    return reader, " ".join(words)  # the layout's line breaks and tabs as single spaces


def test_the_summary_pdf_says_the_period_the_course_the_labs_and_the_alerts(tmp_path):
    folder = tmp_path / "data"
    history(folder)
    out = tmp_path / "summary.pdf"
    r = vdt(folder, "report", "--as-of", AS_OF.isoformat(), "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert "health data" in r.stdout
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    reader, text = text_of(out)
    assert reader.metadata.title == "Summary for my appointment"
    assert reader.metadata.creator == "VD Tracker"
    assert "Period 5 Jan 2025 – 1 Jun 2025 · printed 1 Jun 2025" in text
    assert "not a medical record" in text
    assert "10 of 12 logged on time; 1 skipped, 1 missed" in text
    assert "19 nmol/L" in text and "(before the period)" in text
    assert ">150 ng/mL" in text and ">374 nmol/L" in text
    assert "baseline 6.0" in text and "Last 7 days: 3.0 (50 % lower than the baseline" in text
    assert "nausea" in text  # the >150 result's alert, with its red-flag text
    assert not [p for p in FORBIDDEN_PHRASES if p in text.lower()]


def test_the_summary_in_german_and_a_refused_output(tmp_path):
    folder = tmp_path / "data"
    history(folder)
    out = tmp_path / "zusammenfassung.pdf"
    r = vdt(folder, "report", "--as-of", AS_OF.isoformat(), "--lang", "de", "--out", str(out))
    assert r.returncode == 0, r.stderr
    _, text = text_of(out)
    assert "Zusammenfassung für meinen Termin" in text and "Einnahmepläne" in text
    assert "10 von 12 rechtzeitig eingetragen; 1 ausgelassen, 1 versäumt" in text
    assert not [p for p in FORBIDDEN_PHRASES_DE if p in text.lower()]
    r = vdt(folder, "report", "--out", str(tmp_path / "nowhere" / "x.pdf"))
    assert r.returncode == 2 and "folder that exists" in r.stderr
