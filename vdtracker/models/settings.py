"""User settings as key/value rows (the typed declarations live in the services)."""

from __future__ import annotations

from sqlalchemy import Column, String, Table, Text
from sqlalchemy.orm import Mapped

from .base import Base, metadata, stored

setting = Table(
    "setting", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False))


@stored(setting)
class Setting(Base):
    key: Mapped[str]
    value: Mapped[str]
