"""Import an export document: a preview first (what is new, what is already here, what cannot
be read), then everything in one transaction or nothing. Re-importing the same file adds
nothing: a record equal to one already stored (apart from when it was typed) is skipped, as
often as it is stored (two identical doses in the file and one in the store: one is added)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import adherence
from ..domain.errors import InvalidInput, reason
from ..exchange import checks
from ..exchange.document import KINDS, SETTINGS, Document, Kind, Problem, Row
from ..storage import repositories as repo
from ..storage.database import Database
from . import settings as opts
from .records import LINKS, MODEL_OF
from .results import Change, added


@dataclass(frozen=True)
class ImportPlan:
    """What an import adds per kind, what it skips as already stored, and what it refuses.
    `changes` are the rows added (for one undo step), empty in a preview."""

    new: Mapping[str, int] = field(default_factory=dict)  # kinds with none left out
    duplicates: Mapping[str, int] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()
    settings: int = 0
    changes: tuple[Change, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def added(self) -> int:
        return sum(self.new.values())

    @property
    def skipped(self) -> int:
        return sum(self.duplicates.values())


class ImportRefused(Exception):
    """The file has problems: nothing was imported (the plan lists them)."""

    def __init__(self, plan: ImportPlan) -> None:
        super().__init__(f"{len(plan.problems)} problem(s)")
        self.plan = plan


class ImportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def preview(self, doc: Document) -> ImportPlan:
        """What `apply` would do, worked out in a transaction that is rolled back."""
        with self.db.reading() as s:
            plan = _Merge(s, doc).run()
            s.rollback()
        return ImportPlan(plan.new, plan.duplicates, plan.problems, plan.settings)

    def apply(self, doc: Document) -> ImportPlan:
        """Add everything new in one transaction; ImportRefused (nothing added) on problems."""
        with self.db.transaction() as s:
            plan = _Merge(s, doc).run()
            if not plan.ok:
                raise ImportRefused(plan)  # the transaction rolls back
        return plan


def _columns(kind: Kind) -> tuple[str, ...]:
    """The stored columns that make two records the same (all but ids and when typed)."""
    return tuple(LINKS.get(n, n) for n in kind.names if n not in ("ref", "created_at"))


class _Merge:
    def __init__(self, s: Session, doc: Document) -> None:
        self.s, self.doc = s, doc
        self.new: Counter[str] = Counter()
        self.dups: Counter[str] = Counter()
        self.problems: list[Problem] = list(doc.problems)
        self.changes: list[Change] = []
        self.supplements: dict[str, int] = {k: i for k, i in s.execute(
            select(MODEL_OF["supplements"].name_key, MODEL_OF["supplements"].id))}
        self.refs: dict[int, int] = {}
        self.schedules_refused = any(p.kind == "schedules" for p in doc.problems)

    def run(self) -> ImportPlan:
        self._check_settings()
        for kind in KINDS:
            rows = [r for r in self.doc.rows.get(kind.key, ()) if self._checked(kind, r)]
            if kind.key == "supplements":
                for row in rows:
                    self._supplement(row.values["name"], row.values, count_duplicate=True)
            else:
                self._records(kind, rows)
        settings = self._settings()
        return ImportPlan(+self.new, +self.dups, tuple(self.problems), settings,
                          tuple(self.changes))

    def _checked(self, kind: Kind, row: Row) -> bool:
        err = checks.check(kind.key, row.values)
        if err is not None:
            self.problems.append(Problem(kind.key, row.row, err))
        return err is None

    def _supplement(self, name: str, values: Mapping[str, Any] | None = None,
                    count_duplicate: bool = False) -> int:
        key = repo.name_key(name)
        if key in self.supplements:
            if count_duplicate:
                self.dups["supplements"] += 1
            return self.supplements[key]
        clean = " ".join(name.split())
        values = values or {}
        row = MODEL_OF["supplements"](
            name=clean, name_key=key,
            substance=values.get("substance") or adherence.substance_key(clean),
            created_at=values.get("created_at"))
        self.s.add(row)
        self.s.flush()
        self.supplements[key] = int(row.id)
        self.new["supplements"] += 1
        self.changes.append(added("supplement", row))
        return int(row.id)

    def _stored(self, kind: Kind, row: Row) -> dict[str, Any] | None:
        """The record as stored columns (names and schedule numbers as ids), or None after
        noting a schedule number this file does not have."""
        out: dict[str, Any] = {}
        for name, value in row.values.items():
            if name == "ref":
                continue
            if name == "supplement":
                out["supplement_id"] = self._supplement(value)
            elif name in ("schedule", "moved_from"):
                column = "regimen_id" if name == "schedule" else "moved_from"
                if value is None:
                    out[column] = None
                elif value in self.refs:
                    out[column] = self.refs[value]
                else:
                    if not self.schedules_refused:
                        self.problems.append(Problem(kind.key, row.row, InvalidInput(
                            name, value, reason("export-schedule-ref"))))
                    return None
            elif isinstance(value, str):
                out[name] = value.strip() or None  # as the forms store text
            elif value is not None or name != "created_at":
                out[name] = value
        return out

    def _records(self, kind: Kind, rows: list[Row]) -> None:
        model, cols = MODEL_OF[kind.key], _columns(kind)
        if kind.key == "decisions":
            cols = ("regimen_id", "kind")  # one decision of a kind per course
        if kind.key == "supplies":
            cols = ("supplement_id",)  # one count per supplement: the one stored is kept
        # stored records by what makes them the same: each one matches one record of the file
        stored: dict[tuple[Any, ...], list[int]] = {}
        for rid, *key in self.s.execute(select(model.id, *(getattr(model, c) for c in cols))
                                        .order_by(model.id)):
            stored.setdefault(tuple(key), []).append(rid)
        new_rows = []
        for row in rows:
            if kind.key == "schedules" and row.values["ref"] in self.refs:
                self.problems.append(Problem(kind.key, row.row, InvalidInput(
                    "ref", row.values["ref"], reason("export-ref-twice"))))
                continue
            values = self._stored(kind, row)
            if values is None:
                continue
            same = stored.get(tuple(values[c] for c in cols))
            if same:
                matched = same.pop(0)
                self.dups[kind.key] += 1
                if kind.key == "schedules":
                    self.refs[row.values["ref"]] = matched
                continue
            obj = model(**values)
            new_rows.append(obj)
            if kind.key == "schedules":
                self.s.add(obj)
                self.s.flush()
                self.refs[row.values["ref"]] = int(obj.id)
        self.s.add_all(new_rows)
        self.s.flush()
        self.new[kind.key] += len(new_rows)
        self.changes.extend(added(kind.entry, obj) for obj in new_rows)

    def _check_settings(self) -> None:
        """A setting this version does not take, or cannot read, is a problem (not dropped)."""
        known = ", ".join(sorted(opts.PORTABLE))
        for key, value in self.doc.settings.items():
            row = self.doc.setting_rows.get(key, 0)
            option = opts.ALL.get(key)
            if option is None or key not in opts.PORTABLE:
                self.problems.append(Problem(SETTINGS, row, InvalidInput(
                    key, "", reason("setting-unknown", known=known))))
                continue
            try:
                option.decode(value)
            except ValueError:
                self.problems.append(Problem(SETTINGS, row, InvalidInput(
                    key, value, reason("setting-invalid"))))

    def _settings(self) -> int:
        return opts.fill_missing(self.s, self.doc.settings)


__all__ = ["ImportPlan", "ImportRefused", "ImportService"]
