"""Releases in an output directory: staged, moved into releases/, and swapped in atomically.

Layout of an output directory:
    raw/<sha256>                 raw bytes, content-addressed, append-only
    releases/<build_id>/         one complete dataset: scodata.db, parquet/, metadata.json, datapackage.json
    current -> releases/<id>     swapped atomically (rename of a symlink) when a build succeeds
    scodata.db, parquet/, ...    stable symlinks through current/
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

DB_NAME = "scodata.db"
PUBLISHED = (DB_NAME, "parquet", "metadata.json", "datapackage.json")
KEEP_RELEASES = 3


def current_release(output: Path) -> Path | None:
    link = output / "current"
    return link.resolve() if link.is_symlink() and link.resolve().is_dir() else None


def _swap_symlink(link: Path, target: str) -> None:
    tmp = link.with_name(f".{link.name}.{os.getpid()}.tmp")
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(target)
    os.replace(tmp, link)  # atomic on POSIX


def _fsync_tree(directory: Path) -> None:
    for path in sorted(directory.rglob("*")):
        if path.is_file():
            with path.open("rb") as fh:
                os.fsync(fh.fileno())


def publish_release(output: Path, staging: Path, build_id: str) -> Path:
    """Move a fully written staging directory into releases/ and point current at it atomically."""
    releases = output / "releases"
    releases.mkdir(parents=True, exist_ok=True)
    final = releases / build_id
    if final.exists():
        shutil.rmtree(staging)
    else:
        _fsync_tree(staging)
        os.replace(staging, final)
    _swap_symlink(output / "current", f"releases/{build_id}")
    for name in PUBLISHED:
        link = output / name
        if not link.is_symlink():
            if link.is_dir():
                shutil.rmtree(link)
            elif link.exists():
                link.unlink()
            link.symlink_to(f"current/{name}")
    _prune(releases, keep=final)
    return final


def _prune(releases: Path, keep: Path) -> None:
    """Remove old releases beyond the newest few (by mtime), never the current one."""
    old = sorted((p for p in releases.iterdir() if p.is_dir() and p != keep), key=lambda p: p.stat().st_mtime)
    for path in old[: max(0, len(old) - (KEEP_RELEASES - 1))]:
        shutil.rmtree(path, ignore_errors=True)


def clear_stale(output: Path) -> None:
    """Remove what a killed run may have left (half-written staging builds, temporary symlinks).

    Only called while holding output/.lock, so no live run can own them.
    """
    base = output / ".staging"
    for stale in base.iterdir() if base.is_dir() else ():
        shutil.rmtree(stale, ignore_errors=True)
    for tmp in output.glob(".current.*.tmp"):
        tmp.unlink(missing_ok=True)


def staging_dir(output: Path) -> Path:
    """A fresh directory inside output/ (same file system, so the final move is a rename)."""
    base = output / ".staging"
    base.mkdir(parents=True, exist_ok=True)
    path = base / f"build-{os.getpid()}"
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir()
    return path
