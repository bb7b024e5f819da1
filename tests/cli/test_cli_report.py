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
            svc.doses.record(supplement="Vitamin D3", today=AS_OF, skipped=week == 4,
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


def test_the_summary_pdf_says_the_period_the_course_the_labs_and_the_alerts(tmp_path,
                                                                           store_engine):
    folder = tmp_path / "data"
    history(folder)
    out = tmp_path / "summary.pdf"
    r = vdt(folder, "report", "--as-of", AS_OF.isoformat(), "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert "health data" in r.stdout
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    reader, text = text_of(out)
    assert reader.metadata.title == "Summary for my appointment"
    assert reader.metadata.creator == "VD Tracker" and reader.metadata.author == "VD Tracker"
    assert reader.metadata.creation_date is not None
    assert "Period 5 Jan 2025 – 1 Jun 2025 · printed 1 Jun 2025" in text
    assert "not a medical record" in text
    assert "10 of 12 logged within 2 days of the due date; 1 skipped, 1 missed" in text
    assert "19 nmol/L" in text and "In italics: the last result before the period" in text
    assert ">150 ng/mL" in text and ">374 nmol/L" in text
    before = sum([6.0] * 7) / 7  # the 7 days logged before the course
    now = sum([3.0] * 7) / 7
    assert ("Since Vitamin D3 50,000 IU weekly began on 5 Jan 2025, compared with the 7 days "
            "logged before it (29 Dec 2024 – 4 Jan 2025):") in text
    assert (f"Pain (0–10): {before:.1f} before (7 days logged), {now:.1f} in the last 7 days "
            f"(7 days logged) — {(before - now) / before * 100:g} % lower") in text
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
    assert ("10 von 12 im Abstand von höchstens 2 Tagen zum Fälligkeitstag eingetragen; "
            "1 ausgelassen, 1 versäumt") in text
    assert not [p for p in FORBIDDEN_PHRASES_DE if p in text.lower()]
    r = vdt(folder, "report", "--out", str(tmp_path / "nowhere" / "x.pdf"))
    assert r.returncode == 2 and "folder that exists" in r.stderr


def test_the_kept_name_birth_date_questions_and_paper_are_on_the_report(tmp_path):
    from vdtracker.domain.personal import Personal
    from vdtracker.services.summary_options import SummaryOptions, keep

    folder = tmp_path / "data"
    history(folder)
    plain = tmp_path / "plain.pdf"
    assert vdt(folder, "report", "--as-of", AS_OF.isoformat(), "--out", str(plain)).returncode == 0
    _, text = text_of(plain)
    assert "Name:" not in text and "Date of birth" not in text
    assert "Questions for my clinician" not in text
    db = Database.open(folder)
    keep(compose(db).settings, SummaryOptions(Personal(
        "Jane Doe", date(1961, 8, 30), "Keep the weekly capsule?\n<b>x</b> & y")), AS_OF)
    db.close()
    r = vdt(folder, "settings", "summary.paper", "letter")
    assert r.returncode == 0, r.stderr
    listed = vdt(folder, "settings").stdout
    assert "summary.paper = letter" in listed and "Jane" not in listed  # no name on the terminal
    out = tmp_path / "summary.pdf"
    r = vdt(folder, "report", "--as-of", AS_OF.isoformat(), "--out", str(out))
    assert r.returncode == 0, r.stderr
    reader, text = text_of(out)
    assert "Summary for my appointment Name: Jane Doe · Date of birth: 30 Aug 1961 Period" in text
    assert "Questions for my clinician Keep the weekly capsule? <b>x</b> & y" in text
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # Letter
    r = vdt(folder, "report", "--paper", "a5", "--out", str(out))
    assert r.returncode == 2 and "letter" in r.stderr
    r = vdt(folder, "report", "--as-of", AS_OF.isoformat(), "--lang", "de", "--paper", "a4",
            "--out", str(out))
    assert r.returncode == 0, r.stderr
    reader, text = text_of(out)
    assert "Jane Doe" in text and round(float(reader.pages[0].mediabox.width)) == 595  # A4
    for f in folder.rglob("*"):  # the name is in the store (its backups) and the PDF only
        if f.is_file() and not f.name.startswith("vdtracker.sqlite3") \
                and f.parent.name != "backups":  # a backup is a copy of the store
            assert b"Jane" not in f.read_bytes(), f
