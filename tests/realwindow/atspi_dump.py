"""Run by /usr/bin/python3 (pyatspi): an application as a screen reader reads it over AT-SPI."""

# Usage (the session bus and DISPLAY of the app in the environment):
#   atspi_dump.py tree NAME WAIT     the application NAME's whole tree as JSON on stdout, once
#                                    it shows on the AT-SPI desktop (up to WAIT seconds; exit 2
#                                    and the names seen on stderr if it does not)
#   atspi_dump.py events NAME SECONDS TYPE...
#                                    "ready" once listening, then each event of TYPE (such as
#                                    object:announcement) NAME sends, one JSON line each, for
#                                    SECONDS seconds
# Not imported by the tests (the venv has no pyatspi): they run it and read what it prints.

from __future__ import annotations

import json
import sys
import time
from typing import Any

import pyatspi
from gi.repository import GLib

MAX_NODES = 20000  # a tree larger than this is a bug of its own, not something to walk


def find(name: str, wait: float) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    deadline = time.monotonic() + wait
    seen: list[str] = []
    while True:
        context = GLib.MainContext.default()
        while context.iteration(False):  # the registry's news of applications that came
            pass
        seen = [app.name for app in desktop if app is not None]
        for app in desktop:
            if app is not None and app.name == name:
                return app
        if time.monotonic() > deadline:
            print(f"no application named {name!r} on the AT-SPI desktop after {wait:.0f} s; "
                  f"seen: {seen}", file=sys.stderr)
            sys.exit(2)
        time.sleep(0.1)


def labels(acc: Any) -> list[str]:
    """The names of the labels a reader says for `acc` (its LABELLED_BY relation)."""
    said = []
    for relation in acc.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                target = relation.getTarget(i)
                said.append(target.name or "" if target is not None else "")
    return said


def node(acc: Any, depth: int, count: list[int]) -> dict[str, Any]:
    count[0] += 1
    try:
        said: dict[str, Any] = {
            "role": acc.getRoleName(), "name": acc.name or "",
            "description": acc.description or "",
            "states": sorted(pyatspi.stateToString(s) for s in acc.getState().getStates()),
            "children": [], "labelled_by": labels(acc)}
        kids = acc.childCount
    except Exception as err:  # an object gone while it was read: said so in the dump
        return {"role": "?", "name": "", "description": "", "states": [], "children": [],
                "error": str(err)}
    if depth < 80 and count[0] < MAX_NODES:
        for i in range(kids):
            child = acc.getChildAtIndex(i)
            if child is not None:
                said["children"].append(node(child, depth + 1, count))
    return said


def tree(name: str, wait: float) -> None:
    print(json.dumps(node(find(name, wait), 0, [0])))


def events(name: str, seconds: float, types: list[str]) -> None:
    def heard(event: Any) -> None:
        try:
            source = event.source
            if source is None or source.getApplication().name != name:
                return
            print(json.dumps({"type": event.type, "detail1": event.detail1,
                              "text": str(event.any_data), "role": source.getRoleName(),
                              "name": source.name or ""}), flush=True)
        except Exception as err:  # said, never a listener that dies quietly
            print(json.dumps({"type": "error", "text": str(err)}), flush=True)

    pyatspi.Registry.registerEventListener(heard, *types)
    print("ready", flush=True)
    GLib.timeout_add(int(seconds * 1000), pyatspi.Registry.stop)
    pyatspi.Registry.start()


if __name__ == "__main__":
    what, app = sys.argv[1], sys.argv[2]
    if what == "tree":
        tree(app, float(sys.argv[3]))
    else:
        events(app, float(sys.argv[3]), sys.argv[4:])
