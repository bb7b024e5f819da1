"""A third language is a catalogue, not code: a Polish .ts made here only (none is shipped),
built as `make translations` builds the CLI's catalogue, gives Polish months, weekdays, number
separators and Polish plurals (one, few, many) from CLDR, through the code the CLI runs."""

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from test_translations import build_translations
from vdtracker.domain.numbers import REGIONS, SEPARATORS, read_number, separators
from vdtracker.wording.formats import Formats
from vdtracker.wording.translate import catalogue_translate, plural_index

# CLDR's Polish abbreviations (format context), Monday first
MONTHS_PL = ("sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru")
WEEKDAYS_PL = ("pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz.")
NBSP = "\u00a0"

CRAMPS = "%n cramp(s) in the night of %1"
TS = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>EntryWords</name>
    <message><source>Saved: %1.</source><translation>Zapisano: %1.</translation></message>
    <message><source>Pain %1 on %2</source><translation>Ból %1 dnia %2</translation></message>
    <message numerus="yes">
        <source>{CRAMPS}</source>
        <translation>
            <numerusform>%n skurcz w nocy %1</numerusform>
            <numerusform>%n skurcze w nocy %1</numerusform>
            <numerusform>%n skurczów w nocy %1</numerusform>
        </translation>
    </message>
    <message><source>Deleted %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">Usunięto %1.</translation></message>
</context>
<context>
    <name>Common</name>
    <message><source>%1/10</source><translation>%1/10</translation></message>
</context>
</TS>
"""


def polish_plural(n: int) -> int:
    """Polish by hand: 1 one; 2-4, 22-24 … (not 12-14) few; every other count many."""
    if n == 1:
        return 0
    return 1 if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else 2


@pytest.fixture(scope="module")
def polish(tmp_path_factory) -> Path:
    """vdtracker_pl.json and .qm built from the .ts by packaging/build_translations.py."""
    folder = tmp_path_factory.mktemp("i18n")
    (folder / "vdtracker_pl.ts").write_text(TS, "utf-8")
    build_translations.build(sources=folder, output=folder)
    return folder


def test_polish_dates_are_cldr_s():
    pl = Formats("pl")
    day = date(2026, 1, 5)  # a Monday
    for i in range(400):
        d = day + timedelta(days=i)
        name = MONTHS_PL[d.month - 1]
        assert pl.day(d) == f"{d.day} {name} {d.year}"
        assert pl.day_month(d) == f"{d.day} {name}"
        assert pl.month(d) == name and pl.month(d, year=True) == f"{name} {d.year}"
        assert pl.weekday_day(d) == f"{WEEKDAYS_PL[i % 7]}, {d.day} {name} {d.year}"
    assert [pl.weekday_name(w) for w in range(7)] == list(WEEKDAYS_PL)
    assert pl.day(date(2026, 2, 3)) == "3 lut 2026"


def test_polish_numbers_are_written_and_read_with_cldr_s_separators():
    pl = Formats("pl")
    assert pl.number(1234.5) == f"1{NBSP}234,5"
    assert pl.number(1234567.891, 2) == f"1{NBSP}234{NBSP}567,89"
    assert pl.number(7) == "7" and pl.number(0.25) == "0,25"
    assert pl.printed("2.38", 2.38) == "2,38"
    for typed in (f"1{NBSP}234,5", "1 234,5", "1234,5"):  # a plain space for the no-break one
        assert read_number(typed, "pl") == 1234.5
    assert read_number(pl.number(98765.25), "pl") == 98765.25


def test_polish_counts_take_cldr_s_three_forms_in_the_catalogue_s_order(polish):
    said = catalogue_translate("pl", polish)
    forms = ("%n skurcz w nocy %1", "%n skurcze w nocy %1", "%n skurczów w nocy %1")
    counts = (1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 24, 25, 101, 112, 122, 1000)
    for n in counts:
        assert plural_index("pl", n) == polish_plural(n), n
        assert said("EntryWords", CRAMPS, None, n) == forms[polish_plural(n)].replace("%n", str(n))
    assert said("EntryWords", "Saved: %1.", None, -1) == "Zapisano: %1."
    # an unfinished translation is left out, as in German: the English source is said
    assert said("EntryWords", "Deleted %1. Undo with Ctrl+Z.", None, -1) == \
        "Deleted %1. Undo with Ctrl+Z."


def test_qt_picks_the_same_polish_form_as_the_command_line(qapp, polish):
    """The window's .qm (lrelease) and the CLI's .json read the numerus forms in one order."""
    from PySide6.QtCore import QTranslator

    qt = QTranslator()
    assert qt.load(str(polish / "vdtracker_pl.qm"))
    said = catalogue_translate("pl", polish)
    for n in (1, 2, 5, 12, 22, 25, 112, 122):
        form = qt.translate("EntryWords", CRAMPS, None, n)  # QTranslator leaves %n
        assert form.replace("%n", str(n)) == said("EntryWords", CRAMPS, None, n), n


def test_the_command_line_speaks_polish_from_the_catalogue_alone(polish, tmp_path):
    """`vdtracker log` under LANG=pl_PL with the catalogue folder swapped for the test's."""
    code = ("import functools, pathlib, sys\n"
            "import vdtracker.cli as cli\n"
            "from vdtracker.wording import translate\n"
            "cli.catalogue_translate = functools.partial(translate.catalogue_translate,\n"
            "                                            folder=pathlib.Path(sys.argv[1]))\n"
            "sys.exit(cli.main(sys.argv[2:]))\n")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("VDTRACKER_", "LC_", "LANG"))} | {"LANG": "pl_PL.UTF-8"}

    def run(*args: str) -> str:
        r = subprocess.run([sys.executable, "-c", code, str(polish), "--data-dir",
                            str(tmp_path / "d"), *args, "--as-of", "2026-02-28"],
                           capture_output=True, text=True, env=env, timeout=60)
        assert r.returncode == 0, r.stderr
        return r.stdout

    assert run("log", "cramp", "--count", "22", "--date", "2026-02-03") == \
        "Zapisano: 22 skurcze w nocy 3 lut 2026.\n"
    assert run("log", "cramp", "--count", "5", "--date", "2026-02-04") == \
        "Zapisano: 5 skurczów w nocy 4 lut 2026.\n"
    assert run("log", "pain", "3,5", "--date", "2026-02-05") == \
        "Zapisano: Ból 3,5/10 dnia 5 lut 2026.\n"


@pytest.mark.parametrize("name", ["en", "en_GB", "en_US", "de", "de_DE", "de_AT", "de_CH",
                                  "de_LI"])
def test_the_separators_kept_for_english_and_german_are_cldr_s(name):
    """domain/numbers.py reads English and German without loading Babel: its table is CLDR's."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    kept = REGIONS.get(name) or SEPARATORS[name.split("_")[0]]
    assert kept == separators(name) == (get_group_symbol(name), get_decimal_symbol(name))


def test_english_and_german_dates_are_as_they_always_were():
    """CLDR's "en" is American ('Sep 3, 2026'); the program writes the day first, as the window
    and the report do. German is CLDR's own (tests/test_german_wording.py: as QLocale's)."""
    en, de = Formats("en"), Formats("de")
    d = date(2026, 9, 3)
    assert (en.day(d), en.day_month(d), en.month(d, True), en.weekday_day(d)) == \
        ("3 Sep 2026", "3 Sep", "Sep 2026", "Thu 3 Sep 2026")
    assert (de.day(d), de.day_month(d), de.month(d, True), de.weekday_day(d)) == \
        ("3. Sept. 2026", "3. Sept.", "Sept. 2026", "Do., 3. Sept. 2026")
    assert de.month(date(2026, 3, 1)) == "März" and de.weekday_name(6) == "So."
    assert (en.number(1234.5), de.number(1234.5)) == ("1,234.5", "1.234,5")
    assert [plural_index(lang, n) for lang in ("en", "de") for n in (0, 1, 2, 21)] == \
        [1, 0, 1, 1] * 2
