"""`vdtracker --help`: every option and command says what it takes, in the user's language;
the epilog names the environment, this user's files and the exit codes; shell completion."""

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from packaging_scripts import script
from vdtracker.cli import help_text, tree
from vdtracker.cli.tree import build
from vdtracker.storage.backups import FOLDER
from vdtracker.wording.formats import Formats
from vdtracker.wording.translate import english_translate

ROOT = Path(__file__).resolve().parents[2]
CONTEXTS = ("CommandLine", "MoreCommands", "HelpText")


def parsers(p: argparse.ArgumentParser, path: str = "vdtracker"):
    """(path, parser, the help its parent lists it with) for every parser of the tree."""
    yield path, p, None
    for action in p._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, child in action.choices.items():
                for found in parsers(child, f"{path} {name}"):
                    yield found if found[1] is not child else (found[0], child, helps[name])


def cli(*args, **env):
    environ = {k: v for k, v in os.environ.items()
               if not k.startswith(("VDTRACKER_", "LC_", "LANG"))}
    environ.update(env)
    return subprocess.run([sys.executable, "-m", "vdtracker", *args], env=environ,
                          capture_output=True, text=True, timeout=60)


def test_every_option_and_command_says_what_it_takes():
    lacking = []
    for path, p, listed in parsers(build(english_translate)):
        if path != "vdtracker" and not listed:
            lacking.append(f"{path}: no help in its parent's list")
        if not (p.description or "").strip():
            lacking.append(f"{path}: no description")
        for action in p._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            if not (action.help or "").strip() or action.help == argparse.SUPPRESS:
                lacking.append(f"{path} {'/'.join(action.option_strings) or action.dest}")
    assert lacking == []
    leaves = [path for path, p, _ in parsers(build(english_translate))
              if not any(isinstance(a, argparse._SubParsersAction) for a in p._actions)]
    assert len(leaves) >= 21  # log pain … demo: every command CLI.md names


def test_the_help_names_the_environment_this_users_files_and_the_exit_codes(tmp_path):
    r = cli("--help", VDTRACKER_DATA_DIR=str(tmp_path), COLUMNS="200")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    for word in ("VDTRACKER_DATA_DIR", "VDTRACKER_DATABASE_URL", "LANG", "LC_ALL",
                 str(tmp_path), str(tmp_path / "vdtracker.sqlite3"), str(tmp_path / FOLDER),
                 str(tmp_path / "logs" / "vdtracker.log"), "Exit status:",
                 "--print-completion"):
        assert word in out, word
    lines = out[out.index("Exit status:"):].splitlines()
    codes = [line.split()[0] for line in lines[1:] if line[:3] == "  " + line[2:3].strip()]
    assert codes[:4] == ["0", "2", "3", "4"], lines
    assert help_text.BACKUPS == FOLDER
    # a server's address is never printed (it may hold a password)
    secret = "postgresql+psycopg://anna:s3cret@db/vd"
    served = cli("--help", VDTRACKER_DATABASE_URL=secret)
    assert "s3cret" not in served.stdout and "VDTRACKER_DATABASE_URL" in served.stdout


def test_every_command_has_its_help_page():
    for path, _, _ in parsers(build(english_translate)):
        r = cli(*path.split()[1:], "--help", COLUMNS="100")
        assert r.returncode == 0 and r.stdout.startswith(f"usage: {path}"), (path, r.stderr)


def _build_translations():
    return script("build_translations")


@pytest.mark.skipif(shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
                    is None and shutil.which("pyside6-lupdate") is None,
                    reason="pyside6-lupdate is not installed")
def test_every_help_is_a_literal_lupdate_finds_and_translated_at_run_time():
    """A catalogue of exactly what pyside6-lupdate extracts (each text «marked») gives a help
    tree whose every help, description, heading and epilog line is marked: none is missed by
    lupdate, none is left out of the translation."""
    extracted = {(c, s) for c, s in _build_translations().sources_in_code() if c in CONTEXTS}

    def marked(context, text, disambiguation=None, n=-1):
        return f"«{text}»" if (context, text) in extracted else text

    p = build(marked)
    for path, parser, listed in parsers(p):
        assert parser.description.startswith("«"), path
        assert path == "vdtracker" or listed.startswith("«"), path
        assert parser._optionals.title == "«options»"
        for action in parser._actions:
            assert action.help.startswith("«"), (path, action.option_strings or action.dest)
    assert parser.format_usage().startswith("«usage: »")
    for heading in ("«Environment:»", "«Files:»", "«Exit status:»", "«data folder»"):
        assert heading in p.epilog
    frame = help_text.HelpText(marked, Formats("en"))
    where = help_text.here()
    said = [text for _, text in frame.environment() + frame.exit_codes()]
    said += [name for name, _ in frame.files(where)]
    said += [frame.files_note(), frame.completion_note()]
    epilog = " ".join(p.epilog.split())
    assert all(text.startswith("«") and " ".join(text.split()) in epilog for text in said), said


def test_the_help_reads_the_catalogue_of_the_users_language(monkeypatch):
    asked = []

    def catalogue(language):
        asked.append(language)
        return english_translate

    monkeypatch.setattr(tree, "catalogue_translate", catalogue)
    for key in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    build()
    assert asked == ["de"]


def test_the_help_is_german_under_a_german_locale():
    r = cli("--help", LANG="de_DE.UTF-8")
    assert r.returncode == 0, r.stderr
    assert "show this help and exit" not in r.stdout and "options:" not in r.stdout
    assert "Umgebung" in r.stdout or "Optionen" in r.stdout


def completion(shell):
    r = cli("--print-completion", shell)
    assert r.returncode == 0 and r.stderr == "", r.stderr
    return r.stdout


def test_bash_completes_commands_options_and_choices(tmp_path):
    script = tmp_path / "vdtracker.bash"
    script.write_text(completion("bash"))
    probe = ('source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); '
             'COMPREPLY=(); _vdtracker; printf "%s\\n" "${COMPREPLY[@]}"; complete -p vdtracker')

    def offered(*words):
        r = subprocess.run(["bash", "--norc", "-c", probe, "bash", str(script), *words],
                           capture_output=True, text=True, timeout=30)
        assert r.returncode == 0, r.stderr
        return r.stdout.splitlines()

    assert offered("vdtracker", "reg")[:-1] == ["regimen"]
    assert offered("vdtracker", "reg")[-1] == "complete -o default -F _vdtracker vdtracker"
    assert offered("vdtracker", "--data-dir", "x", "regimen", "st")[:-1] == [
        "stop", "stopped-taking"]
    assert offered("vdtracker", "export", "--format", "")[:-1] == ["json", "csv", "fhir", "ics"]
    assert offered("vdtracker", "log", "pain", "5", "--note", "log", "--re")[:-1] == ["--region"]


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed")
def test_zsh_completes_commands_with_their_help(tmp_path):
    script = tmp_path / "_vdtracker"
    script.write_text(completion("zsh"))
    probe = ('compdef() { print "compdef $*" }; _describe() { print -l -- "${(@P)4}" }; '
             'compadd() { print -l -- "${@:2}" }; _files() { print _files }; source "$1"; '
             'shift; words=("$@"); CURRENT=${#words}; PREFIX=${words[-1]}; _vdtracker')
    r = subprocess.run(["zsh", "-f", "-c", probe, "zsh", str(script), "vdtracker", "regimen", ""],
                       capture_output=True, text=True, timeout=30)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == "compdef _vdtracker vdtracker"
    assert "stopped-taking:you did not take this schedule from one day to another" in lines


def test_a_run_builds_only_its_commands_part_and_it_reads_and_helps_as_the_whole_tree():
    """A command's run builds its part of the tree alone (issue 28); each command there parses
    and prints its help as in the whole tree, and every command is in some part."""
    whole = build(english_translate)
    top = {name: child for action in whole._actions
           if isinstance(action, argparse._SubParsersAction)
           for name, child in action.choices.items()}
    assert set(top) == set(tree.PARTS)
    for name, child in top.items():
        part = build(english_translate, part=tree.PARTS[name])
        alone = {path: p for path, p, _ in parsers(part)}
        for path, p, _ in parsers(child, f"vdtracker {name}"):
            assert path in alone, path
            assert alone[path].format_help() == p.format_help(), path


@pytest.mark.parametrize(("words", "part"), [
    ([], tree.TOP),  # the window
    (["--minimized"], tree.TOP),
    (["--data-dir", "log", "--minimized"], tree.TOP),  # a folder named like a command
    (["--data-dir", "alerts", "log", "pain", "5"], "log"),
    (["--data-dir=alerts", "log", "pain", "5"], "log"),
    (["dose", "--supplement", "log"], "dose"),
    (["recheck", "2026-12-01"], "lab"),
    (["--version"], tree.TOP),
    (["log", "--help"], "log"),
    (["--help"], None),  # the top's help lists every command
    (["-h", "log"], None),
    (["--he"], None),  # argparse reads an abbreviation as the option it starts
    (["--data-dir=D", "--hel", "log"], None),
    (["--print-completion", "bash"], None),
    (["--print=zsh"], None),
    (["--", "report"], None),  # argparse refuses `--` there, naming every command
    (["lgo", "pain", "5"], None),  # argparse names the commands there are
    (["-style", "fusion"], None),  # a Qt option's value: the whole tree, as before
])
def test_the_part_a_run_needs(words, part):
    from vdtracker.cli.parser import part_for

    assert part_for(words) == part


def test_a_mistyped_command_is_still_told_the_commands_there_are():
    r = cli("lgo", "pain", "5")
    assert r.returncode == 2
    assert "lgo" in r.stderr and "log" in r.stderr and "alerts" in r.stderr
