"""What the user's clinician decided about a schedule, kept with the day it was said."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Mapped

from . import tables
from .base import Base, stored

DECISION_KINDS = ("no-maintenance",)


@stored(tables.decision)
class Decision(Base):
    """'My clinician prescribed no maintenance' after a loading course (one per course)."""

    id: Mapped[int]
    regimen_id: Mapped[int]
    kind: Mapped[str]
    said_on: Mapped[date]
    note: Mapped[str | None]
    created_at: Mapped[datetime]
