"""Stored entities (SQLAlchemy 2, typed). No behaviour beyond invariants."""

from .base import Base
from .breaks import TakingBreak
from .decisions import Decision
from .diary import CrampNight, PainEntry, SpasmEpisode
from .labs import LabResult, RecheckDate
from .settings import Setting
from .supplements import Dose, Regimen, Supplement
from .supplies import Supply, SupplyPack

__all__ = ["Base", "CrampNight", "Decision", "Dose", "LabResult", "PainEntry", "RecheckDate",
           "Regimen", "Setting", "SpasmEpisode", "Supplement", "Supply", "SupplyPack",
           "TakingBreak"]
