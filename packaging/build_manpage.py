"""Write the manual page vdtracker.1 (roff) from the command line's own argparse tree.

The options, commands, their helps and the environment, files and exit status sections are the
ones `vdtracker --help` prints (vdtracker/cli/tree.py, help_text.py), in English; the files
are given by their rules, not the paths of whoever builds the page.

    python packaging/build_manpage.py build/man/vdtracker.1      # `make manpage`
    man -l build/man/vdtracker.1
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from vdtracker import __version__
from vdtracker.cli.help_text import HelpText, Where
from vdtracker.cli.tree import build
from vdtracker.wording.formats import Formats
from vdtracker.wording.translate import english_translate

# Where things are, as rules (the help shows this user's real paths instead).
RULES = Where(
    data="$VDTRACKER_DATA_DIR, else the user data folder: on Linux $XDG_DATA_HOME/vdtracker "
         "(~/.local/share/vdtracker); on macOS and Windows the platform's own",
    database="vdtracker.sqlite3 in the data folder (or the server $VDTRACKER_DATABASE_URL names)",
    backups="backups/ in the data folder",
    log="logs/vdtracker.log in the data folder when one is named; else on Linux "
        "$XDG_STATE_HOME/vdtracker/log/vdtracker.log (~/.local/state/vdtracker/log/)")


def escaped(text: str) -> str:
    """Text for one roff line: backslashes and hyphens escaped, no line taken for a request."""
    text = " ".join(text.replace("%%", "%").split())
    text = text.replace("\\", "\\e").replace("-", "\\-")
    text = "".join(c if ord(c) < 128 else f"\\[u{ord(c):04X}]" for c in text)  # '…'
    return "\\&" + text if text.startswith((".", "'")) else text


def usage(parser: argparse.ArgumentParser) -> str:
    """'vdtracker log pain [-h] …' on one line."""
    text = " ".join(parser.format_usage().split())
    return text[text.index(parser.prog):]


def items(parser: argparse.ArgumentParser) -> list[str]:
    """Its arguments and options, one .TP each (the command words themselves excepted)."""
    lines: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) or action.help == argparse.SUPPRESS:
            continue
        if action.option_strings:
            value = "" if action.nargs == 0 else " " + " ".join(
                action.metavar if isinstance(action.metavar, tuple)
                else [action.metavar or action.dest.upper()])
            names = ", ".join(f"\\fB{escaped(flag)}\\fR" for flag in action.option_strings)
            head = names + (f" \\fI{escaped(value.strip())}\\fR" if value else "")
        else:
            head = f"\\fI{escaped(str(action.metavar or action.dest))}\\fR"
        lines += [".TP", head, escaped(action.help or "")]
    return lines


def commands(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """Every command that does something (`log pain`, `backup`), in the order of the help."""
    found: list[argparse.ArgumentParser] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                below = commands(child)
                found += below or [child]
    return found


def page(parser: argparse.ArgumentParser | None = None, day: str | None = None) -> str:
    frame = HelpText(english_translate, Formats("en"))
    parser = parser or build(english_translate, RULES)
    stamp = float(os.environ.get("SOURCE_DATE_EPOCH", time.time()))
    day = day or time.strftime("%Y-%m-%d", time.gmtime(stamp))
    out = [f'.TH VDTRACKER 1 "{day}" "vdtracker {__version__}" "User Commands"',
           ".SH NAME", "vdtracker \\- a private diary for vitamin D and B12 courses, labs and "
           "symptoms",
           ".SH SYNOPSIS", ".B vdtracker", "[\\fIOPTIONS\\fR]", ".br", ".B vdtracker",
           "\\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]",
           ".SH DESCRIPTION", escaped(parser.description or ""),
           ".SH OPTIONS", *items(parser), ".SH COMMANDS"]
    for command in commands(parser):
        out += [f".SS {escaped(command.prog)}", ".nf", escaped(usage(command)), ".fi", ".PP",
                escaped(command.description or ""), *items(command)]
    sections = [("ENVIRONMENT", frame.environment()), ("FILES", frame.files(RULES)),
                ("EXIT STATUS", frame.exit_codes())]
    for title, rows in sections:
        out.append(f".SH {title}")
        for name, text in rows:
            out += [".TP", f"\\fB{escaped(name)}\\fR", escaped(text)]
        if title == "FILES":
            out += [".PP", escaped(frame.files_note())]
    out += [".SH SHELL COMPLETION",
            escaped("bash: put eval \"$(vdtracker --print-completion bash)\" in ~/.bashrc, or "
                    "save its output as ~/.local/share/bash-completion/completions/vdtracker."),
            ".PP",
            escaped("zsh: save the output of vdtracker --print-completion zsh as _vdtracker in a "
                    "folder of your $fpath (before compinit runs), or put eval \"$(vdtracker "
                    "--print-completion zsh)\" in ~/.zshrc after compinit."),
            ".SH SEE ALSO", escaped("The README of VD Tracker, section \"The command line\".")]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("out", type=Path, help="the file to write, e.g. build/man/vdtracker.1")
    out: Path = args.parse_args(argv).out
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    tmp.write_text(page(), "utf-8")
    os.replace(tmp, out)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
