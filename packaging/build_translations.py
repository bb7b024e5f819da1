"""Build the translations: each resources/translations/vdtracker_<lang>.ts becomes
vdtracker/i18n/vdtracker_<lang>.qm (for the window, via pyside6-lrelease) and
vdtracker/i18n/vdtracker_<lang>.json (for the CLI, read by vdtracker/wording/translate.py);
and vdtracker/i18n/cldr.json, the dates and plurals of those languages (vdtracker/wording/cldr.py).

Qt-free: the .json is parsed from the .ts with xml.etree; only lrelease is Qt's, run as a program.

    python packaging/build_translations.py            # build every language
    python packaging/build_translations.py --check    # also: does the .ts hold every string
                                                      # pyside6-lupdate finds in the code?
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources" / "translations"
OUTPUT = ROOT / "vdtracker" / "i18n"
SKIPPED = ("unfinished", "vanished", "obsolete")

Catalogue = dict[str, dict[str, list[str]]]


def qt_tool(name: str) -> str:
    """pyside6-<name> next to this Python (the virtualenv's), else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        sys.exit(f"pyside6-{name} not found: install PySide6 (make setup) first")
    return found


def language(ts: Path) -> str:
    """'vdtracker_de.ts' -> 'de'."""
    return ts.stem.split("_", 1)[1]


def catalogue(ts: Path) -> Catalogue:
    """{context: {source: [form, ...]}}: one form for a plain message, the numerus forms of a
    plural one; unfinished, vanished and obsolete translations are left out."""
    table: Catalogue = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in SKIPPED:
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            if any(forms):
                table.setdefault(name, {})[source] = forms
    return table


def _write(path: Path, text: str) -> None:
    """Write through a temporary file, so a reader never sees half a catalogue."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, "utf-8")
    os.replace(tmp, path)


def build(sources: Path = SOURCES, output: Path = OUTPUT) -> list[Path]:
    """Build every .ts in `sources`; the files written."""
    written: list[Path] = []
    lrelease = qt_tool("lrelease")
    for ts in sorted(sources.glob("vdtracker_*.ts")):
        lang = language(ts)
        qm = output / f"vdtracker_{lang}.qm"
        tmp_qm = output / f".vdtracker_{lang}.{os.getpid()}.qm"
        subprocess.run([lrelease, "-silent", "-nounfinished", str(ts), "-qm", str(tmp_qm)],
                       check=True)
        os.replace(tmp_qm, qm)
        js = output / f"vdtracker_{lang}.json"
        _write(js, json.dumps(catalogue(ts), ensure_ascii=False, indent=1, sort_keys=True) + "\n")
        written += [qm, js]
    written.append(write_cldr([language(ts) for ts in sorted(sources.glob("vdtracker_*.ts"))],
                              output))
    return written


def write_cldr(languages: list[str], output: Path = OUTPUT) -> Path:
    """vdtracker/i18n/cldr.json: CLDR's month and weekday names, date patterns and plural
    rules of English and each catalogue's language, from Babel (vdtracker/wording/cldr.py)."""
    sys.path.insert(0, str(ROOT))
    from vdtracker.wording.cldr import EXTRACT, extract

    path = output / EXTRACT.name
    _write(path, extract(sorted({"en", *languages})))
    return path


def sources_in_code(code: Path = ROOT / "vdtracker") -> set[tuple[str, str]]:
    """(context, source) of every string pyside6-lupdate extracts from the code now."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "vdtracker_xx.ts"
        subprocess.run([qt_tool("lupdate"), "-silent", "-extensions", "py", "-no-obsolete",
                        "-locations", "none", str(code), "-ts", str(ts)], check=True)
        return messages(ts)


def messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every current message in a .ts (vanished/obsolete ones left out)."""
    found: set[tuple[str, str]] = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            found.add((name, message.findtext("source") or ""))
    return found


def missing_from(ts: Path) -> list[tuple[str, str]]:
    """Strings in the code that `ts` does not hold (someone added a string and did not run
    pyside6-lupdate), sorted."""
    return sorted(sources_in_code() - messages(ts))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="fail if the code has strings resources/translations/"
                             "vdtracker_de.ts does not hold")
    args = parser.parse_args(argv)
    OUTPUT.mkdir(exist_ok=True)
    for path in build():
        print(f"wrote {path.relative_to(ROOT)}")
    if args.check:
        missing = missing_from(SOURCES / "vdtracker_de.ts")
        for context, source in missing:
            print(f"not in vdtracker_de.ts: [{context}] {source!r}", file=sys.stderr)
        if missing:
            print("run pyside6-lupdate (see README, Translations) and translate them",
                  file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
