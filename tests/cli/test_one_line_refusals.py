"""A refusal is one line (CLI.md) even when the words are a driver's: a PostgreSQL server that
cannot be reached said its own two lines ("… failed: No such file or directory\\n\\tIs the
server running locally …?")."""

import os
import subprocess
import sys


def test_an_unreachable_server_is_said_in_one_line(tmp_path):
    socket_dir = tmp_path / "no-server-here"
    env = {k: v for k, v in os.environ.items() if not k.startswith("VDTRACKER_")}
    env["VDTRACKER_DATABASE_URL"] = f"postgresql+psycopg://postgres@/vdt?host={socket_dir}"
    r = subprocess.run([sys.executable, "-m", "vdtracker", "--data-dir", str(tmp_path / "d"),
                        "alerts"], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 3, r.stderr
    assert len(r.stderr.splitlines()) == 1, r.stderr
    assert "could not be reached" in r.stderr and "\t" not in r.stderr
