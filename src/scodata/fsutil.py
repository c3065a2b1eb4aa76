"""Small file-system helpers."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def atomic_write(path: Path, data: bytes) -> None:
    """Write data to path via a uniquely named temporary file and a rename (safe under concurrency)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def hash_file(digest: hashlib._Hash, path: Path, sync: bool = False) -> None:
    """Feed a file's bytes to digest, a MiB at a time; with sync, the file is flushed to disk too (fsync)."""
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
        if sync:
            os.fsync(fh.fileno())


def file_sha256(path: Path, sync: bool = False) -> str:
    """The SHA-256 of a file's bytes; with sync, the file is flushed to disk too (fsync)."""
    digest = hashlib.sha256()
    hash_file(digest, path, sync)
    return digest.hexdigest()


def sync_file(path: Path) -> None:
    """Flush a file's bytes to disk (fsync)."""
    with path.open("rb") as fh:
        os.fsync(fh.fileno())
