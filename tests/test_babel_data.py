"""With only the CLDR data the bundle keeps (root, en*, de*), de_CH is as before, fr_FR English."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import babel
import pytest

ROOT = Path(__file__).resolve().parents[1]
ALL_DATA = Path(babel.__file__).parent / "locale-data"
# the languages with a catalogue: the spec reads the same from their .qm (vdtracker/i18n)
LANGUAGES = sorted(p.stem.split("_", 1)[1]
                   for p in (ROOT / "resources" / "translations").glob("vdtracker_*.ts"))

# packaging/vdtracker.spec keeps Babel's data of root and the catalogue languages only.
# What the code asks Babel under LANG: Formats(system_language(), system_locale()) writes dates
# and plurals in the language and numbers in the locale, separators(system_locale()) reads
# typed numbers (cli/parser.py).
PROBE = r"""
import json, sys
from datetime import date
import babel.localedata
if sys.argv[1]:
    babel.localedata._dirname = sys.argv[1]
from babel import Locale, localedata
from vdtracker.domain.numbers import separators
from vdtracker.wording.formats import Formats
from vdtracker.wording.translate import plural_forms, plural_index, system_language, system_locale

out = {}
for lang in sys.argv[2:]:
    env = {"LANG": lang}
    language, region = system_language(env), system_locale(env)
    f, d = Formats(language), date(2026, 2, 3)
    out[lang] = [f.day(d), f.day_month(d), f.month(d), f.month(d, True), f.weekday_day(d),
                 f.weekday_name(6), f.number(1234567.5, 1), separators(region),
                 plural_forms(language), [plural_index(language, n) for n in range(30)]]
# every locale of the data loads with its parents (en_GB: en_001, en, root)
out["loaded"] = ["root", *(str(Locale.parse(name)) for name in localedata.locale_identifiers()
                           if localedata.load(name))]
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def kept(tmp_path_factory) -> Path:
    """A locale-data folder of the files the spec keeps: root and the catalogue languages."""
    folder = tmp_path_factory.mktemp("babel") / "locale-data"
    folder.mkdir()
    for path in ALL_DATA.glob("*.dat"):
        if path.stem == "root" or path.stem.split("_")[0] in LANGUAGES:
            (folder / path.name).symlink_to(path)
    return folder


def probe(data: Path | None, *langs: str) -> dict[str, list[object]]:
    r = subprocess.run([sys.executable, "-c", PROBE, str(data or ""), *langs], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_the_catalogue_languages_are_english_and_german():
    assert LANGUAGES == ["de", "en"]


def test_the_kept_data_is_a_small_part_of_cldr(kept):
    names = {p.name for p in kept.iterdir()}
    assert {"root.dat", "de.dat", "de_CH.dat", "de_AT.dat", "en.dat", "en_001.dat",
            "en_GB.dat", "en_US.dat"} <= names
    assert {"fr.dat", "fr_FR.dat", "pl.dat", "dua.dat"}.isdisjoint(names)  # dua: not de
    assert len(names) < len(list(ALL_DATA.glob("*.dat"))) / 5


SHIPPED = ("C.UTF-8", "en_US.UTF-8", "en_GB.UTF-8", "en_IE.UTF-8", "en_IN.UTF-8",
           "de_DE.UTF-8", "de_CH.UTF-8", "de_AT.UTF-8", "de_LI.UTF-8", "de_BE.UTF-8")


def test_the_shipped_languages_write_and_read_as_with_all_of_cldr(kept):
    only_kept, everything = probe(kept, *SHIPPED), probe(None, *SHIPPED)
    for lang in SHIPPED:
        assert only_kept[lang] == everything[lang], lang
    assert only_kept["de_CH.UTF-8"][7] == ["'", "."]  # de_CH reads 1'234.5
    assert only_kept["de_DE.UTF-8"][0] == "3. Feb. 2026"


def test_every_kept_locale_loads_with_its_parents(kept):
    loaded = probe(kept)["loaded"]
    assert len(loaded) == len(list(kept.iterdir()))
    assert {"en_GB", "en_001", "de_CH", "root"} <= set(loaded)


OTHERS = ("fr_FR.UTF-8", "pl_PL.UTF-8", "es_ES.UTF-8", "zh_CN.UTF-8", "pt_BR.UTF-8", "xx_YY")


def test_any_other_locale_writes_and_reads_english(kept):
    """No CLDR data for fr_FR in the bundle: English dates, numbers and plurals, no error."""
    results = probe(kept, "C.UTF-8", *OTHERS)
    english = results["C.UTF-8"]
    assert english[:2] == ["3 Feb 2026", "3 Feb"]
    assert english[6] == f"{1234567.5:,.1f}"
    for lang in OTHERS:
        assert results[lang] == english, lang
