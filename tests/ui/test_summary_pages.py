"""The summary's pages: the story on page 1 (header, chart, schedules, the main labs, symptoms,
alerts), the details after it and on a page 2 only when needed, no table row cut in two by a
page break, and the pages drawn to PNG in docs/screenshots to be looked at."""

from datetime import timedelta

import pypdf
import pypdfium2
import pytest
from PySide6.QtCore import QLocale, QSizeF
from PySide6.QtGui import QImage, QTextDocument

from builders import add_lab, add_schedule, log_pain
from conftest import TODAY
from vdtracker.services.demo import build_demo
from vdtracker.ui.summary.document import break_before, split_row, summary_document
from vdtracker.ui.summary.headless import write_report
from vdtracker.wording import Wording
from vdtracker.wording.formats import Formats
from vdtracker.wording.translate import catalogue_translate

START = TODAY - timedelta(days=70)


def pages_of(path):
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(path).pages]


def images_on(path, page):
    resources = pypdf.PdfReader(path).pages[page]["/Resources"]
    xobjects = resources.get("/XObject", {}) if resources else {}
    return [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]


def course(svc, notes=0, note_text="woke at 3 with both calves cramping"):
    """A loading course with its doses, pain that halved, two vitamin D results, a magnesium
    result, and `notes` days with a note."""
    add_schedule(svc, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=START, weeks=8, phase="loading")
    for week in range(8):
        svc.doses.record(supplement="Vitamin D3", day=START + timedelta(weeks=week),
                                 today=TODAY)
    for i in range(77):
        day = START - timedelta(days=7) + timedelta(days=i)
        log_pain(svc, 6.0 if day < START else 3.0, day=day, today=TODAY,
                 note=note_text if i >= 77 - notes else None)
    add_lab(svc, "vitamin-d", "12", "ng/mL", day=START - timedelta(days=4), today=TODAY,
            low=30, high=100)
    add_lab(svc, "vitamin-d", "38", "ng/mL", day=TODAY - timedelta(days=2), today=TODAY,
            low=30, high=100)
    add_lab(svc, "magnesium", "0.8", "mmol/L", day=TODAY - timedelta(days=2), today=TODAY,
            low=0.7, high=1.0)


def test_a_short_history_is_one_page_with_its_chart(qapp, svc, tmp_path):
    course(svc)
    out = write_report(svc, Wording(), None, None, TODAY, tmp_path / "s.pdf")
    [page] = pages_of(out)
    assert len(images_on(out, 0)) == 1  # the chart
    order = [page.index(h) for h in ("Summary for my appointment", "Symptoms",
                                     "Alerts in force", "Schedules", "Lab results",
                                     "Other lab results", "How this was calculated")]
    assert order == sorted(order)
    assert "Magnesium" in page.split("Other lab results")[1]  # not among the first labs
    assert "8 of 8 logged within 2 days of the due date" in page


def test_the_details_start_page_two_when_the_story_fills_page_one(qapp, svc, tmp_path):
    course(svc, notes=40)
    out = write_report(svc, Wording(), None, None, TODAY, tmp_path / "s.pdf")
    pages = pages_of(out)
    assert len(pages) >= 2
    assert "Alerts in force" in pages[0]
    assert "8 of 8 logged within 2 days of the due date" in pages[0]
    assert pages[1].startswith("Other lab results")  # a page of its own from here
    assert "How this was calculated" in pages[-1]
    assert pages[-1].count("woke at 3") + sum(p.count("woke at 3") for p in pages[1:-1]) == 40


def test_notes_of_the_period_only(qapp, svc, tmp_path):
    course(svc, notes=3)
    log_pain(svc, 4.0, day=START - timedelta(days=200), today=TODAY, note="the year before")
    out = write_report(svc, Wording(), START, TODAY, TODAY, tmp_path / "s.pdf")
    text = " ".join(pages_of(out))
    notes = text.split("Notes in this period")[1]
    assert notes.count("woke at 3") == 3
    assert notes.count("the day's diary: woke at 3") == 3  # the day's note, not pain's alone
    assert "the year before" not in text


def test_the_best_week_is_said_beside_the_baseline(qapp, svc, tmp_path):
    course(svc)
    out = write_report(svc, Wording(), None, None, TODAY, tmp_path / "s.pdf")
    text = " ".join(pages_of(out))
    # pain 3.0 every day of the course: the best 14 days are its first 14, as good as now
    w = Wording()
    best = f"{w.day(START)} – {w.day(START + timedelta(days=13))}"
    assert (f"Best 14 days of pain since Vitamin D3 50,000 IU weekly began on {w.day(START)}: 3.0 "
            f"({best}). The last 14 days average 3.0.") in text
    assert "Pain has risen" not in text


def test_no_table_row_is_cut_by_a_page_break(qapp, svc):
    long = "a long note that takes several lines in its cell " * 6
    course(svc, notes=40, note_text=long)
    doc = summary_document(svc, Wording(), TODAY, paper="a4", locale=QLocale("en_GB")).doc
    assert doc.pageCount() >= 3
    assert split_row(doc) is None
    layout, height = doc.documentLayout(), doc.pageSize().height()
    block = doc.begin()
    while block.isValid():  # and no note or alert begun on one page and ended on the next
        box = layout.blockBoundingRect(block)
        assert int(box.top() // height) == int((box.bottom() - 1) // height), block.text()[:40]
        block = block.next()


def test_a_row_that_would_straddle_two_pages_starts_the_next(qapp):
    rows = "".join(f"<tr><td>{i}</td><td>{'word ' * (40 if i % 3 else 3)}</td></tr>"
                   for i in range(30))
    html = f"<table cellspacing='0'><thead><tr><th>n</th><th>text</th></tr></thead>" \
           f"<tbody>{rows}</tbody></table>"
    doc = QTextDocument()
    doc.setPageSize(QSizeF(300, 400))
    doc.setHtml(html)
    split = split_row(doc)
    assert split is not None  # Qt alone cuts a row
    moved = 0
    while (split := split_row(doc)) is not None:
        html = break_before(html, *split)
        doc.setHtml(html)
        moved += 1
        assert moved < 30
    text = doc.toPlainText()
    assert all(str(i) in text for i in range(30))  # every row still there, once
    assert text.count("text") == 1 + moved  # the head repeated on each new page


@pytest.mark.parametrize(("language", "suffix"), [("en", ""), ("de", "-de")])
def test_the_demo_pages_drawn_for_the_docs(qapp, db, svc, tmp_path, shots, language, suffix):
    """docs/screenshots/summary-page-N.png (make screenshots): looked at after each change to
    the summary."""
    build_demo(db, TODAY)
    words = Wording(catalogue_translate(language), Formats(language))
    out = write_report(svc, words, None, None, TODAY, tmp_path / "demo.pdf", paper="a4")
    pdf = pypdfium2.PdfDocument(str(out))
    try:
        for n, page in enumerate(pdf, start=1):
            pixels = page.render(scale=1.5).to_numpy()
            height, width, channels = pixels.shape
            image = QImage(pixels.tobytes(), width, height, width * channels,
                           QImage.Format.Format_BGR888 if channels == 3
                           else QImage.Format.Format_ARGB32).copy()
            assert image.save(str(shots / f"summary-page-{n}{suffix}.png"))
            inked = sum(image.pixelColor(x, y).lightness() < 128
                        for x in range(0, width, 7) for y in range(0, height, 7))
            assert inked > 200  # a page with something on it
    finally:
        pdf.close()


def test_the_chart_circles_the_best_week_the_text_names(qapp, svc):
    from vdtracker.ui.summary.chart_image import paper_data
    from vdtracker.ui.summary.layout import summary_for

    course(svc)
    first = TODAY - timedelta(days=20)  # a period after the course's best week
    summary = summary_for(svc, TODAY, first, TODAY)
    data = paper_data(svc, Wording(), first, TODAY, TODAY, summary.course_start)
    told = summary.story
    assert told is not None and told.stretch is not None
    assert data is not None and data.stretch == told.stretch
    assert told.stretch.best_last < first


def test_without_a_course_the_chart_and_the_text_name_the_same_best_week(qapp, svc, tmp_path):
    from vdtracker.ui.summary.chart_image import paper_data
    from vdtracker.ui.summary.layout import summary_for

    for i in range(30):  # pain only: no schedule, so no course
        log_pain(svc, 2.0 if i < 3 else 5.0 - (i % 4) * 0.5, day=TODAY - timedelta(days=29 - i),
                 today=TODAY)
    summary = summary_for(svc, TODAY)
    data = paper_data(svc, Wording(), summary.first, TODAY, TODAY, summary.course_start)
    assert summary.course_start is None and summary.story is not None
    assert data is not None and data.stretch == summary.story.stretch
    out = write_report(svc, Wording(), None, None, TODAY, tmp_path / "s.pdf")
    text = " ".join(pages_of(out))
    symptoms = text.split("Symptoms")[1].split("Alerts in force")[0]
    assert "Best 14 days of pain in this diary" in symptoms
    assert "since the course" not in symptoms and "Over this diary, compared with its first 7 " \
        "days" in symptoms.replace("\ufb01", "fi")


def test_a_past_period_says_how_it_ended_not_how_today_is(qapp, svc, tmp_path):
    course(svc)
    for i in range(10):  # pain after the period, much worse
        log_pain(svc, 9.0, day=TODAY + timedelta(days=1 + i), today=TODAY + timedelta(days=11))
    out = write_report(svc, Wording(), START, TODAY, TODAY + timedelta(days=11),
                       tmp_path / "s.pdf")
    text = " ".join(pages_of(out))
    symptoms = text.split("Symptoms")[1].split("Alerts in force")[0]
    assert "3.0 in the last 7 days" in symptoms and "9.0" not in symptoms
    assert f"As they were on {Wording().day(TODAY)}, the period's last day." in text


def test_a_year_of_long_notes_is_printed_whole(qapp, svc, tmp_path):
    """Qt lays a long document out lazily: every note must reach the paper, not just those
    laid out before the first page break was moved (the rest once piled up unseen)."""
    note = "a long note that takes several lines in the summary " * 6
    for i in range(200):
        log_pain(svc, 3.0, day=TODAY - timedelta(days=i), today=TODAY, note=f"n{i:03d} {note}")
    out = write_report(svc, Wording(), None, None, TODAY, tmp_path / "s.pdf", paper="a4")
    pages = pages_of(out)
    text = " ".join(pages)
    assert all(f"n{i:03d} a long note" in text for i in range(200))
    assert len(pages) >= 8 and "How this was calculated" in pages[-1]
