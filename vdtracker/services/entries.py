"""Every stored entry as one history: newest first, paged, filterable; edit, delete and restore."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import validation as v
from ..domain.errors import InvalidInput, reason
from ..domain.messages import Message, message
from ..domain.plausible import check_lab
from ..domain.printed import qualifier_of, split_printed
from ..domain.symptoms import check_score
from ..models import (
    CrampNight,
    Decision,
    Dose,
    LabResult,
    PainEntry,
    RecheckDate,
    Regimen,
    SpasmEpisode,
    Supplement,
    Supply,
    SupplyPack,
    TakingBreak,
)
from ..storage.repositories import to_domain_regimen
from . import moves
from .history import DAY_FIELD, HISTORY_KINDS, VALUE_FIELD, EntryRow, HistoryFilter, HistoryService
from .labs import checked_value, parse_value
from .results import Change, EntryData, Saved, data_of

MODELS: dict[str, Any] = {"pain": PainEntry, "cramp": CrampNight, "spasm": SpasmEpisode,
                          "dose": Dose, "lab": LabResult, "regimen": Regimen,
                          "recheck": RecheckDate, "supplement": Supplement, "decision": Decision,
                          "break": TakingBreak, "supply": Supply, "supply_pack": SupplyPack}


class EntryService(HistoryService):
    """The history (services.history), and the changes made to it: edit, delete, undo."""

    # ---- changing ---------------------------------------------------------------
    def delete(self, targets: Sequence[tuple[str, int]]) -> Saved:
        """Remove entries together (all or none); the result holds what undo puts back. The
        later half of a moved schedule goes with the move undone; the first half only together
        with it (services.moves)."""
        changes, summaries, unmoved = [], [], []
        with self.db.transaction() as s:
            ordered = moves.later_halves_first(s, targets)
            for kind, entry_id in ordered:
                row = self._row(s, kind, entry_id)
                if kind == "regimen":
                    later = moves.carrier_of(s, row)
                    if later is not None and ("regimen", later.id) not in ordered:
                        raise moves.refuse_first_half(s, row, later)
                    if (back := moves.unmove(s, row)) is not None:
                        changes.append(back)
                        unmoved.append(back.id)
                linked = self._linked_doses(s, kind, entry_id)
                for linked_kind, said in self._decisions(s, kind, entry_id):
                    # gone with the schedule; undo (replayed backwards) brings the schedule first
                    changes.append(Change(linked_kind, said.id, data_of(linked_kind, said),
                                          None))
                    s.delete(said)
                gone = Change(kind, entry_id, data_of(kind, row), None)
                summaries.append((kind, getattr(row, DAY_FIELD.get(kind, "day"), None)))
                s.delete(row)
                s.flush()
                for dose, before in linked:  # the store unlinks them; undo links them again
                    s.refresh(dose)
                    # listed before the schedule: undo (replayed backwards) puts it back first
                    changes.append(Change("dose", dose.id, before, data_of("dose", dose)))
                changes.append(gone)
            restored = tuple(self._restored(s, i) for i in unmoved
                             if ("regimen", i) not in ordered)
        return Saved(message("saved.deleted", entries=tuple(summaries), unmoved=restored),
                     tuple(changes))

    @staticmethod
    def _restored(s: Session, regimen_id: int) -> Message:
        """A schedule whose move a delete undid: what it is, from when, to when again."""
        row = s.get(Regimen, regimen_id)
        name = s.get(Supplement, row.supplement_id).name  # type: ignore[union-attr]
        r = to_domain_regimen(row, name)
        return message("saved.unmoved", plan=r.plan, start=r.start, end=r.end)

    def apply(self, changes: Sequence[Change]) -> Saved:
        """Put each entry into its `after` state (None: absent), all in one transaction:
        how undo and redo replay a step. The result is the step's reverse."""
        done = []
        with self.db.transaction() as s:
            for ch in changes:
                row = s.get(MODELS[ch.kind], ch.id)
                now = data_of(ch.kind, row) if row is not None else None
                if ch.after is None:
                    if row is not None:
                        s.delete(row)
                else:
                    s.merge(MODELS[ch.kind](**ch.after.values))
                done.append(Change(ch.kind, ch.id, ch.after, now))
        return Saved(message("saved.replayed"), tuple(done))

    def update(self, kind: str, entry_id: int, field_name: str, typed: Any, *, today: date,
               confirmed: bool = False) -> Saved:
        """Change one field after checking it as the logging forms do (the typo checks too:
        ConfirmationNeeded unless `confirmed`)."""
        column, value = self._checked(kind, field_name, typed, today)
        with self.db.transaction() as s:
            row = self._row(s, kind, entry_id)
            old = data_of(kind, row)
            if kind == "lab" and column == "value":
                # the value alone: the report's range was checked (or confirmed) when saved
                check_lab(row.analyte, value, row.unit, None, None, confirmed)
                row.value_text = printed_text(row.value_text, typed, value)
            if kind == "dose" and column == "amount":
                sup = s.get(Supplement, row.supplement_id)
                v.check_typo("amount", value, row.unit, sup.name if sup else "", confirmed)
            setattr(row, column, value)
            s.flush()
            new = data_of(kind, row)
        return Saved(message("saved.changed", field=field_name),
                     (Change(kind, entry_id, old, new),))

    @staticmethod
    def _linked_doses(s: Session, kind: str, entry_id: int) -> list[tuple[Any, EntryData]]:
        if kind != "regimen":
            return []
        doses = s.scalars(select(Dose).where(Dose.regimen_id == entry_id)).all()
        return [(d, data_of("dose", d)) for d in doses]

    @staticmethod
    def _decisions(s: Session, kind: str, entry_id: int) -> list[tuple[str, Any]]:
        """What is said about a schedule (decisions, times the user stopped taking it): gone
        with it, and back with it on undo."""
        if kind != "regimen":
            return []
        return ([("decision", d) for d in s.scalars(
                    select(Decision).where(Decision.regimen_id == entry_id))]
                + [("break", b) for b in s.scalars(
                    select(TakingBreak).where(TakingBreak.regimen_id == entry_id))])

    @staticmethod
    def _row(s: Session, kind: str, entry_id: int) -> Any:
        row = s.get(MODELS[kind], entry_id)
        if row is None:
            raise InvalidInput("entry", f"{kind} {entry_id}", reason("entry-gone"))
        return row

    @staticmethod
    def _checked(kind: str, field_name: str, typed: Any, today: date) -> tuple[str, Any]:
        if field_name == "day":
            if not isinstance(typed, date):
                raise InvalidInput("date", typed, reason("date-format"))
            return DAY_FIELD[kind], v.not_future("date", typed, today)
        if field_name == "note":
            return "note", v.text("note", str(typed) if typed is not None else None, v.MAX_TEXT)
        if field_name != "value" or kind not in VALUE_FIELD:
            choices = "day, value, note" if kind in VALUE_FIELD else "day, note"
            raise InvalidInput("field", field_name, reason("one-of", choices=choices))
        column = VALUE_FIELD[kind]
        if kind == "pain":
            return column, check_score("pain", _num(typed), required=True)
        if kind in ("cramp", "spasm"):
            n = _num(typed)
            if n != int(n):
                raise InvalidInput("count", typed, reason("whole-range", low=1, high=200))
            return column, v.count("count", int(n), low=1)
        if kind == "dose":
            n = _num(typed)
            if n <= 0:
                raise InvalidInput("amount", typed, reason("dose-positive"))
            return column, n
        if isinstance(typed, TypedValue):  # read in the patient's language by the window
            return column, checked_value(typed.number, typed.text)
        return column, parse_value("value", split_printed(str(typed)).number)


@dataclass(frozen=True)
class TypedValue:
    """A lab value as the window read it: the text as typed in the patient's language ("23,4",
    "<10"), kept as printed, and the number it reads as there (23.4)."""

    text: str
    number: float


def printed_text(before: str, typed: Any, value: float) -> str:
    """The value text a changed lab result keeps: what was typed ("<8"), or for a number from
    the window the new number as a plain one (never grouped, never "1e+06") with the qualifier
    the result was printed with ("<10" changed to 8 is "<8")."""
    if isinstance(typed, TypedValue):
        return typed.text.strip()
    if isinstance(typed, str):
        return typed.strip()
    plain = f"{value:f}".rstrip("0").rstrip(".")
    return qualifier_of(before) + plain


def _num(typed: Any) -> float:
    try:
        return float(str(typed).replace(",", ""))
    except ValueError:
        raise InvalidInput("value", typed, reason("number")) from None


__all__ = ["EntryData", "EntryRow", "EntryService", "HistoryFilter", "HISTORY_KINDS",
           "TypedValue"]
