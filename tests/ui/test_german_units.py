"""Dose units as German packs and prescriptions print them (I.E., µg) everywhere the German
window shows a dose, while the diary stores and exports IU, mcg and mg."""

import re

from conftest import TODAY
from real_event_helpers import choose, ctrl_s, type_over
from test_keys_and_dates import german_demo_window  # noqa: F401 - the fixture
from tests_ui_helpers import activate, shown


def cells(table, column):
    model = table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_german_window_shows_ie_and_microgram_and_stores_iu_and_mcg(
        german_demo_window, qtbot):  # noqa: F811 - the fixture imported above
    window = german_demo_window
    activate(window)
    page = shown(window, "supplements")
    units = [page.form.unit.itemText(i) for i in range(page.form.unit.count())]
    assert units == ["I.E.", "µg", "mg"]
    doses = cells(page.table, 1)
    assert any(d.endswith(" I.E.") for d in doses) and any(d.endswith(" µg") for d in doses)
    assert not any(d.endswith((" IU", " mcg")) for d in doses), doses
    held = {(r.supplement, r.amount, r.unit) for r in window.ctx.services.regimens.list(TODAY)}
    type_over(page.form.supplement.lineEdit(), "Vitamin K2")
    type_over(page.form.amount, "200")
    choose(page.form.unit, "µg")
    ctrl_s()
    qtbot.waitUntil(lambda: len(window.ctx.services.regimens.list(TODAY)) == len(held) + 1)
    new = {(r.supplement, r.amount, r.unit)
           for r in window.ctx.services.regimens.list(TODAY)} - held
    assert new == {("Vitamin K2", 200.0, "mcg")}
    assert window.ctx.services.export.document()["schedules"][-1]["dose_unit"] == "mcg"
    history = shown(window, "history")
    model = history.table.model()
    lines = [model.index(r, 3).data() or "" for r in range(model.rowCount())]
    taken = [x for x in lines if x.startswith("Vitamin")]
    assert taken and all(re.search(r"\d (I\.E\.|µg|mg) ", x) for x in taken), taken[:6]
