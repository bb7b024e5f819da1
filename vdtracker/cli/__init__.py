"""The `vdtracker` console script: a thin shell over the services (no SQL, no Qt)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import logs
from ..domain.errors import ConfirmationNeeded, InvalidInput
from ..storage.errors import StorageError
from ..wording import Wording, catalogue_translate
from ..wording.formats import Formats
from ..wording.translate import system_language, system_locale
from .parser import NOT_YET, build, part_for, split_qt_options
from .words import CliWords


def cli_wording() -> Wording:
    """The CLI speaks the language of the user's locale (LC_ALL, LC_MESSAGES, LANG), and
    writes numbers as it reads them (LC_ALL, LC_NUMERIC, LANG: de_CH's 50'000)."""
    language = system_language()
    return Wording(catalogue_translate(language), Formats(language, system_locale()))


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    parser = build(part_for(given))
    commands = {name for action in parser._actions if isinstance(action, argparse._SubParsersAction)
                for name in action.choices}
    named = next((word for word in given if word in commands), None)
    # Qt's options only for the window: a data command keeps `--note -reverse` as typed
    ours, qt_options = split_qt_options(given) if named in (None, "demo") else (given, [])
    args, extra = parser.parse_known_args(ours)
    logs.configure(args.data_dir)
    if args.command is not None and args.command != "demo":
        logs.hold_notice()  # a refusal stays one line
    if extra and args.command not in NOT_YET:
        parser.error("unrecognized arguments: " + " ".join(extra))
    if args.forget_login:
        if args.command is not None:
            parser.error(f"--forget-login takes no command (not {args.command})")
        return _forget_login()
    if args.command is None:
        from ..app import run_gui  # Qt is loaded only for the window

        return run_gui(args.data_dir, minimized=args.minimized, qt_options=qt_options)
    if args.command == "demo":
        from ..app import run_demo

        return run_demo(qt_options)
    wording = cli_wording()
    words = CliWords(wording)
    if args.command in NOT_YET:
        return _fail(words.not_yet(args.command))
    from ..app import daily_backup, open_services, store_exists
    from .commands import HANDLERS, restore

    if args.command == "restore":  # never opens the store first: a damaged one is the reason
        try:
            return restore(args.data_dir, wording, args)
        except InvalidInput as err:
            return _fail(words.refused(err, ("restore", None)))
        except StorageError as err:
            return _fail(wording.storage(err), code=3)

    command = (args.command, getattr(args, "what", None))
    try:
        kept = store_exists(args.data_dir)  # not made by this command
        services = open_services(args.data_dir, backup=False, read_only=_reads_only(args))
        try:
            done = HANDLERS[command](services, wording, args)
            if done == 0 and kept and args.command not in ("backup", "restore") \
                    and not services.db.read_only:
                daily_backup(services)  # after the command: refused input changes no file
        finally:
            services.close()
        if done == 0 and (said := logs.notice()):
            sys.stderr.write(f"vdtracker: {said}\n")
        return done
    except ConfirmationNeeded as err:
        return _fail(words.confirm(err))
    except InvalidInput as err:
        return _fail(words.refused(err, command))
    except StorageError as err:
        return _fail(wording.storage(err), code=3)


# Commands that only read: they open the store read-only, so they work on a full data disk
# and never write there (no daily backup either). A backup reads the store too: its copy is
# what it writes, to another disk when the data disk is full.
READING = frozenset({("alerts", None), ("regimen", "list"), ("export", None), ("report", None),
                     ("backup", None), ("supply", "list")})


def _reads_only(args: argparse.Namespace) -> bool:
    command = (args.command, getattr(args, "what", None))
    if command == ("settings", None):
        return args.value is None
    if command == ("import", None):
        return bool(args.dry_run)
    if command == ("export", None) and args.format in ("ics", "fhir"):
        return _has_store_id(args.data_dir)  # the first one keeps the id its UIDs are made of
    return command in READING


def _has_store_id(data_dir: str | None) -> bool:
    """Whether the store already keeps its id (read without writing: a store that cannot be
    read here is said by the open that follows)."""
    from ..services import settings as opts
    from ..storage.database import Database

    try:
        db = Database.open_read_only(data_dir)
    except StorageError:
        return False
    try:
        with db.reading() as s:
            return db.read_only and bool(opts.read(s, opts.STORE_ID))
    except StorageError:
        return False
    finally:
        db.close()


def _forget_login() -> int:
    """`vdtracker --forget-login`: one line, exit 0 also when there was nothing to remove."""
    from .. import autostart

    words = CliWords(cli_wording())
    try:
        where = autostart.forget()
    except OSError as err:
        return _fail(words.login_not_forgotten(autostart.where(), err.strerror or str(err)), 3)
    print(words.login_forgotten(where))
    return 0


def _fail(message: str, code: int = 2) -> int:
    """The one line a refusal is (CLI.md): a driver's or a file's words never break it."""
    sys.stderr.write("vdtracker: " + " ".join(message.split()) + "\n")
    return code


if __name__ == "__main__":
    sys.exit(main())
