"""The screen of the real X session read as pixels: where a dialog's buttons, a white text box
or a tinted alert are (plain Xvfb has no accessibility tree to ask), and the PNG of it."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    w: int
    h: int

    @property
    def centre(self) -> tuple[int, int]:
        return self.x + self.w // 2, self.y + self.h // 2


class Frame:
    """The screen as Xvfb's framebuffer file holds it (XWD, 32 bits a pixel, BGRX)."""

    def __init__(self, xwd: bytes) -> None:
        head = struct.unpack(">25I", xwd[:100])
        size, self.width, self.height, bits, self.stride, colours = (
            head[0], head[4], head[5], head[11], head[12], head[19])
        assert bits == 32 and head[7] == 0, "Xvfb framebuffer is not 32-bit LSB first"
        self.data = xwd[size + colours * 12:]
        self._row_runs: dict[tuple[int, Rect], list[tuple[int, int]]] = {}

    def rgb(self, x: int, y: int) -> tuple[int, int, int]:
        o = y * self.stride + x * 4
        return self.data[o + 2], self.data[o + 1], self.data[o]

    def png(self) -> bytes:
        rows = []
        for y in range(self.height):
            line = self.data[y * self.stride:y * self.stride + self.width * 4]
            rgb = bytearray(self.width * 3)
            rgb[0::3], rgb[1::3], rgb[2::3] = line[2::4], line[1::4], line[0::4]
            rows.append(b"\0" + rgb)

        def chunk(kind: bytes, body: bytes) -> bytes:
            return (struct.pack(">I", len(body)) + kind + body
                    + struct.pack(">I", zlib.crc32(kind + body)))
        head = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head)
                + chunk(b"IDAT", zlib.compress(b"".join(rows), 3)) + chunk(b"IEND", b""))

    def _dark(self, x: int, y: int) -> bool:
        """A frame line of Qt's Fusion style (grey or the default button's blue), not the
        lighter window, button or tinted alert background."""
        return sum(self.rgb(x, y)) < 690

    def buttons(self, area: Rect) -> list[list[Rect]]:
        """Push buttons drawn in `area`, row by row, each row left to right: outlined boxes
        16-60 px high and at least 40 px wide (a long dark run on top, the same run at the
        bottom, dark sides; a dialog's icon is narrower). What a patient's eye finds: there is
        no accessibility tree to ask under plain Xvfb."""
        found: list[Rect] = []
        for y in range(area.y, area.y + area.h - 16):
            for xa, xb in self._runs(y, area):
                if any(r.x - 3 <= xa <= r.x + r.w and r.y <= y <= r.y + r.h for r in found):
                    continue  # the second line of a default button's outline, or inside one
                for y2 in range(y + 16, min(y + 60, area.y + area.h)):
                    if any(abs(a - xa) <= 2 and abs(b - xb) <= 2 for a, b in self._runs(y2, area)):
                        sides = all(any(self._dark(x, yy) for x in range(xa - 3, xa + 2))
                                    and any(self._dark(x, yy) for x in range(xb - 1, xb + 4))
                                    for yy in range(y + 4, y2 - 3))
                        if sides:
                            found.append(Rect(xa - 2, y, xb - xa + 4, y2 - y + 1))
                        break
        rows: list[list[Rect]] = []
        for r in sorted((r for r in found if r.w >= 40), key=lambda r: (r.y, r.x)):
            if rows and abs(rows[-1][0].y - r.y) <= 4:
                rows[-1].append(r)
            else:
                rows.append([r])
        return [sorted(row, key=lambda r: r.x) for row in rows]

    def _runs(self, y: int, area: Rect) -> list[tuple[int, int]]:
        """Dark horizontal runs of 24 px or more on row y (cached: each row is asked often)."""
        if (y, area) in self._row_runs:
            return self._row_runs[y, area]
        runs, start = [], None
        for x in range(area.x, area.x + area.w + 1):
            dark = x < area.x + area.w and self._dark(x, y)
            if dark and start is None:
                start = x
            elif not dark and start is not None:
                if x - start >= 24:
                    runs.append((start, x - 1))
                start = None
        self._row_runs[y, area] = runs
        return runs

    def white_box(self, area: Rect, share: float = 0.6) -> Rect | None:
        """The first white text box in `area` at least `share` of its width wide (Today's note
        line: the only one that wide on that page)."""
        def white(x: int, y: int) -> bool:
            return min(self.rgb(x, y)) >= 250
        mid = area.x + area.w // 2
        for y in range(area.y, area.y + area.h):
            if not white(mid, y):
                continue  # cheap first look: a box that wide covers the middle
            left, right = mid, mid
            while left > area.x and white(left - 1, y):
                left -= 1
            while right < area.x + area.w - 1 and white(right + 1, y):
                right += 1
            if right - left + 1 >= share * area.w:
                bottom = y
                while bottom + 1 < area.y + area.h and white(mid, bottom + 1):
                    bottom += 1
                return Rect(left, y, right - left + 1, bottom - y + 1)
        return None

    def tinted(self, area: Rect) -> Rect | None:
        """The first warm-tinted box in `area` (an alert row of Today's banner): the rows where
        a fifth or more of the pixels are warm (red above blue), up to a few that are not (a
        line of text or buttons thins the tint but does not end the box)."""
        warm_rows: list[tuple[int, int, int]] = []
        for y in range(area.y, area.y + area.h):
            warm = [x for x in range(area.x, area.x + area.w, 4)
                    if (c := self.rgb(x, y))[0] - c[2] >= 12 and c[0] > 200]
            if len(warm) * 4 * 5 > area.w:
                warm_rows.append((y, warm[0], warm[-1]))
            elif warm_rows and y - warm_rows[-1][0] > 3:
                break
        if not warm_rows:
            return None
        top, bottom = warm_rows[0][0], warm_rows[-1][0]
        left = min(r[1] for r in warm_rows)
        right = max(r[2] for r in warm_rows)
        return Rect(left, top, right - left + 1, bottom - top + 1)


# --- the fake clock --------------------------------------------------------------------------
