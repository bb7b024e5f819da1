"""German that reads German (issue 25): the literal phrasing a native reader found is gone, the
glossary (resources/translations/GLOSSARY.md) is followed, "every 1 day" reads "täglich", and the
command line writes the months as the window does."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QLocale

from test_translations import GERMAN, TS_DIR, build_translations, forms, german_cli, messages
from vdtracker.wording.formats import Formats
from vdtracker.wording.translate import catalogue_translate

GLOSSARY = TS_DIR / "GLOSSARY.md"

# What a native reader stumbled over, and what a German patient says instead.
LITERAL = {"Tagebuch des Tages": "Tagebucheintrag", "Forschungsmarke": "Richtwert aus Studien",
           "ohne Ende": "unbefristet", "Wie gedruckt": "Wie im Befund",
           "unter dem Bereich": "unterhalb des Referenzbereichs", "Kalzium": "Calcium",
           "alle 1 Tag": "täglich", "freiwillig": "optional"}


def german_texts() -> list[tuple[str, str, str]]:
    """Every finished German text (one not translated yet is test_translations' to report)."""
    return [(context, source, text) for context, source, translation, numerus in messages(GERMAN)
            if translation.get("type") != "unfinished" for text in forms(translation, numerus)]


def test_the_literal_phrases_are_gone_and_what_a_german_says_is_there():
    texts = german_texts()
    for literal, german in LITERAL.items():
        left = [(c, s, t) for c, s, t in texts if literal.lower() in t.lower()]
        assert not left, f"{literal!r} is still in the German catalogue: {left}"
        assert any(german in t for _, _, t in texts), german


def glossary() -> list[tuple[str, list[str]]]:
    """(English term, its German terms) for each checked row of GLOSSARY.md."""
    rows = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| `([^`]+)` \| (.*?) \|", line)
        if m:
            rows.append((m.group(1), re.findall(r"`([^`]+)`", m.group(2))))
    return rows


def test_the_german_glossary_is_followed():
    rows = glossary()
    assert len(rows) >= 20 and ("report's range", ["Referenzbereich"]) in rows
    astray = []
    for context, source, text in german_texts():
        for english, german in rows:
            if re.search(rf"\b{re.escape(english)}(?![.]\w)", source.replace("&", ""), re.I) \
                    and not any(g.lower() in text.replace("&", "").lower() for g in german):
                astray.append(f"[{context}] {source!r} -> {text!r}: {english} is {german}")
    assert not astray, "\n".join(astray)


@pytest.fixture(scope="module")
def de(built):
    return catalogue_translate("de", built)


@pytest.fixture(scope="module")
def built():
    """The catalogues in vdtracker/i18n, built if older than a .ts (as tests/test_translations)."""
    out = build_translations.OUTPUT
    if any(not (out / f"{ts.stem}.json").exists()
           or (out / f"{ts.stem}.json").stat().st_mtime < ts.stat().st_mtime
           for ts in TS_DIR.glob("vdtracker_*.ts")):
        build_translations.build()
    return out


@pytest.mark.parametrize(("context", "source"), [("Common", "every %n days"),
                                                 ("RegimenForm", "every %n day(s)")])
def test_every_one_day_reads_taeglich(de, context, source):
    assert de(context, source, None, 1) == "täglich"
    assert de(context, source, None, 3) == "alle 3 Tage"
    assert de("RegimenForm", "every %n week(s) on %1", None, 1) == "jede Woche am %1"
    assert de("RegimenForm", "every %n week(s) on %1", None, 2) == "alle 2 Wochen am %1"


MONTHS = [date(2026, m, 3) for m in range(1, 13)]


def window_day(d: date) -> str:
    """The window's 'd. MMM yyyy' under de_DE: QLocale's own month abbreviation."""
    return f"{d.day}. {QLocale('de_DE').toString(d, 'MMM')} {d.year}"


def test_the_command_line_writes_each_month_as_the_window_does():
    cli = Formats("de")
    assert [cli.day(d) for d in MONTHS] == [window_day(d) for d in MONTHS]
    assert cli.day(date(2026, 9, 3)) == "3. Sept. 2026"
    assert [cli.month(d) for d in MONTHS] == [QLocale("de_DE").toString(d, "MMM") for d in MONTHS]
    assert cli.weekday_day(date(2026, 9, 3)) == "Do., 3. Sept. 2026"  # 'ddd, d. MMM yyyy'


def test_the_german_cli_prints_every_month_as_the_window(built, tmp_path):
    for d in MONTHS:
        saved = german_cli(tmp_path, "log", "pain", "4", "--date", d.isoformat(),
                           "--as-of", "2026-12-31")
        assert saved.returncode == 0, saved.stderr
        assert f" am {window_day(d)}." in saved.stdout, saved.stdout


def test_as_printed_in_the_reader_s_number_style():
    """The report's own text with the reader's decimal point; a unit and a qualifier stay."""
    de, en = Formats("de"), Formats("en")
    assert de.printed("2.38", 2.38) == "2,38" and en.printed("2,38", 2.38) == "2.38"
    assert de.printed("<7.5 ng/mL") == "<7,5 ng/mL"
    assert de.printed("1,476", 1476) == "1.476"  # an English report's thousands
    assert de.printed(">1476", 1476) == ">1476" and de.printed("negativ") == "negativ"
