"""The help's frame: headings, the epilog (environment, files, exit status), its formatter."""

from __future__ import annotations

import argparse
import os
import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass

from .. import paths
from ..logs import LOG_FILE
from ..wording.base import Words
from ..wording.translate import arg

BACKUPS = "backups"  # storage.backups.FOLDER (not imported: it loads the database layer)
Rows = list[tuple[str, str]]


@dataclass(frozen=True)
class Where:
    """The folders and files the epilog names: real paths in `--help`, rules in the man page."""

    data: str
    database: str
    backups: str
    log: str


def here(environ: os._Environ[str] | dict[str, str] = os.environ) -> Where:
    """Where this user's data, backups and log are now (VDTRACKER_DATA_DIR, else the platform's
    folders). A server's address is never shown: it may hold a password."""
    folder = paths.data_dir()
    database = (str(paths.database_file(folder)) if not environ.get(paths.ENV_DATABASE_URL)
                else paths.ENV_DATABASE_URL)
    return Where(str(folder), database, str(folder / BACKUPS), str(paths.log_dir() / LOG_FILE))


class HelpText(Words):
    """What every help page shares, and the end of `vdtracker --help`."""

    def usage(self) -> str:
        return self.tr("usage: ")

    def positionals(self) -> str:
        return self.tr("arguments")

    def optionals(self) -> str:
        return self.tr("options")

    def show_help(self) -> str:
        return self.tr("show this help and exit")

    def environment_title(self) -> str:
        return self.tr("Environment:")

    def environment(self) -> Rows:
        return [
            (paths.ENV_DATA_DIR, self.tr("the data folder, as --data-dir DIR (which wins)")),
            (paths.ENV_DATABASE_URL, self.tr(
                "a database server instead of the file in the data folder, e.g. "
                "postgresql+psycopg://anna@clinic.example/vdtracker_anna")),
            ("LC_ALL, LC_MESSAGES, LANG", self.tr(
                "the language of the window and of the command line (English or German, e.g. "
                "LANG=de_DE.UTF-8); LC_NUMERIC too: how numbers are typed (1.5 or 1,5)")),
        ]

    def files_title(self) -> str:
        return self.tr("Files:")

    def files(self, where: Where) -> Rows:
        return [(self.tr("data folder"), where.data), (self.tr("database"), where.database),
                (self.tr("backups"), where.backups), (self.tr("log file"), where.log)]

    def files_note(self) -> str:
        return self.tr("With --data-dir DIR: DIR, DIR/backups and DIR/logs/vdtracker.log.")

    def exit_title(self) -> str:
        return self.tr("Exit status:")

    def exit_codes(self) -> Rows:
        from ..system_libs import CANNOT_OPEN  # here: only the top level's help says it

        return [("0", self.tr("done (the window: closed, or an already open one shown)")),
                ("2", self.tr("not accepted: a value, a date or a command that is not "
                              "allowed; one line on stderr names it and what is allowed, "
                              "and nothing was changed")),
                ("3", self.tr("a file cannot be used: the database is in use by another "
                              "program, damaged or made by a newer version (or the login "
                              "entry cannot be removed); one line says what to do")),
                (str(CANNOT_OPEN), self.tr("the window cannot open here: no display, or a "
                                           "system library it needs is missing; one line names "
                                           "the command that installs it"))]

    def completion_note(self) -> str:
        return self.tr("Shell completion: vdtracker --print-completion bash (or zsh); the "
                       "manual page: man vdtracker.")

    def epilog(self, where: Where) -> str:
        """Paragraphs; a table's lines start with two spaces (the formatter keeps them)."""
        parts = [self.environment_title() + "\n" + table(self.environment()),
                 self.files_title() + "\n" + table(self.files(where)) + "\n  "
                 + self.files_note(),
                 self.exit_title() + "\n" + table(self.exit_codes()),
                 self.completion_note()]
        return "\n\n".join(parts)

    def default(self, text: str, value: str) -> str:
        """'… (default: 1)', as each help says its default."""
        return arg(self.tr("%1 (default: %2)"), text, value)


def one_of(values: Iterable[object]) -> str:
    """'left, right, both': the values a word may take, as typed."""
    return ", ".join(str(v) for v in values)


def table(rows: Iterable[tuple[str, str]], width: int = 0) -> str:
    """Two-column lines, each starting with two spaces; a long text wraps under itself."""
    rows = list(rows)
    left = min(max(len(name) for name, _ in rows), 26) + 2
    width = width or max(60, min(100, _columns()) - 2)
    lines: list[str] = []
    for name, text in rows:
        wrapped = textwrap.wrap(text, max(30, width - left - 2), break_long_words=False,
                                break_on_hyphens=False) or [""]
        if len(name) > left - 2:
            lines.append("  " + name)
        else:
            lines.append("  " + name.ljust(left) + wrapped.pop(0))
        lines.extend("  " + " " * left + w for w in wrapped)
    return "\n".join(lines)


def _columns() -> int:
    import shutil

    return shutil.get_terminal_size().columns


def formatter(words: HelpText) -> type[argparse.HelpFormatter]:
    """A HelpFormatter in the user's language: its 'usage: ', and paragraphs wrapped one by one
    (a table's indented lines kept as written)."""
    prefix = words.usage()

    class Formatter(argparse.HelpFormatter):
        def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                      groups: Iterable[argparse._MutuallyExclusiveGroup],
                      prefix: str | None = prefix) -> None:
            super().add_usage(usage, actions, groups, prefix)

        def _fill_text(self, text: str, width: int, indent: str) -> str:
            out = []
            for paragraph in re.split(r"\n\s*\n", text):
                if any(line.startswith("  ") for line in paragraph.splitlines()):
                    out.append("\n".join(indent + line for line in paragraph.splitlines()))
                else:
                    out.append(textwrap.fill(" ".join(paragraph.split()), width,
                                             initial_indent=indent, subsequent_indent=indent))
            return "\n\n".join(out)

    return Formatter
