"""Every stored record as the export document (exchange/document.py): one read, in id order,
so the same data always exports the same text."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..exchange.document import KINDS, SETTINGS, Kind, encode, header
from ..models import Regimen, Supplement
from .entries import MODELS
from .settings import stored_texts

# document kind -> stored model, through the entry kinds the history and undo already know
MODEL_OF: dict[str, Any] = {kind.key: MODELS[kind.entry] for kind in KINDS}
# Stored columns the document says differently: ids become names and schedule numbers.
LINKS = {"supplement": "supplement_id", "schedule": "regimen_id"}
NOT_EXPORTED = frozenset({"id", "name_key"})  # the store's own keys, made again on import


def document(s: Session) -> dict[str, Any]:
    """Everything stored, as plain JSON values."""
    names = {sup.id: sup.name for sup in s.scalars(select(Supplement))}
    regimen_ids = s.scalars(select(Regimen.id).order_by(Regimen.id)).all()
    refs = {rid: i for i, rid in enumerate(regimen_ids, start=1)}
    out = header()
    for kind in KINDS:
        model = MODEL_OF[kind.key]
        rows = s.scalars(select(model).order_by(model.id))
        out[kind.key] = [record(kind, row, names, refs) for row in rows]
    out[SETTINGS] = stored_texts(s)
    return out


def record(kind: Kind, row: Any, names: Mapping[int, str], refs: Mapping[int, int]
           ) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in kind.names:
        if name == "ref":
            value: Any = refs[row.id]
        elif name == "supplement":
            value = names[row.supplement_id]
        elif name == "schedule":
            value = refs.get(row.regimen_id) if row.regimen_id is not None else None
        elif name == "moved_from":  # the schedule a moved one carries on: by its ref too
            value = refs.get(row.moved_from) if row.moved_from is not None else None
        else:
            value = getattr(row, name)
        out[name] = encode(value)
    return out


def stored_columns(kind: Kind) -> set[str]:
    """The stored columns a kind's fields come from (for the test that nothing is left out)."""
    return {LINKS.get(name, name) for name in kind.names if name != "ref"} | {"id"}


__all__ = ["LINKS", "MODEL_OF", "NOT_EXPORTED", "document", "stored_columns"]
