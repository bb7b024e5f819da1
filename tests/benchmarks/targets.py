"""One way to print a benchmark figure: its value, its target, the ratio to its floor from the
same run, and FAIL beside a missed target (a report: `make bench` never fails the build)."""

from __future__ import annotations

MISSED: list[str] = []


def say(what: str, value: float, unit: str = "ms", target: float | None = None,
        floor: float | None = None, ratio_target: float | None = None, note: str = "") -> None:
    """`value` (and `target`) in `unit`; `floor`: the same kind of figure for the floor, so the
    ratio is printed and, with `ratio_target`, checked."""
    parts = [f"{what:<46} {value:8.1f} {unit}"]
    failed = False
    if floor is not None:
        ratio = value / floor
        parts.append(f"= {ratio:.2f}× the floor ({floor:.0f} {unit})")
        if ratio_target is not None:
            parts.append(f"target ≤ {ratio_target:.1f}×")
            failed |= ratio > ratio_target
    if target is not None:
        parts.append(f"target ≤ {target:g} {unit}")
        failed |= value > target
    if note:
        parts.append(note)
    if failed:
        parts.append("FAIL")
        MISSED.append(what)
    print("  ".join(parts), flush=True)


def summary() -> None:
    if MISSED:
        print(f"\n{len(MISSED)} target(s) missed: " + "; ".join(MISSED))
    else:
        print("\nevery target met")
