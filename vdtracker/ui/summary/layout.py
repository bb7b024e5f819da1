"""The summary as one HTML page for QTextDocument: the same text for the PDF, the print preview
and the command line (tables keep their rows whole; black on white reads in black and white)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from html import escape

from ...domain.alert_types import Alert
from ...domain.printed import qualifier_of
from ...domain.schedule import grace_days
from ...domain.story import CourseStory
from ...services.bundle import Services
from ...services.entry_lines import other_value
from ...services.story import DiaryRead, explaining_notes
from ...services.summary import FIRST_LABS, LabRow, Summary
from ...services.summary_options import stored
from ...wording import Wording

_STYLE = """
body { font-family: sans-serif; font-size: 8.5pt; color: #000; }
h1 { font-size: 14pt; margin: 0 0 1pt 0; }
p.h { font-size: 10pt; font-weight: bold; margin: 7pt 0 2pt 0; }
p { margin: 0 0 2pt 0; }
.small { font-size: 7.5pt; color: #333; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; border-bottom: 1px solid #000; }
td { border-bottom: 1px solid #bbb; vertical-align: top; }
td.before { font-style: italic; }
"""


def _table(head: Sequence[str], rows: Sequence[Sequence[str]], nowrap: Sequence[int] = (),
           italic: Sequence[bool] = ()) -> str:
    """Rows of short cells; the `nowrap` columns (dates, values) never break a line."""
    cells = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = []
    for i, row in enumerate(rows):
        cls = " class='before'" if i < len(italic) and italic[i] else ""
        body.append("<tr>" + "".join(
            f"<td{cls}{' nowrap' if j in nowrap else ''}>{escape(c)}</td>"
            for j, c in enumerate(row)) + "</tr>")
    return (f"<table cellspacing='0' cellpadding='2'><thead><tr>{cells}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>")


def _h(text: str, style: str = "") -> str:
    """A section's heading (Qt draws <h2> far larger than its style sheet asks)."""
    return f"<p class='h'{style}>{escape(text)}</p>"


def _p(text: str, cls: str = "") -> str:
    return f"<p class='{cls}'>{escape(text)}</p>" if cls else f"<p>{escape(text)}</p>"


def _header(s: Summary, words: Wording) -> str:
    """The name and date of birth on one line under the title; nothing when neither is set."""
    line = words.summary.personal(s.personal.name, s.personal.birth_date)
    return _p(line) if line else ""


def _questions(s: Summary, words: Wording) -> str:
    """The patient's questions, one item a line, as typed (never read as HTML); nothing when
    none were typed."""
    lines = s.personal.question_lines()
    if not lines:
        return ""
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    return f"{_h(words.summary.heading('questions'))}<ul>{items}</ul>"


CHART_URL = "summary:chart"  # the chart image, attached to the document under this name


def summary_for(services: Services, as_of: date, first: date | None = None,
                last: date | None = None, read: DiaryRead | None = None) -> Summary:
    """The summary of [first, last] (by default: since the latest course, or a year) as of
    `as_of`, with the name, date of birth and questions kept in the summary settings; `read`:
    the diary as read for its chart too."""
    start, end = services.summary.default_period(as_of)
    summary = services.summary.build(first or start, last or end, as_of,
                                     services.settings.profiles(), read)
    return replace(summary, personal=stored(services.settings).personal)


def html_for(services: Services, words: Wording, as_of: date, first: date | None = None,
             last: date | None = None) -> str:
    """The summary's text as HTML (without its chart): what the tests compare."""
    return summary_html(summary_for(services, as_of, first, last), words)


def summary_html(s: Summary, words: Wording, chart: tuple[int, int] | None = None,
                 page_two: bool = False) -> str:
    """Page 1 tells the story: header, chart, symptoms, alerts (with the notes that explain
    them), schedules with how each phase went, the main labs and the patient's questions.
    Then the details: other labs, the notes, and how it was calculated (from a new page when
    `page_two`)."""
    w = words.summary
    first_labs = [lab for lab in s.labs if lab.reading.analyte in FIRST_LABS]
    other_labs = [lab for lab in s.labs if lab.reading.analyte not in FIRST_LABS]
    out = [f"<html><head><style>{_STYLE}</style></head><body>",
           f"<h1>{escape(w.title())}</h1>", _header(s, words),
           _p(w.period(s.first, s.last, s.as_of)), _p(w.disclaimer(), "small")]
    if chart is not None:  # (width, height) in the document's pixels
        out.append(f"<p><img src='{CHART_URL}' width='{chart[0]}' height='{chart[1]}'></p>")
    # the story first (how the symptoms went, the alerts with why), then its tables: a chart
    # with B12 and PTH panels must not push the one actionable fact off page 1
    out.append(_symptoms(s, words))
    out.append(_h(w.heading("alerts")))
    if s.last < s.as_of:
        out.append(_p(w.as_it_ended(s.last), "small"))
    out.append(_alerts(s, words))
    out.append(_schedules(s, words))
    out.append(_h(w.heading("labs")))
    out.append(_labs(first_labs, words) if first_labs else _p(
        w.nothing("labs") if not other_labs else w.see_other_labs()))
    out.append(_questions(s, words))
    details = " style='page-break-before: always'" if page_two else ""
    if other_labs:
        out.append(_h(w.heading("other-labs"), details))
        out.append(_labs(other_labs, words))
        details = ""
    if s.notes:
        out.append(_h(w.heading("notes"), details))
        # paragraphs, not table rows: a long note moves whole to the next page in place,
        # where a row would have the whole document laid out again
        out += [f"<p><b>{escape(words.common.day(n.day))}</b> · "
                f"{escape(w.note_kind(n.what))}: {escape(n.text)}</p>" for n in s.notes]
        details = ""
    out.append(_h(w.heading("method"), details))
    out.append(_p(w.method(), "small"))
    out.append("</body></html>")
    return "".join(out)


def details_heading(s: Summary, words: Wording) -> str:
    """The heading the details begin with (a page 2, when the story fills page 1)."""
    others = any(lab.reading.analyte not in FIRST_LABS for lab in s.labs)
    return words.summary.heading("other-labs" if others else "notes" if s.notes else "method")


def _schedules(s: Summary, words: Wording) -> str:
    w, c = words.summary, words.common
    phases: list[tuple[str, ...]] = []
    for row in s.phases:
        r = row.regimen
        doses = w.tally(row.tally, grace_days(r.rule))
        if r.stopped_on is not None and r.stopped_on <= s.last:
            doses += "; " + w.stopped(r.stopped_on, words.stop_why(r.stop_why)
                                      if r.stop_why else None)
        if row.no_maintenance_on is not None:
            doses += "; " + w.no_maintenance(row.no_maintenance_on)
        if row.replaced_on is not None:
            doses += "; " + w.replaced(row.replaced_on)
        if r.moved_on is not None and r.moved_on <= s.last:
            doses += "; " + w.moved(r.moved_on, any(other.regimen.moved_from == r.id
                                                    for other in s.phases))
        for gap in s.story.gaps if s.story is not None else ():
            if gap.regimen.id == r.id:
                doses += "; " + words.story.gap(gap, s.last)
        phases.append((words.schedule(r.plan), c.phase(r.phase), w.span(r.start, r.last_day),
                       doses))
    head = _h(w.heading("schedules"))
    return head + (_table(w.columns("schedules"), phases, nowrap=(2,)) if phases
                   else _p(w.nothing("schedules")))


def _labs(rows: Sequence[LabRow], words: Wording) -> str:
    """Each result as printed, in the other unit, the report's range and the flag; the last
    result before the period in italics."""
    w, c = words.summary, words.common
    labs: list[tuple[str, ...]] = []
    for lab in rows:
        x = lab.reading
        other = other_value(x.analyte, x.value, x.unit)
        printed = f"{c.printed(x.printed, x.value) if x.printed else c.number(x.value)} {x.unit}"
        labs.append((c.day(x.day), w.test_name(x.analyte), printed,
                     qualifier_of(x.printed) + c.lab_value(other[0], other[1], x.analyte)
                     if other else "",
                     c.range(x.report_range) if x.report_range else "", w.flag(lab.flag)))
    before = [lab.before_period for lab in rows]
    table = _table(w.columns("labs"), labs, nowrap=(0, 2, 3, 4), italic=before)
    return table + (_p(w.before_note(), "small") if any(before) else "")


def _symptoms(s: Summary, words: Wording) -> str:
    """Each course's figures before and now, over the days the diary covers; the best 14 days
    (leading, when pain has risen from them). Only what the patient logs."""
    w, t = words.summary, words.story
    out = [_h(w.heading("symptoms"))]
    if s.last < s.as_of:
        out.append(_p(w.as_it_ended(s.last), "small"))
    st = s.story
    if st is None or not st.measures:
        out.append(_p(w.nothing("symptoms")))
        return "".join(out)
    stretch = st.stretch if "pain" in st.measures else None
    if stretch is not None and stretch.risen and stretch.recent is not None:
        out.append(f"<p><b>{escape(t.risen(stretch, s.course_start, st.stretch_plan))}</b></p>")
    told = [*st.courses, *([st.whole_diary] if st.whole_diary is not None else [])]
    said: list[CourseStory] = []
    for cs in told:
        if cs in said:
            continue
        if not cs.changes:
            if cs.course is not None:
                out.append(_p(t.too_recent(cs)))
            continue
        # courses begun the same day have the very same figures: said once, both named
        same = [o for o in told if o is not cs and o.changes == cs.changes and o not in said]
        said += same
        out.append(f"<p><b>{escape(t.course_line(cs, same))}</b></p>")
        out.append("<ul>" + "".join(f"<li>{escape(t.change(ch))}</li>" for ch in cs.changes)
                   + "</ul>")
    if stretch is not None and not stretch.risen:
        out.append(_p(t.best(stretch, s.course_start, st.stretch_plan)))
    return "".join(out)


def _alerts(s: Summary, words: Wording) -> str:
    """The alerts in force; beside a lapse or a rise in symptoms, the notes written from two
    weeks before it began: why she stopped belongs on page 1, beside the lapse."""
    if not s.alerts:
        return _p(words.summary.nothing("alerts"))
    t = words.story
    notes = [(n.day, n.text) for n in s.notes]
    items = []
    for a in s.alerts:
        since = _explained_since(s, a)
        quoted = explaining_notes(notes, since, s.last)[-MAX_QUOTED:] if since else []
        inner = ("<br>" + escape(t.why_heading()) + "<ul>" + "".join(
            f"<li><i>{escape(t.quoted(d, text))}</i></li>" for d, text in quoted) + "</ul>"
                 if quoted else "")
        items.append(f"<li>{escape(words.alert(a))}{inner}</li>")
    return "<ul>" + "".join(items) + "</ul>"


MAX_QUOTED = 3  # notes quoted beside one alert, the latest


def _explained_since(s: Summary, a: Alert) -> date | None:
    """Where the story an alert tells began: the lapse's first silent day; for a rise in
    symptoms, the end of the best 14 days."""
    if a.kind in ("lapsed-maintenance", "missed-dose"):  # the first silent (or missed) day
        return a.date
    if a.kind == "symptom-recurrence":
        st = s.story.stretch if s.story is not None else None
        if a.details.get("symptom") == "pain" and st is not None:
            return st.best_last
        return a.date - timedelta(days=14)
    return None


__all__ = ["CHART_URL", "details_heading", "html_for", "summary_for", "summary_html"]
