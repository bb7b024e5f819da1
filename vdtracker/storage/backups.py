"""Backups of the SQLite store: consistent copies made with SQLite's backup API (never a file
copy of a database in WAL mode), checked with integrity_check, written beside their target and
renamed, 0600, kept 7 daily / 4 weekly / 12 monthly; and a restore that sets the current store
aside first and puts the backup in place in one step."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .. import paths
from .beside import no_room, remove_leftovers, written_beside
from .migrate import HEAD, KNOWN_REVISIONS

FOLDER = "backups"
STAMP = "%Y-%m-%d-%H%M%S"
STAMP_TEXT = "2026-11-30-093000"  # how long a stamp is written
PREFIX = "vdtracker-"  # vdtracker-2026-11-30-093000.sqlite3: the ones rotation may remove
KEPT = "kept-"  # kept-2026-11-30-093000.sqlite3: made when the user asked; never rotated
SIDECARS = ("-shm", "-wal", "-journal", "")  # a store's files; the database itself last
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
COUNTED = {"pain_entry": "pain", "cramp_night": "cramps", "spasm_episode": "spasms",
           "dose": "doses", "lab_result": "labs", "regimen": "schedules"}


class NotABackup(Exception):
    """The file is not a store this version can put back: `kind` says what it is instead (one
    of KINDS, worded for the user elsewhere), `why` the details (for the log)."""

    KINDS = ("not-a-file", "damaged", "not-ours", "newer", "not-a-database")

    def __init__(self, path: Path, why: str, kind: str = "not-a-database") -> None:
        super().__init__(f"{path}: {why}")
        self.path, self.why, self.kind = path, why, kind


@dataclass(frozen=True)
class Holdings:
    path: Path
    made: datetime  # when the backup was made: the stamp in its name (made_at)
    counts: dict[str, int]  # kind -> rows ("pain", "doses", ...)


STAMP_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2}-\d{6})")


def made_at(path: Path) -> datetime:
    """When a copy was made: the stamp in its name (vdtracker-, kept-, before-migration-from-…-,
    set-aside-before-restore-<stamp>[-2].sqlite3), which a copy or a move to another disk
    keeps; the file's modification time only for a name that holds none."""
    for found in STAMP_IN_NAME.findall(path.name):
        with contextlib.suppress(ValueError):
            return datetime.strptime(found, STAMP)
    return datetime.fromtimestamp(path.stat().st_mtime)


def folder_of(where: Path) -> Path:
    return where / FOLDER


def copy_store(source: Path, out: Path) -> None:
    """A consistent copy of the store at `source` into `out`: checked, then renamed into
    place, readable by the user only. On any failure `out` is as it was and nothing is left."""
    with written_beside(out) as tmp:  # named for this process: a later start removes
        _copy_checked(source, str(tmp))  # only what a dead one left


def _copy_checked(source: Path, tmp: str) -> None:
    """SQLite's backup API into `tmp`, then its integrity check. A full disk (or any write
    SQLite refuses) is an OSError, as a failed write of any other file is."""
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                # a single file: read later (even read-only) it leaves no -wal or -shm beside it
                dst.execute("PRAGMA journal_mode=DELETE")
                (verdict,) = dst.execute("PRAGMA integrity_check").fetchone()
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.DatabaseError as err:
        said = str(err).lower()
        if "malformed" in said or "not a database" in said:
            # the store's own pages cannot be read: the store is damaged, not the place the
            # copy goes (a damaged page the backup reads before the check does says so here)
            raise NotABackup(source, str(err), "damaged") from err
        full = "full" in said or no_room(Path(tmp).parent, source.stat().st_size)
        raise OSError(errno.ENOSPC if full else errno.EIO,
                      os.strerror(errno.ENOSPC) if full else str(err)) from err
    if verdict != "ok":
        raise NotABackup(source, f"integrity check: {verdict}", "damaged")


def stamped(folder: Path, prefix: str) -> list[tuple[datetime, Path]]:
    """The copies named `<prefix><stamp>…sqlite3` in `folder`, newest first (by the time in
    their name; a file whose name holds no time is left out)."""
    found = []
    for path in folder.glob(f"{prefix}*.sqlite3"):
        with contextlib.suppress(ValueError):
            stamp = path.name[len(prefix):len(prefix) + len(STAMP_TEXT)]
            found.append((datetime.strptime(stamp, STAMP), path))
    return sorted(found, reverse=True)


def backups_in(folder: Path) -> list[tuple[datetime, Path]]:
    """The rotating backups in `folder`, newest first (a file of the user's own, or one set
    aside, is never rotated away)."""
    return stamped(folder, PREFIX)


def make_backup(where: Path, now: datetime, kept: bool = False) -> Path:
    """A new backup of the store in `where` into its backups folder, then the rotation (and
    the part-written copy a killed backup may have left behind is removed). `kept`: one the
    user asked for (Back up now, `vdtracker backup`, before an import), which rotation never
    removes and which never makes rotation remove the day's automatic one."""
    folder = paths.ensure_private_dir(folder_of(where))
    remove_stale_parts(where)
    out = _unused(folder / f"{KEPT if kept else PREFIX}{now.strftime(STAMP)}.sqlite3")
    copy_store(paths.database_file(where), out)
    if not kept:
        rotate(folder)
    return out


def remove_stale_parts(where: Path) -> int:
    """Remove the part-written copies (and their -journal) a killed backup left in the backups
    folder, each a copy of the whole diary, and a killed start's new store in the data folder;
    not one being written now. Returns how many."""
    folder = folder_of(where)
    return remove_leftovers(where) + (remove_leftovers(folder) if folder.is_dir() else 0)

def daily_backup(where: Path, now: datetime) -> Path | None:
    """The first start of a day makes that day's backup; later ones make none."""
    if not paths.database_file(where).exists():
        return None
    if any(made.date() == now.date() for made, _ in backups_in(folder_of(where))):
        return None
    return make_backup(where, now)


def before_migration(where: Path, now: datetime) -> Path | None:
    """A copy of a store about to be migrated to this version's schema (kept, never rotated):
    a migration that goes wrong can always be undone by restoring it."""
    live = paths.database_file(where)
    if not live.exists() or live.stat().st_size == 0:
        return None
    con = sqlite3.connect(f"file:{live}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None  # not ours, or damaged: opening it says so, and nothing is migrated
    finally:
        con.close()
    if row is None or row[0] == HEAD or row[0] not in KNOWN_REVISIONS:
        return None  # up to date, or too new (refused when opened, and left alone)
    folder = paths.ensure_private_dir(folder_of(where))
    out = folder / f"before-migration-from-{row[0]}-{now.strftime(STAMP)}.sqlite3"
    copy_store(live, out)
    return out


def keep(made: Iterable[datetime]) -> set[datetime]:
    """Which backups stay: the newest of each of the last 7 days, 4 ISO weeks and 12 months
    that have one (the same file may stand for its day, its week and its month)."""
    made = sorted(made, reverse=True)  # read three times: a generator would be spent after one
    kept: set[datetime] = set()
    for key, count in ((lambda d: d.date(), KEEP_DAILY),
                       (lambda d: tuple(d.isocalendar())[:2], KEEP_WEEKLY),
                       (lambda d: (d.year, d.month), KEEP_MONTHLY)):
        seen: dict[object, datetime] = {}
        for d in made:
            if key(d) not in seen and len(seen) < count:
                seen[key(d)] = d
        kept |= set(seen.values())
    return kept


def rotate(folder: Path) -> None:
    found = backups_in(folder)
    stay = keep(made for made, _ in found)
    for made, path in found:
        if made not in stay:
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()


def holdings(path: Path) -> Holdings:
    """What a backup holds, after checking it is one this version can put back."""
    if not path.is_file():
        raise NotABackup(path, "not a file", "not-a-file")
    try:
        # immutable: no -shm or -wal is made beside a file that has none (a damaged one stays
        # exactly as it was); a -wal beside it must be read, so then plain read-only
        pending = Path(f"{path}-wal").exists()
        flags = "mode=ro" if pending else "mode=ro&immutable=1"
        con = sqlite3.connect(f"file:{path}?{flags}", uri=True)
        try:
            (verdict,) = con.execute("PRAGMA integrity_check").fetchone()
            if verdict != "ok":
                raise NotABackup(path, f"damaged ({verdict})", "damaged")
            tables = {name for (name,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables or not set(COUNTED) <= tables:
                raise NotABackup(path, "not a VD Tracker database", "not-ours")
            (revision,) = con.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision not in KNOWN_REVISIONS:
                raise NotABackup(path, "made by a newer version of VD Tracker", "newer")
            counts = {kind: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
                      for table, kind in COUNTED.items()}
        finally:
            con.close()
    except sqlite3.DatabaseError as err:
        raise NotABackup(path, f"not a database ({err})") from None
    return Holdings(path, made_at(path), counts)


def window_open(where: Path) -> bool:
    """Whether VD Tracker's window runs on this folder: its lock file (Qt's QLockFile: the
    process id on the first line) names a process that is alive."""
    lock = where / "vdtracker.lock"
    try:
        pid = int(lock.read_text(encoding="utf-8", errors="replace").splitlines()[0])
        os.kill(pid, 0)
    except (OSError, ValueError, IndexError):
        return False  # no lock, an unreadable one, or its process is gone
    return True


def _unused(path: Path) -> Path:
    """`path`, or with -2, -3 … before the suffix when a file of that name exists (two
    restores in one second must not set the second aside over the first)."""
    n = 1
    found = path
    while found.exists():
        n += 1
        found = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return found


def restore(where: Path, backup: Path, now: datetime) -> tuple[Holdings, Path]:
    """The backup checked, the current store copied aside (into the backups folder, never
    rotated away), then the backup written into the store in one SQLite transaction. A
    current store that fails its own check is moved aside as it is (restore_damaged)."""
    held = holdings(backup)
    folder = paths.ensure_private_dir(folder_of(where))
    live = paths.database_file(where)
    if not live.exists():  # nothing to set aside: a new, checked file renamed into place
        copy_store(backup, live)
        return held, live
    aside = _unused(folder / f"set-aside-before-restore-{now.strftime(STAMP)}.sqlite3")
    try:
        copy_store(live, aside)
    except NotABackup:  # the store itself is damaged: kept byte for byte, never copied
        return restore_damaged(where, backup, now)
    try:  # one SQLite transaction: a failure leaves the store as it was
        src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(live, timeout=5)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.DatabaseError as err:
        raise OSError(errno.EIO, str(err)) from err
    os.chmod(live, 0o600)
    return held, aside


def _before_migration(folder: Path) -> list[tuple[datetime, Path]]:
    """The copies made before a migration (before-migration-from-0002-<stamp>.sqlite3)."""
    found = []
    for path in folder.glob("before-migration-*.sqlite3"):
        with contextlib.suppress(ValueError):
            stamp = path.name[:-len(".sqlite3")][-len(STAMP_TEXT):]
            found.append((datetime.strptime(stamp, STAMP), path))
    return found


def newest_good(where: Path) -> Holdings | None:
    """The newest backup of the store in `where` that this version can put back (the rotating
    ones, those the user asked for and the copies made before a migration; never one set
    aside): a damaged newest one
    is passed over for the next."""
    folder = folder_of(where)
    found = backups_in(folder) + stamped(folder, KEPT) + _before_migration(folder)
    for _, path in sorted(found, reverse=True):
        try:
            return holdings(path)
        except (NotABackup, OSError):
            continue
    return None


def set_aside_damaged(where: Path, now: datetime) -> Path:
    """Move the store that cannot be opened (and its -wal and -shm, byte for byte) into the
    backups folder as damaged-<stamp>.sqlite3: never repaired, copied through SQLite, or
    written over. Moved back if a part cannot be moved."""
    folder = paths.ensure_private_dir(folder_of(where))
    live = paths.database_file(where)
    aside = _unused(folder / f"damaged-{now.strftime(STAMP)}.sqlite3")
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in SIDECARS:  # the file itself last: never left without its -wal
            part = Path(f"{live}{suffix}")
            if part.exists():
                os.replace(part, Path(f"{aside}{suffix}"))
                moved.append((part, Path(f"{aside}{suffix}")))
    except OSError:
        for part, kept in reversed(moved):
            os.replace(kept, part)
        raise
    return aside


def restore_damaged(where: Path, backup: Path, now: datetime) -> tuple[Holdings, Path]:
    """Put `backup` in place of a store that cannot be opened: the backup checked, the damaged
    files set aside as they are, then the backup written into a new store file. On failure
    the damaged files go back where they were."""
    holdings(backup)
    aside = set_aside_damaged(where, now)
    live = paths.database_file(where)
    try:
        held, _ = restore(where, backup, now)  # nothing left to copy aside: a new file
    except BaseException:
        for suffix in SIDECARS:  # all moved aside above: what is here now is the new copy's
            Path(f"{live}{suffix}").unlink(missing_ok=True)
        for suffix in SIDECARS:
            kept = Path(f"{aside}{suffix}")
            if kept.exists():
                os.replace(kept, Path(f"{live}{suffix}"))
        raise
    return held, aside


def overwrites_store(out: Path, where: Path) -> bool:
    """Whether writing `out` would replace the store in `where` or one of its files."""
    live = paths.database_file(where).resolve()
    return out.resolve() in {Path(f"{live}{suffix}") for suffix in SIDECARS}


def is_sqlite_file(path: Path) -> bool:
    """Whether `path` is an existing SQLite database (a store or a backup)."""
    try:
        with path.open("rb") as f:
            return f.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


__all__ = ["Holdings", "NotABackup", "before_migration", "daily_backup", "holdings",
           "is_sqlite_file", "keep", "make_backup", "newest_good", "overwrites_store", "restore",
           "restore_damaged", "rotate", "set_aside_damaged"]
