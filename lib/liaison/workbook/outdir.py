"""One run at a time in an output folder, and a run that either completes or leaves the folder as it was.

A run takes `OUT/.liaison.lock` (created exclusively; it names the run's process and start time,
so a second run is refused with a message naming the first). It then keeps a snapshot of what
the folder held in `OUT/.liaison-previous`: hard links, so it costs one link per file whatever
the tables weigh. The writers of those files replace them by renaming a new file over them
(`store.write_atomically`), never rewriting one in place, so the snapshot's files stay as they
were; a folder whose writers rewrite in place (`COPIED`) is snapshotted as copies. A run that
completes drops the snapshot; one that fails, is interrupted or runs out of disk puts it back,
and a run killed outright (no chance to clean up) is rolled back by the next run, which finds
its lock naming a process that no longer exists. Only what a run writes is snapshotted
(`WRITTEN`); anything else in the folder is left alone.
"""
from __future__ import annotations

import os
import shutil
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK = ".liaison.lock"
SNAPSHOT = ".liaison-previous"


class Busy(RuntimeError):
    """Another run is writing into the same output folder."""


@contextmanager
def output_run(out: Path, command: str) -> Iterator[None]:
    """Hold `out` for one run: locked, snapshotted, and rolled back unless the block completes."""
    out.mkdir(parents=True, exist_ok=True)
    lock = out / LOCK
    _take(lock, command)
    try:
        if (out / SNAPSHOT).exists():  # left by a run that was killed: its outputs are half-written
            _restore(out)
        _snapshot(out)
        try:
            yield
        except BaseException:
            _restore(out)
            raise
        shutil.rmtree(out / SNAPSHOT, ignore_errors=True)
    finally:
        lock.unlink(missing_ok=True)


def _take(lock: Path, command: str) -> None:
    stamp = f"pid {os.getpid()} on {socket.gethostname()}, started {time.strftime('%Y-%m-%d %H:%M:%S %Z')}: {command}"
    for _ in range(2):
        try:
            handle = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            holder = _read(lock)
            if _alive(holder):
                raise Busy(f"--out {lock.parent} is in use by another run ({holder}); wait for it to finish, or "
                           f"delete {lock} if that process is gone") from None
            lock.unlink(missing_ok=True)  # its process is gone: the lock is stale
            continue
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(stamp + "\n")
        return
    raise Busy(f"--out {lock.parent}: another run took the lock {lock} at the same moment")


def _read(lock: Path) -> str:
    try:
        return lock.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return "unreadable lock file"


def _alive(holder: str) -> bool:
    """Whether the process a lock names still runs. A lock from another machine (a shared folder)
    or one that cannot be read is taken as held: only its owner or the user can tell."""
    words = holder.split()
    if len(words) < 4 or words[0] != "pid" or not words[1].isdigit():
        return True
    if words[3].rstrip(",") != socket.gethostname():
        return True
    try:
        os.kill(int(words[1]), 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


# What a run writes into OUT: only these are snapshotted and rolled back, so a user's own files
# beside them (or an --out that holds other things) are never copied, moved or deleted.
WRITTEN = ("tables", "notebooks", "figures", "exports", "index.html", "report.css")
# Written in place by their writers (openpyxl, json.dump into an open file): snapshotted as copies,
# since a hard link would be rewritten with them. They are small; the tables are not, and are linked.
COPIED = ("exports",)


def _entries(folder: Path) -> list[Path]:
    return [folder / name for name in WRITTEN if (folder / name).exists() or (folder / name).is_symlink()]


def _snapshot(out: Path) -> None:
    """Link what the folder holds into the snapshot, built under a name of its own and renamed
    when whole: a snapshot cut short (a full disk) is never taken for one to restore."""
    partial = out / (SNAPSHOT + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    try:
        for entry in _entries(out):
            if entry.is_dir() and not entry.is_symlink():
                shutil.copytree(entry, partial / entry.name, symlinks=True, ignore=shutil.ignore_patterns(".*"),
                                copy_function=shutil.copy2 if entry.name in COPIED else _link)
            else:
                _link(entry, partial / entry.name)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)  # links and copies only: the outputs themselves stay
        raise
    os.replace(partial, out / SNAPSHOT)


def _link(source: str | Path, target: str | Path) -> None:
    """A hard link, or a copy on a file system without them."""
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, target, follow_symlinks=False)


def _restore(out: Path) -> None:
    """Put the snapshot back: whatever the run wrote goes, what was there before returns."""
    snapshot = out / SNAPSHOT
    for entry in _entries(out):
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    for entry in _entries(snapshot):
        os.replace(entry, out / entry.name)
    shutil.rmtree(snapshot)
