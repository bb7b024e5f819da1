"""Before `make` creates the virtualenv: is this Python one pyproject.toml's requires-python
allows? If not, one line saying which it is and which to use, before pip spends minutes on it.

Runs on any Python from 3.6 (no tomllib, no annotations): it is the one that may be too old.

    python3 packaging/check_python.py     # exit 0, or 1 and the line
"""

import os
import re
import sys

PYPROJECT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pyproject.toml")
_CLAUSE = re.compile(r"^\s*(>=|<=|==|!=|>|<)\s*(\d+(?:\.\d+)*)\s*$")


def requires_python(text):
    """The requires-python string of [project], e.g. '>=3.11'."""
    found = re.search(r"""^requires-python\s*=\s*["']([^"']+)["']""", text, re.MULTILINE)
    if found is None:
        raise SystemExit("packaging/check_python.py: pyproject.toml names no requires-python")
    return found.group(1)


def _version(text):
    return tuple(int(part) for part in text.split("."))


def allows(spec, version):
    """Whether `version` (a tuple: (3, 10, 13)) meets every clause of `spec` ('>=3.11,<3.15');
    a clause compares as many parts as it names (3.11 is 3.11.x)."""
    for clause in spec.split(","):
        match = _CLAUSE.match(clause)
        if match is None:
            raise SystemExit("packaging/check_python.py: cannot read requires-python "
                             f"clause {clause!r}")
        op, wanted = match.group(1), _version(match.group(2))
        have = tuple(version[:len(wanted)])
        if not {">=": have >= wanted, "<=": have <= wanted, "==": have == wanted,
                "!=": have != wanted, ">": have > wanted, "<": have < wanted}[op]:
            return False
    return True


def main():
    with open(PYPROJECT, encoding="utf-8") as f:
        spec = requires_python(f.read())
    version = tuple(sys.version_info[:3])
    if allows(spec, version):
        return 0
    this = ".".join(str(part) for part in version)
    sys.stderr.write(f"vdtracker needs Python {spec}; this is Python {this} ({sys.executable}): "
                     "run make with one that fits, e.g. `make run PYTHON=python3.12`.\n")
    return 1


if __name__ == "__main__":
    sys.exit(main())
