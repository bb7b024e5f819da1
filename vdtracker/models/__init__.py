"""Stored entities (SQLAlchemy 2, typed). No behaviour beyond invariants. The tables are Core
(`models.tables`, loaded alone by the hot paths); a class named here is imported, and every
class mapped, the first time one is asked for (issue 28: the ORM costs a new process ~90 ms)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .base import Base
    from .breaks import TakingBreak
    from .decisions import Decision
    from .diary import CrampNight, PainEntry, SpasmEpisode
    from .labs import LabResult, RecheckDate
    from .settings import Setting
    from .supplements import Dose, Regimen, Supplement
    from .supplies import Supply, SupplyPack

_WHERE = {"Base": "base", "TakingBreak": "breaks", "Decision": "decisions",
          "CrampNight": "diary", "PainEntry": "diary", "SpasmEpisode": "diary",
          "LabResult": "labs", "RecheckDate": "labs", "Setting": "settings", "Dose": "supplements",
          "Regimen": "supplements", "Supplement": "supplements", "Supply": "supplies",
          "SupplyPack": "supplies"}


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    for module in dict.fromkeys(_WHERE.values()):  # all mapped at once: they refer to each other
        import_module(f"{__name__}.{module}")
    return getattr(import_module(f"{__name__}.{where}"), name)


__all__ = ["Base", "CrampNight", "Decision", "Dose", "LabResult", "PainEntry", "RecheckDate",
           "Regimen", "Setting", "SpasmEpisode", "Supplement", "Supply", "SupplyPack",
           "TakingBreak"]
