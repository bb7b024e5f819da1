"""User settings as key/value rows (the typed declarations live in the services)."""

from __future__ import annotations

from sqlalchemy.orm import Mapped

from . import tables
from .base import Base, stored


@stored(tables.setting)
class Setting(Base):
    key: Mapped[str]
    value: Mapped[str]
