"""The summary as one HTML page for QTextDocument: the same text for the PDF, the print preview
and the command line (tables keep their rows whole; black on white reads in black and white)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from ...domain.printed import qualifier_of
from ...services.bundle import Services
from ...services.entry_lines import other_value
from ...services.summary import Summary
from ...wording import Wording

_STYLE = """
body { font-family: sans-serif; font-size: 9.5pt; color: #000; }
h1 { font-size: 15pt; margin: 0 0 2pt 0; }
h2 { font-size: 11pt; margin: 10pt 0 3pt 0; border-bottom: 1px solid #000; }
p { margin: 0 0 3pt 0; }
.small { font-size: 8pt; color: #333; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; border-bottom: 1px solid #000; padding: 2pt 4pt; }
td { padding: 2pt 4pt; border-bottom: 1px solid #bbb; vertical-align: top; }
"""


def _table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    cells = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>"
                   for row in rows)
    return f"<table cellspacing='0'><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>"


def _p(text: str, cls: str = "") -> str:
    return f"<p class='{cls}'>{escape(text)}</p>" if cls else f"<p>{escape(text)}</p>"


def html_for(services: Services, words: Wording, as_of: date, first: date | None = None,
             last: date | None = None) -> str:
    """The summary of [first, last] (by default: since the latest course, or a year) as of
    `as_of`: what the command line writes and the window prints."""
    start, end = services.summary.default_period(as_of)
    summary = services.summary.build(first or start, last or end, as_of,
                                     services.settings.profiles())
    return summary_html(summary, words)


def summary_html(s: Summary, words: Wording) -> str:
    """Header, schedules with how each phase went, labs, symptoms, alerts, and the method."""
    w, c = words.summary, words.common
    out = [f"<html><head><style>{_STYLE}</style></head><body>",
           f"<h1>{escape(w.title())}</h1>", _p(w.period(s.first, s.last, s.as_of)),
           _p(w.disclaimer(), "small"), f"<h2>{escape(w.heading('schedules'))}</h2>"]
    phases: list[tuple[str, ...]] = []
    for row in s.phases:
        r = row.regimen
        doses = w.tally(row.tally)
        if row.no_maintenance_on is not None:
            doses += "; " + w.no_maintenance(row.no_maintenance_on)
        phases.append((words.schedule(r.plan), c.phase(r.phase), w.span(r.start, r.last_day),
                       doses))
    out.append(_table(w.columns("schedules"), phases) if phases else _p(w.nothing("schedules")))
    out.append(f"<h2>{escape(w.heading('labs'))}</h2>")
    labs: list[tuple[str, ...]] = []
    for lab in s.labs:
        x = lab.reading
        other = other_value(x.analyte, x.value, x.unit)
        printed = f"{x.printed or c.number(x.value)} {x.unit}"
        flag = c.flag(lab.flag) if lab.flag != "unknown" else ""
        day = c.day(x.day) + (f" ({w.before_period()})" if lab.before_period else "")
        labs.append((day, c.analyte(x.analyte), printed,
                     qualifier_of(x.printed) + c.lab_value(other[0], other[1], x.analyte)
                     if other else "",
                     c.range(x.report_range) if x.report_range else "", flag))
    out.append(_table(w.columns("labs"), labs) if labs else _p(w.nothing("labs")))
    out.append(f"<h2>{escape(w.heading('symptoms'))}</h2>")
    if s.pain is None:
        out.append(_p(w.nothing("symptoms")))
    else:
        p = s.pain
        out.append(_p(w.pain_baseline(p.baseline, *p.baseline_window)))
        out.append(_p(w.pain_now(7, p.last_7, p.percent(p.last_7))))
        out.append(_p(w.pain_now(28, p.last_28, p.percent(p.last_28))))
    out.append(_p(w.weekly("cramps", s.cramp_nights.before, s.cramp_nights.now)))
    out.append(_p(w.weekly("spasm", s.spasm_episodes.before, s.spasm_episodes.now)))
    out.append(f"<h2>{escape(w.heading('alerts'))}</h2>")
    alerts = [words.alert(a) for a in s.alerts]
    out.append("<ul>" + "".join(f"<li>{escape(a)}</li>" for a in alerts) + "</ul>" if alerts
               else _p(w.nothing("alerts")))
    out.append(f"<h2>{escape(w.heading('method'))}</h2>")
    out.append(_p(w.method(), "small"))
    out.append("</body></html>")
    return "".join(out)


__all__ = ["html_for", "summary_html"]
