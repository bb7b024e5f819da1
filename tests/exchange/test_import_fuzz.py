"""Any bytes given to import (json or a csv folder) give a clean import or a one-line refusal that
leaves the store as it was: never a traceback, never a hang."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from builders import log_pain
from vdtracker.exchange import csv_folder
from vdtracker.services.demo import build_demo
from vdtracker.services.export import NotAnExport, json_bytes, load
from vdtracker.services.importing import ImportRefused

FUZZ = settings(max_examples=120, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


HEAD = b'{"format": "vdtracker-export", "version": 3, '


@pytest.fixture
def seed(svc):
    """The demo diary and a note a spreadsheet would run, exported: what mutations start from."""
    build_demo(svc.db, date(2025, 3, 1))
    log_pain(svc, 6.5, day=date(2025, 1, 20), today=date(2025, 3, 1),
             note="=sum, \"quoted\"\nsecond line")
    return svc.export.document()


def spliced(base: bytes):
    """`base` with a run of bytes replaced by others: mostly an almost-valid file."""
    return st.tuples(st.integers(0, len(base)), st.integers(0, 40), st.binary(max_size=40)).map(
        lambda t: base[:t[0]] + t[2] + base[t[0] + t[1]:])


def check(svc, words, path) -> None:
    before = svc.export.document()
    try:
        doc = load(path)
    except NotAnExport as err:
        said = words.reason(err.reason)
        assert said and "\n" not in said
        return
    try:
        plan = svc.importing.apply(doc)
    except ImportRefused as err:
        assert err.plan.problems
        for p in err.plan.problems:
            assert words.problem(p) and "\n" not in words.problem(p)
        assert svc.export.document() == before
        return
    assert plan.ok


def test_any_bytes_as_a_json_file(svc, words, seed, tmp_path):
    base = json_bytes(seed)
    path = tmp_path / "in.json"

    @FUZZ
    @given(st.one_of(st.binary(max_size=300), spliced(base)))
    @example(HEAD + b'"pain": ' + b"[" * 5000 + b"]" * 5000 + b"}")  # once a RecursionError
    @example(HEAD + b'"pain": [{"note": "\\ud800"}]}')  # once a UnicodeEncodeError
    def run(blob: bytes) -> None:
        path.write_bytes(blob)
        check(svc, words, path)

    run()


def test_any_bytes_as_a_csv_file(svc, words, seed, tmp_path):
    files = csv_folder.files(seed)
    folder = tmp_path / "csv"
    folder.mkdir()
    for name, body in files.items():
        (folder / name).write_bytes(body)

    @FUZZ
    @given(st.sampled_from(["pain.csv", "schedules.csv", "settings.csv"]),
           st.one_of(st.binary(max_size=300), spliced(files["pain.csv"])))
    def run(name: str, blob: bytes) -> None:
        (folder / name).write_bytes(blob)
        try:
            check(svc, words, folder)
        finally:
            (folder / name).write_bytes(files[name])

    run()
