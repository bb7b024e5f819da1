"""The German translation is complete, keeps every placeholder and the diary's wording rules,
reaches the CLI and the window, and holds every string the code has (pyside6-lupdate)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from packaging_scripts import script
from vdtracker.wording.forbidden import FORBIDDEN_PHRASES, FORBIDDEN_PHRASES_DE
from vdtracker.wording.translate import catalogue_translate

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
GERMAN = TS_DIR / "vdtracker_de.ts"
ENGLISH = TS_DIR / "vdtracker_en.ts"

build_translations = script("build_translations")

QT_ARG = re.compile(r"%(?:\d|n)")
PY_FORMAT = re.compile(r"%[-+#0]*\d*(?:\.\d+)?[sdifgeExXr%]")


# Plural forms whose singular says "one" in words (only the German catalogue has them).
ONE_SAID_IN_WORDS = {("Common", "every %n days", 0), ("RegimenForm", "every %n day(s)", 0),
                     ("RegimenForm", "every %n week(s) on %1", 0)}


def messages(ts: Path) -> list[tuple[str, str, ET.Element, bool]]:
    """(context, source, <translation>, numerus) for every current message of a .ts."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            translation = m.find("translation")
            assert translation is not None, (name, m.findtext("source"))
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            found.append((name, m.findtext("source") or "", translation,
                          m.get("numerus") == "yes"))
    return found


def forms(translation: ET.Element, numerus: bool) -> list[str]:
    if numerus:
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


def test_every_german_message_is_translated():
    untranslated = []
    for context, source, translation, numerus in messages(GERMAN):
        texts = forms(translation, numerus)
        if (translation.get("type") == "unfinished" or not all(t.strip() for t in texts)
                or len(texts) != (2 if numerus else 1)):
            untranslated.append(f"[{context}] {source!r}")
    assert not untranslated, (
        f"{len(untranslated)} string(s) without a finished German translation in {GERMAN.name} "
        "(see README, Translations):\n" + "\n".join(untranslated))


def test_english_plurals_have_both_forms():
    for context, source, translation, numerus in messages(ENGLISH):
        if numerus:
            texts = forms(translation, numerus)
            assert translation.get("type") != "unfinished", (context, source)
            assert len(texts) == 2 and all(texts), (context, source)
            assert all("%n" in t for t in texts), (context, source)


@pytest.mark.parametrize("ts", [GERMAN, ENGLISH], ids=["de", "en"])
def test_no_translation_keeps_an_english_plural_mark(ts):
    """The window resolves a "(s)" left in Qt's answer (ui/window_words.plural), which is only
    safe while no translation contains one."""
    for context, source, translation, numerus in messages(ts):
        assert not any("(s)" in t for t in forms(translation, numerus)), (context, source)


@pytest.mark.parametrize("ts", [GERMAN, ENGLISH], ids=["de", "en"])
def test_every_placeholder_survives_the_translation(ts):
    for context, source, translation, numerus in messages(ts):
        for text in forms(translation, numerus):
            if not text:
                continue  # unfinished English singulars: the source is used
            where = f"[{context}] {source!r} -> {text!r}"
            # %1..%9 may be reordered; %n may not be dropped (but where one is said in words:
            # German "täglich" for "every 1 day", "jede Woche" for "every 1 week").
            wanted = set(QT_ARG.findall(source))
            if numerus and (context, source, 0) in ONE_SAID_IN_WORDS \
                    and text == forms(translation, numerus)[0] and "%n" not in text:
                wanted.discard("%n")
            assert sorted(wanted) == sorted(set(QT_ARG.findall(text))), where
            # Python's % formatting is positional: the same specifiers, in the same order.
            assert PY_FORMAT.findall(source) == PY_FORMAT.findall(text), where
            # A label with an accelerator keeps exactly one.
            if re.search(r"&[^&\s]", source.replace("&&", "")):
                assert len(re.findall(r"&[^&\s]", text.replace("&&", ""))) == 1, where


def test_no_forbidden_phrases_in_german_or_in_the_english_sources():
    for context, source, translation, numerus in messages(GERMAN):
        low_source = source.lower()
        assert not [p for p in FORBIDDEN_PHRASES if p in low_source], (context, source)
        for text in forms(translation, numerus):
            low = text.lower()
            assert not [p for p in FORBIDDEN_PHRASES_DE if p in low], (context, source, text)


def test_the_catalogue_is_what_translate_py_reads(tmp_path):
    build_translations.build(output=tmp_path)
    assert (tmp_path / "vdtracker_de.qm").stat().st_size > 0
    de = catalogue_translate("de", tmp_path)
    assert de("EntryWords", "Saved: %1.", None, -1) != "Saved: %1."
    one, many = de("Common", "%n days ago", None, 1), de("Common", "%n days ago", None, 5)
    assert "1" in one and "5" in many and one.replace("1", "5") != many
    en = catalogue_translate("en", tmp_path)
    assert en("Common", "%n days ago", None, 1) == "1 day ago"
    assert en("Common", "%n days ago", None, 3) == "3 days ago"


@pytest.fixture(scope="module")
def built():
    """The catalogues in vdtracker/i18n, built if missing or older than a .ts (`make test`
    builds them first)."""
    out = build_translations.OUTPUT
    stale = [ts for ts in TS_DIR.glob("vdtracker_*.ts")
             if not (out / f"vdtracker_{ts.stem.split('_', 1)[1]}.json").exists()
             or (out / f"vdtracker_{ts.stem.split('_', 1)[1]}.json").stat().st_mtime
             < ts.stat().st_mtime]
    if stale:
        build_translations.build()
    return out


def german_cli(tmp_path, *args):
    env = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "VDTRACKER_DATABASE_URL")}
    env["LANG"] = "de_DE.UTF-8"
    return subprocess.run([sys.executable, "-m", "vdtracker", "--data-dir", str(tmp_path / "d"),
                           *args], env=env, capture_output=True, text=True, timeout=60)


def test_the_cli_speaks_german(built, tmp_path):
    de = catalogue_translate("de", built)
    refused = german_cli(tmp_path, "log", "pain", "11")
    assert refused.returncode == 2, refused.stderr
    assert "Nothing was saved" not in refused.stderr
    nothing_saved = de("CliWords", "%1 %2 is not accepted: %3. Nothing was saved.", None, -1)
    assert nothing_saved.split("%3")[-1].strip() in refused.stderr, refused.stderr
    assert "VAS 11" in refused.stderr

    saved = german_cli(tmp_path, "log", "pain", "4", "--date", "2026-01-03",
                       "--as-of", "2026-01-05")
    assert saved.returncode == 0, saved.stderr
    assert saved.stdout.startswith(de("EntryWords", "Saved: %1.", None, -1).split("%1")[0])
    assert "Gespeichert" in saved.stdout and "3. Jan. 2026" in saved.stdout, saved.stdout


def test_the_window_loads_german(qapp, built):
    from PySide6.QtCore import QCoreApplication, QLocale

    from vdtracker.ui.translations import install_translators

    translators = install_translators(qapp, QLocale(QLocale.Language.German,
                                                    QLocale.Country.Germany))
    try:
        assert len(translators) >= 1
        assert QCoreApplication.translate("EntryWords", "Saved: %1.") == \
            catalogue_translate("de", built)("EntryWords", "Saved: %1.", None, -1)
        assert QCoreApplication.translate("Common", "%n days ago", None, 2) == "vor 2 Tagen"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    assert QCoreApplication.translate("EntryWords", "Saved: %1.") == "Saved: %1."


def test_every_string_in_the_code_is_in_the_german_ts():
    """pyside6-lupdate over vdtracker/ finds nothing vdtracker_de.ts lacks: a new `self.tr`
    string needs `pyside6-lupdate … -ts resources/translations/vdtracker_de.ts` and a German
    translation (README, Translations)."""
    missing = build_translations.missing_from(GERMAN)
    assert not missing, "not in vdtracker_de.ts (run pyside6-lupdate, then translate):\n" + \
        "\n".join(f"[{c}] {s!r}" for c, s in missing)


# A Python format specifier in a translated string: the words cannot be reordered. (No space
# flag here: "30 % research" is prose, not "% r".)
PY_SPECIFIER = re.compile(r"%[-+#0]*\d*(?:\.\d+)?[sdifgeExX]")


def test_no_source_string_uses_python_formatting():
    """Every argument is %1, %2 … (filled with arg()) so a translator may reorder them."""
    found = [(ctx, src) for ctx, src, _, _ in messages(GERMAN) if PY_SPECIFIER.search(src)]
    assert found == []


@pytest.mark.parametrize("locale_name", ["C", "fr_FR"])
def test_a_language_without_a_catalogue_gets_english_plurals(qapp, built, locale_name):
    """The C locale, or French (no catalogue yet): English words with English plural forms,
    so History never says "1 entries"."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from vdtracker.ui.translations import install_translators

    translators = install_translators(qapp, QLocale(locale_name))
    try:
        assert QCoreApplication.translate("HistoryPage", "%n entries", "", 1) == "1 entry"
        assert QCoreApplication.translate("HistoryPage", "%n entries", "", 3) == "3 entries"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
