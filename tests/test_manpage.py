"""packaging/build_manpage.py writes vdtracker.1 from the command line's own parser: groff reads
it without a warning, and `man -l` shows every command, option and section."""

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from vdtracker.cli.tree import build
from vdtracker.wording.translate import english_translate

ROOT = Path(__file__).resolve().parent.parent


def leaves(p: argparse.ArgumentParser):
    """Every command that does something: `vdtracker log pain`, `vdtracker backup`, …"""
    subs = [a for a in p._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield p
    for action in subs:
        for child in dict.fromkeys(action.choices.values()):
            yield from leaves(child)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    out = tmp_path_factory.mktemp("man") / "man1" / "vdtracker.1"
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1767225600", "HOME": "/nonexistent-home"}
    r = subprocess.run([sys.executable, str(ROOT / "packaging" / "build_manpage.py"), str(out)],
                       capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 0, r.stderr
    return out


def test_the_page_is_plain_roff_of_the_whole_tree(page):
    text = page.read_text("utf-8")
    assert text.startswith('.TH VDTRACKER 1 "2026-01-01"')
    assert text.isascii()  # '…' and the like as roff escapes: groff reads it in any locale
    assert "/nonexistent-home" not in text  # rules, not the builder's own folders
    for section in ("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "ENVIRONMENT",
                    "FILES", "EXIT STATUS", "SHELL COMPLETION"):
        assert f".SH {section}\n" in text


@pytest.mark.skipif(shutil.which("groff") is None, reason="groff is not installed")
def test_groff_reads_it_without_a_warning(page):
    r = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z", str(page)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stderr == "", r.stderr


@pytest.mark.skipif(shutil.which("man") is None and shutil.which("groff") is None,
                    reason="neither man nor groff is installed")
def test_man_shows_every_command_and_option(page):
    env = {**os.environ, "MANWIDTH": "250", "MANPAGER": "cat", "PAGER": "cat", "LANG": "C.UTF-8"}
    cmd = (["man", "-l", str(page)] if shutil.which("man")
           else ["groff", "-man", "-Tutf8", str(page)])
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env)
    assert r.returncode == 0, r.stderr
    shown = " ".join(r.stdout.replace("\u2010", "-").replace("\u2212", "-").split())
    parser = build(english_translate)
    for command in leaves(parser):
        assert command.prog in shown, command.prog
        for action in command._actions:
            for flag in action.option_strings:
                assert flag in shown, (command.prog, flag)
    for word in ("VDTRACKER_DATA_DIR", "VDTRACKER_DATABASE_URL", "~/.local/share/vdtracker",
                 "--print-completion bash", "EXIT STATUS"):
        assert word in shown, word
