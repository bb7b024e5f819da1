"""The `vdtracker` console script: a thin shell over the services (no SQL, no Qt)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ..domain.errors import ConfirmationNeeded, InvalidInput
from ..storage.errors import StorageError
from .parser import NOT_YET, build


def main(argv: Sequence[str] | None = None) -> int:
    parser = build()
    args, extra = parser.parse_known_args(argv)
    if extra and args.command not in NOT_YET:
        parser.error("unrecognized arguments: " + " ".join(extra))
    if args.command is None:
        from ..app import run_gui  # Qt is loaded only for the window

        return run_gui(args.data_dir, minimized=args.minimized)
    if args.command == "demo":
        from ..app import run_demo

        return run_demo()
    if args.command in NOT_YET:
        return _fail(f"`vdtracker {args.command}` is not available yet in this version.")
    from . import commands

    try:
        return commands.run(args)
    except ConfirmationNeeded as err:
        return _fail(f"{err.question} If it is, run the same command again with --confirm. "
                     "Nothing was saved.")
    except InvalidInput as err:
        return _fail(f"{err.field} {err.value} is not accepted: {err.allowed}. Nothing was saved.")
    except StorageError as err:
        return _fail(str(err), code=3)


def _fail(message: str, code: int = 2) -> int:
    sys.stderr.write(f"vdtracker: {message}\n")
    return code


if __name__ == "__main__":
    sys.exit(main())
