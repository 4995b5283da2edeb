"""Which files make a corpus, and their checksums: the folder walked (a hidden file or folder, an
unreadable one and a saved page's folder of assets listed, not entered), why a listed path is not
read, and the fingerprint that says when tables extracted from it are stale."""
from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from liaison.load.formats import DOCUMENT_SUFFIXES
from liaison.load.sidecar import SUFFIX
from liaison.paths import resolve


class CorpusError(ValueError):
    """The corpus as a whole cannot be loaded (missing folder, no documents)."""


def corpus_fingerprint(path: str | Path) -> str:
    """Checksum of every file a load reads: tables stamped with it are stale once a document is
    added, removed or edited."""
    root = corpus_root(path)
    return fingerprint(file_digests(root, corpus_files(root)))


def file_digests(root: Path, rels: list[str]) -> list[tuple[str, str]]:
    """(path below the folder, sha256 of its bytes) per file; an unreadable file digests as ""."""
    return [(rel, sha) for rel, sha, _ in file_facts(root, rels)]


def file_facts(root: Path, rels: list[str]) -> list[tuple[str, str, int]]:
    """(path below the folder, sha256 of its bytes, its size) per file, each file looked up once:
    an unreadable file digests as "", a path that is not there has size 0."""
    out = []
    base = os.fspath(root)
    for rel in rels:
        path = os.path.join(base, rel)
        try:
            info = os.stat(path)
        except (OSError, ValueError):
            out.append((rel, "", 0))
            continue
        sha = ""
        # A pipe named like a report would block the read: only regular files are read.
        # (A hidden file is not read either: a .DS_Store that changes re-extracts nothing.)
        if stat.S_ISREG(info.st_mode) and not is_hidden(rel):
            try:
                with open(path, "rb") as file:
                    sha = hashlib.sha256(file.read()).hexdigest()
            except OSError:
                pass
        out.append((rel, sha, info.st_size))
    return out


def fingerprint(digests: list[tuple[str, str]]) -> str:
    """One checksum over files' paths and contents."""
    digest = hashlib.sha256()
    for rel, sha in digests:
        digest.update(f"{rel}\0{sha}\n".encode())
    return digest.hexdigest()[:16]


def corpus_root(path: str | Path) -> Path:
    """The corpus folder, or a CorpusError saying why it cannot be one."""
    root = resolve(path)
    if not root.exists():
        raise CorpusError(f"corpus folder {root} does not exist")
    if not root.is_dir():
        raise CorpusError(f"corpus path {root} is a file, not a folder of documents")
    return root


def corpus_files(root: Path) -> list[str]:
    """Every file below the corpus folder (documents, sidecars, anything else), every hidden file
    or folder and every folder that cannot be read (listed for the load report), as sorted paths
    below it; a CorpusError when none is a visible document."""
    rels = sorted(_walk(root))
    if not any(Path(rel).suffix.lower() in DOCUMENT_SUFFIXES and not rel.endswith(SUFFIX)
               and not is_hidden(rel) for rel in rels):
        raise CorpusError(f"no documents ({', '.join(DOCUMENT_SUFFIXES)}) under {root}")
    return rels


def _walk(root: Path) -> list[str]:
    """Paths below `root` (a hidden file or folder listed, not entered), with an explicit stack rather than recursion (a
    folder nested a thousand deep is still a folder). A link to a folder is followed once: a folder
    met again through a link is not re-read. An unreadable folder, and a saved page's folder of
    assets, is listed itself, so the load report can say so."""
    found: list[str] = []
    stack = [(root, "")]
    seen: set[tuple[int, int]] = set()
    while stack:
        folder, prefix = stack.pop()
        try:
            stat = folder.stat()
            if (stat.st_dev, stat.st_ino) in seen:
                continue
            seen.add((stat.st_dev, stat.st_ino))
            with os.scandir(folder) as entries:
                listed = [(entry.name, _is_folder(entry)) for entry in entries]
        except OSError:
            found.append(prefix.rstrip("/"))
            continue
        files = {name for name, is_folder in listed if not is_folder}
        for name, is_folder in listed:
            shown = _shown(name)  # a name in another encoding is listed as a reader sees it, and not read
            if is_hidden(name):
                found.append(prefix + shown)  # listed once, not entered: see why_unreadable
            elif is_folder and _page_of_assets(name, files):
                found.append(prefix + shown)  # listed, not read: see why_unreadable
            elif is_folder:
                stack.append((folder / name, f"{prefix}{shown}/"))
            else:
                found.append(prefix + shown)
    return [rel for rel in found if rel]


def _page_of_assets(folder: str, files: set[str]) -> str:
    """The saved web page a folder belongs to ("page_files" beside "page.html", as a browser's
    "save complete page" writes them), or "". Its images, scripts and framed ads are no documents."""
    if not folder.endswith("_files"):
        return ""
    stem = folder[: -len("_files")]
    return next((stem + suffix for suffix in (".html", ".htm", ".mhtml") if stem + suffix in files), "")


def _is_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def is_hidden(path: str | Path) -> bool:
    """A hidden file or folder (".DS_Store", ".git"): listed in the load report, never read."""
    if isinstance(path, str):
        name = path.rpartition("/")[2]
        if name and name != ".":  # what Path(path).name is, without making a Path (once per file)
            return name.startswith(".")
    return Path(path).name.startswith(".")


def _shown(name: str) -> str:
    """A file name as UTF-8 text: a name written in another encoding (a Chinese Windows zip's GBK
    names) has undecodable bytes, shown as U+FFFD."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return name


def why_unreadable(file: Path) -> str:
    """Why a listed path that is no file cannot be read, or "" when it is simply not there."""
    if is_hidden(file):
        return "hidden (its name starts with '.'): not read"
    if "\ufffd" in str(file) and not file.exists():
        return "cannot read: the file name is not UTF-8 (rename the file to read it)"
    if file.exists() and not file.is_dir():
        return "not a regular file (a pipe, socket or device): not read"
    if file.is_symlink() and not file.exists():
        return f"cannot read: broken symlink to {os.readlink(file)}"
    if file.is_dir():
        try:
            with os.scandir(file.parent) as entries:
                page = _page_of_assets(file.name, {entry.name for entry in entries if entry.is_file()})
            os.scandir(file).close()
        except OSError as error:
            return f"cannot read folder: {error.strerror or error}"
        if page:
            return f"the images and scripts of the saved page {page}: not read"
    return ""
