"""Settings come back typed, fall back to defaults, upgrade old rows, and are all declared."""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import vdtracker
from vdtracker.app import compose
from vdtracker.domain.errors import InvalidInput
from vdtracker.models import Setting as SettingRow
from vdtracker.services import settings as opts
from vdtracker.storage.database import Database

SOURCE = Path(vdtracker.__file__).parent

# A value other than the default, of the right type, for every declared setting.
OTHER: dict[str, Any] = {
    opts.VITAMIN_D_PROFILE.key: "iom2011",
    opts.B12_PROFILE.key: "nice-b12",
    opts.VITAMIN_D_UNIT.key: "nmol/L",
    opts.HIDE_NAMES.key: True,
    opts.TRAY_TOLD.key: True,
    opts.NO_TRAY_TOLD.key: True,
    opts.NOTIFIED.key: {"missed-dose:1:2026-11-20": date(2026, 11, 21)},
    opts.STORE_ID.key: "0123456789abcdef",
    opts.VERSION.key: 7,
    opts.SUMMARY_NAME.key: "Jane Doe",
    opts.SUMMARY_BIRTH_DATE.key: date(1961, 8, 30),
    opts.SUMMARY_QUESTIONS.key: "Keep the weekly dose?\nRetest when?",
    opts.SUMMARY_PAPER.key: "letter",
}


def put_rows(db: Database, rows: dict[str, str]) -> None:
    """Write raw key/value rows, as an older version (or a damaged file) left them."""
    with db.transaction() as s:
        for key, value in rows.items():
            s.merge(SettingRow(key=key, value=value))


def raw_rows(db: Database) -> dict[str, str]:
    with db.reading() as s:
        return {r.key: r.value for r in s.query(SettingRow)}


def test_a_fresh_store_reads_every_default_with_its_type(db: Database) -> None:
    svc = compose(db).settings
    assert svc.get(opts.HIDE_NAMES) is False and svc.get(opts.TRAY_TOLD) is False
    assert svc.get(opts.NO_TRAY_TOLD) is False
    assert svc.get(opts.VITAMIN_D_PROFILE) == "lab" and svc.get(opts.VITAMIN_D_UNIT) == "ng/mL"
    assert svc.get(opts.NOTIFIED) == {}
    for option in opts.ALL.values():
        if option is not opts.VERSION:  # the first read records the current version
            assert svc.get(option) == option.default, option.key
    assert svc.get(opts.VERSION) == opts.CURRENT_VERSION


@pytest.mark.parametrize("key", sorted(OTHER))
def test_each_setting_round_trips_with_its_python_type(db: Database, key: str) -> None:
    option = opts.ALL[key]
    compose(db).settings.set(option, OTHER[key])
    got = compose(db).settings.get(option)  # a new service: read from the store, not a cache
    assert got == OTHER[key]
    if isinstance(OTHER[key], dict):
        assert isinstance(got, Mapping)
    else:
        assert type(got) is type(OTHER[key])  # exactly: True is an int too


def test_flags_are_stored_as_true_and_false(db: Database) -> None:
    svc = compose(db).settings
    svc.set(opts.HIDE_NAMES, True)
    svc.set(opts.TRAY_TOLD, False)
    rows = raw_rows(db)
    assert (rows["reminders.hide-names"], rows["ui.tray-told"]) == ("true", "false")


@pytest.mark.parametrize("key", sorted(OTHER))
@pytest.mark.parametrize("stored", ["maybe", "", "{", "[1, 2]", "on", "-3", "ng/dL"])
def test_a_value_this_version_cannot_read_falls_back_to_the_default(
        db: Database, key: str, stored: str) -> None:
    option = opts.ALL[key]
    compose(db).settings.get(option)  # upgraded first, so the row below is read as version 2
    put_rows(db, {key: stored})
    expected = option.default
    if isinstance(option, opts.TextOption):
        expected = stored  # any short text reads as itself (the store id, a name)
    if option is opts.VERSION:
        expected = opts.CURRENT_VERSION  # read as version 1, so upgraded again (harmless)
    assert compose(db).settings.get(option) == expected


def test_refused_values_change_nothing(db: Database) -> None:
    svc = compose(db).settings
    with pytest.raises(InvalidInput):
        svc.set(opts.VITAMIN_D_PROFILE, "made-up")
    with pytest.raises(InvalidInput):
        svc.set(opts.HIDE_NAMES, "on")  # type: ignore[misc]  # the old string form
    with pytest.raises(InvalidInput):
        svc.set(opts.VERSION, 0)
    assert svc.get(opts.VITAMIN_D_PROFILE) == "lab" and svc.get(opts.HIDE_NAMES) is False
    assert set(raw_rows(db)) <= {"settings.version"}


def test_the_command_line_words_for_flags_are_on_and_off() -> None:
    assert opts.HIDE_NAMES.parse("on") is True and opts.HIDE_NAMES.parse("off") is False
    assert opts.HIDE_NAMES.show(True) == "on" and opts.HIDE_NAMES.words == ("off", "on")
    for typed in ("true", "yes", "ON", ""):
        with pytest.raises(InvalidInput):
            opts.HIDE_NAMES.parse(typed)
    assert opts.VITAMIN_D_PROFILE.parse("es2011") == "es2011"
    with pytest.raises(InvalidInput):
        opts.VITAMIN_D_PROFILE.parse("es2012")


def test_the_upgrade_converts_rows_written_by_version_1(db: Database) -> None:
    old = {
        "reminders.hide-names": "on",
        "ui.tray-told": "yes",
        "ui.no-tray-told": "no",
        "profile.vitamin-d": "es2011",
        "display.vitamin-d-unit": "nmol/L",
        "store.id": "0123456789abcdef",  # secrets.token_hex(8), as version 1 made it
        "reminders.notified": '{"missed-dose:1:2026-11-20": "2026-11-21"}',
    }
    put_rows(db, old)  # no settings.version row: that is how version 1 looks
    svc = compose(db).settings
    assert svc.get(opts.HIDE_NAMES) is True
    assert svc.get(opts.TRAY_TOLD) is True and svc.get(opts.NO_TRAY_TOLD) is False
    assert svc.get(opts.VITAMIN_D_PROFILE) == "es2011"
    assert svc.get(opts.VITAMIN_D_UNIT) == "nmol/L"
    assert svc.store_id() == "0123456789abcdef"  # exported calendar UIDs stay the same
    assert svc.get(opts.NOTIFIED) == {"missed-dose:1:2026-11-20": date(2026, 11, 21)}
    rows = raw_rows(db)
    assert rows == {**old, "reminders.hide-names": "true", "ui.tray-told": "true",
                    "ui.no-tray-told": "false", "settings.version": str(opts.CURRENT_VERSION)}


def test_the_upgrade_turns_off_into_false_and_leaves_unknown_words_alone(db: Database) -> None:
    put_rows(db, {"reminders.hide-names": "off", "ui.tray-told": "perhaps"})
    svc = compose(db).settings
    assert svc.get(opts.HIDE_NAMES) is False and svc.get(opts.TRAY_TOLD) is False
    rows = raw_rows(db)
    assert rows["reminders.hide-names"] == "false" and rows["ui.tray-told"] == "perhaps"


def test_the_upgrade_runs_once(db: Database) -> None:
    put_rows(db, {"ui.tray-told": "yes"})
    compose(db).settings.get(opts.TRAY_TOLD)
    put_rows(db, {"ui.tray-told": "yes"})  # the old form, written after the upgrade
    assert compose(db).settings.get(opts.TRAY_TOLD) is False  # not converted a second time
    assert raw_rows(db)["ui.tray-told"] == "yes"


def test_settings_written_by_a_newer_version_are_not_downgraded(db: Database) -> None:
    put_rows(db, {"settings.version": "99", "reminders.hide-names": "on"})
    assert compose(db).settings.get(opts.HIDE_NAMES) is False
    assert raw_rows(db) == {"settings.version": "99", "reminders.hide-names": "on"}


def test_every_upgrade_step_leads_to_the_current_version() -> None:
    assert sorted(opts.UPGRADES) == list(range(1, opts.CURRENT_VERSION))
    assert opts.VERSION.default == 1  # a store without the row predates versions


def test_the_store_id_is_made_once_on_first_use(db: Database) -> None:
    first = compose(db).settings.store_id()
    assert re.fullmatch(r"[0-9a-f]{32}", first)  # uuid4().hex
    assert compose(db).settings.store_id() == first
    assert compose(db).settings.get(opts.STORE_ID) == first


def _string_constants(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)
            and isinstance(n.value, str)]


def _uses_setting_rows(path: Path) -> bool:
    """Whether a module imports the key/value row model (and so could invent a key)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for n in ast.walk(tree):
        if isinstance(n, ast.ImportFrom) and (n.module or "").endswith("models") \
                and any(a.name == "Setting" for a in n.names):
            return True
        if isinstance(n, ast.ImportFrom) and (n.module or "").endswith("models.settings"):
            return True
        if isinstance(n, ast.Attribute) and n.attr == "Setting":
            return True
    return False


def test_every_setting_key_used_in_the_code_is_declared() -> None:
    modules = [p for p in SOURCE.rglob("*.py") if "migrations" not in p.parts]
    touching = {p.relative_to(SOURCE).as_posix() for p in modules if _uses_setting_rows(p)}
    # Only the declarations read and write the rows; models/ defines and exports the row.
    assert touching <= {"services/settings.py", "models/__init__.py"}, touching
    prefixes = {key.split(".")[0] for key in opts.ALL}
    alternatives = "|".join(map(re.escape, prefixes))
    shaped = re.compile(rf"^({alternatives})\.[a-z0-9][a-z0-9-]*$")
    used = {s for p in modules for s in _string_constants(p) if shaped.match(s)}
    assert used and used <= set(opts.ALL), used - set(opts.ALL)


def test_each_declaration_is_listed_once_under_its_own_key() -> None:
    declared = [v for v in vars(opts).values() if isinstance(v, opts.Option)]
    assert len({o.key for o in declared}) == len(declared)  # no key declared twice
    assert {o.key: o for o in declared} == opts.ALL
    assert all(opts.ALL[k] is o for k, o in opts.OPTIONS.items())
    assert all(o.key != opts.VERSION.key for o in opts.OPTIONS.values())


def test_a_summary_text_longer_than_its_limit_is_refused_and_reads_as_the_default(
        db: Database) -> None:
    svc = compose(db).settings
    with pytest.raises(InvalidInput) as err:
        svc.set(opts.SUMMARY_NAME, "x" * 101)
    assert "x" * 20 not in str(err.value)  # the length, never the text, goes into the error
    svc.set(opts.SUMMARY_QUESTIONS, "q" * 2000)
    put_rows(db, {opts.SUMMARY_QUESTIONS.key: "q" * 2001, opts.SUMMARY_BIRTH_DATE.key:
                  "1899-12-31"})
    assert svc.get(opts.SUMMARY_QUESTIONS) == "" and svc.get(opts.SUMMARY_BIRTH_DATE) is None
    with pytest.raises(InvalidInput):
        svc.set(opts.SUMMARY_BIRTH_DATE, date(1899, 12, 31))


def test_several_settings_are_stored_together_or_not_at_all(db: Database) -> None:
    svc = compose(db).settings
    with pytest.raises(InvalidInput):
        svc.set_all([(opts.SUMMARY_NAME, "Jane"), (opts.SUMMARY_PAPER, "a5")])
    assert svc.get(opts.SUMMARY_NAME) == ""
    svc.set_all([(opts.SUMMARY_NAME, "Jane"), (opts.SUMMARY_PAPER, "a4")])
    assert (svc.get(opts.SUMMARY_NAME), svc.get(opts.SUMMARY_PAPER)) == ("Jane", "a4")


def test_the_summary_paper_is_listed_and_the_personal_values_are_not() -> None:
    assert opts.SUMMARY_PAPER.key in opts.OPTIONS and opts.SUMMARY_PAPER.words == (
        "auto", "a4", "letter")
    for option in (opts.SUMMARY_NAME, opts.SUMMARY_BIRTH_DATE, opts.SUMMARY_QUESTIONS):
        assert option.key in opts.ALL and option.key not in opts.OPTIONS
