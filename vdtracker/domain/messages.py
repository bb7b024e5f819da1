"""A message as data: a kind and its parameters. The wording layer turns it into a sentence."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any


@dataclass(frozen=True)
class Message:
    kind: str
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def __getitem__(self, key: str) -> Any:
        return self.params[key]


def message(kind: str, **params: Any) -> Message:
    return Message(kind, MappingProxyType(dict(params)))
