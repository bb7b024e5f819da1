"""The entity classes' base: plain classes mapped onto the Core tables of models/tables.py
(`stored`); imported only where the ORM is used (a new process that logs a pain score or reads
the alerts never loads it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from sqlalchemy import MetaData, Table
from sqlalchemy.orm import registry

from .tables import metadata

_mapper = registry(metadata=metadata)

Row = TypeVar("Row", bound="Base")


class Base:
    """A stored row, made from keyword arguments as a declarative class's is; its columns are
    annotated `Mapped[...]` on its class (what the type checker reads) and declared in its
    table (what SQLAlchemy reads), column for column."""

    metadata: ClassVar[MetaData] = metadata
    __table__: ClassVar[Table]
    __tablename__: ClassVar[str]

    def __init__(self, **values: Any) -> None:
        for key, value in values.items():
            if not hasattr(type(self), key):
                raise TypeError(f"{key!r} is an invalid keyword argument for "
                                f"{type(self).__name__}")
            setattr(self, key, value)


def stored(table: Table) -> Callable[[type[Row]], type[Row]]:
    """The class decorated maps the rows of `table`."""
    def mapped(cls: type[Row]) -> type[Row]:
        cls.__table__, cls.__tablename__ = table, table.name
        _mapper.map_imperatively(cls, table)
        return cls

    return mapped
