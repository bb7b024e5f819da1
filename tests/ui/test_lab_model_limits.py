"""The Labs table (issue 23): a limit keeps its sign in "In the other unit" and beside a guideline
band, and a vitamin D result above its report's range is never called "sufficient" by a
profile. Rows are the services' own views of results saved through them; each converted number
is worked out here (ng/mL × 2.496 = nmol/L, pg/mL × 0.7378 = pmol/L)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from builders import add_lab
from vdtracker.domain.ranges import PROFILES
from vdtracker.ui.tables.lab_model import LabModel
from vdtracker.wording import Formats, Wording, catalogue_translate, english

TODAY = date(2025, 3, 4)
NMOL_PER_NG = 2.496
PMOL_PER_PG = 0.7378
OTHER, FLAG = 3, 5


def model(svc, language, profiles):
    words = english() if language == "en" else Wording(catalogue_translate("de"),
                                                       Formats("de"))
    m = LabModel(words)
    m.set_rows(svc.labs.list(), {a: PROFILES[p] for a, p in profiles.items()})
    return m


def row_of(m, printed):
    return next(i for i, r in enumerate(m.rows) if r.value_text == printed)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_other_unit_column_keeps_the_sign(qtbot, qtmodeltester, svc, language):
    add_lab(svc, "vitamin-d", "<10", "ng/mL", day=TODAY, today=TODAY, low=30, high=100)
    add_lab(svc, "vitamin-d", ">150", "ng/mL", day=TODAY, today=TODAY, low=30, high=100)
    add_lab(svc, "vitamin-d", "400", "nmol/L", day=TODAY, today=TODAY, low=75, high=250)
    add_lab(svc, "b12", "<111", "pmol/L", day=TODAY, today=TODAY, low=145, high=569)
    m = model(svc, language, {})
    qtmodeltester.check(m, force_py=True)
    point = "," if language == "de" else "."
    expected = {"<10": f"<{round(10 * NMOL_PER_NG)} nmol/L",
                ">150": f">{round(150 * NMOL_PER_NG)} nmol/L",
                "400": f"{400 / NMOL_PER_NG:.1f} ng/mL".replace(".", point),
                "<111": f"<{round(111 / PMOL_PER_PG)} pg/mL"}
    for printed, shown in expected.items():
        assert m.index(row_of(m, printed), OTHER).data() == shown


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_high_result_under_uk_nos_is_not_called_sufficient(qtbot, svc, language):
    add_lab(svc, "vitamin-d", "400", "nmol/L", day=TODAY, today=TODAY, low=75, high=250)
    add_lab(svc, "vitamin-d", "22", "ng/mL", day=TODAY, today=TODAY, low=30, high=100)
    m = model(svc, language, {"vitamin-d": "uknos"})
    high = m.index(row_of(m, "400"), FLAG).data(Qt.ItemDataRole.ToolTipRole)
    assert "sufficient" not in high and "ausreichend" not in high
    assert m.words.common.attribution("uknos") in high
    # 22 ng/mL is 54.9 nmol/L, within a 30–100 ng/mL report: NOS "sufficient" (> 50 nmol/L)
    within = m.index(row_of(m, "22"), FLAG).data(Qt.ItemDataRole.ToolTipRole)
    assert m.words.common.band_label("sufficient") in within
    point = "," if language == "de" else "."
    assert f"{round(22 * NMOL_PER_NG)} nmol/L".replace(".", point) in within


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_limit_beside_a_band_keeps_its_sign(qtbot, svc, language):
    add_lab(svc, "vitamin-d", "<10", "ng/mL", day=TODAY, today=TODAY, low=30, high=100)
    add_lab(svc, "vitamin-d", "<25", "nmol/L", day=TODAY, today=TODAY, low=50, high=125)
    nos = model(svc, language, {"vitamin-d": "uknos"})
    said = nos.index(row_of(nos, "<10"), FLAG).data(Qt.ItemDataRole.ToolTipRole)
    assert f"<{round(10 * NMOL_PER_NG)} nmol/L" in said
    es = model(svc, language, {"vitamin-d": "es2011"})
    said = es.index(row_of(es, "<25"), FLAG).data(Qt.ItemDataRole.ToolTipRole)
    point = "," if language == "de" else "."
    assert f"<{25 / NMOL_PER_NG:.1f} ng/mL".replace(".", point) in said
