"""A value axis whose numbers read as the patient's language writes them (1,5 in German), and
a counts axis that only ever says whole numbers (nobody has half a cramp)."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pyqtgraph as pg

from ...wording import Wording


class NumberAxis(pg.AxisItem):  # type: ignore[misc]
    def __init__(self, orientation: str, words: Callable[[], Wording], whole: bool = False,
                 **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self.words, self.whole = words, whole

    def tickValues(self, minVal: float, maxVal: float, size: float) -> Any:  # noqa: N802,N803
        levels = super().tickValues(minVal, maxVal, size)
        if not self.whole:
            return levels
        kept = [(spacing, [v for v in values if float(v).is_integer()])
                for spacing, values in levels if spacing >= 1]
        if any(values for _, values in kept):
            return kept
        return [(1.0, [float(v) for v in range(math.ceil(minVal), math.floor(maxVal) + 1)])]

    def tickStrings(self, values: list[float], scale: float, spacing: float  # noqa: N802
                    ) -> list[str]:
        words = self.words()
        return [words.number(round(v * scale, 6)) for v in values]


__all__ = ["NumberAxis"]
