"""What earlier runs learnt of the local files they read, so that an unchanged file is not read again.

A file is known by its real path, size, modification and change times (ns) and inode: while they stay
the same, its bytes have the SHA-256 recorded when it was last read (as git's index trusts a file's stat).
A file changed less than RACY_SECONDS before it was read is not recorded: a second write within the
file system's clock tick would leave its times unchanged. The source of a known file reads its bytes
only when they are needed (to process them), and refuses them if they no longer have that hash.
"""

from __future__ import annotations

import os
import stat
import threading
import time
from pathlib import Path

import orjson

from .errors import InputError
from .fsutil import atomic_write
from .model import RawSource

FILE_STATS = "file-stats.json"  # in the output folder, beside fetch_log.jsonl (the build cache may be removed alone)
RACY_SECONDS = 2.0
_save_lock = threading.Lock()  # read batches of one run are saved from several threads

Stat = list[int]


def _facts(info: os.stat_result) -> Stat:
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev]


class KnownFile(RawSource):
    """A local file whose bytes were read before (their SHA-256 is known): read again only if needed."""

    def __init__(self, path: str, sha256: str, uri: str) -> None:
        super().__init__(data=b"", kind="file", uri=uri)
        del self.data  # looked up through __getattr__ from now on
        self.path = path
        self.__dict__["sha256"] = sha256  # RawSource.sha256 is a cached property

    def __getattr__(self, name: str) -> bytes:
        if name != "data" or "path" not in self.__dict__:
            raise AttributeError(name)
        data = Path(self.path).read_bytes()
        if RawSource(data=data, kind="file", uri=self.uri).sha256 != self.sha256:
            raise InputError(f"{self.path}: changed while being read, try again")
        self.data = data
        return data


class FileStats:
    """The recorded facts of local files, loaded from an output folder and saved back (merged) after a read."""

    def __init__(self, output: Path | None) -> None:
        self.path = output / FILE_STATS if output is not None else None
        self.known: dict[str, list] = self._load()
        self.learnt: dict[str, list] = {}

    def _load(self) -> dict[str, list]:
        try:
            return orjson.loads(self.path.read_bytes()) if self.path is not None else {}
        except (FileNotFoundError, orjson.JSONDecodeError):
            return {}

    def source(self, path: str, uri: str, max_bytes: int) -> KnownFile | None:
        """The file as a known source, when it is a regular file unchanged since it was last read."""
        entry = self.known.get(path)
        if entry is None:
            return None
        try:
            info = os.stat(path)
        except OSError:
            return None
        if not stat.S_ISREG(info.st_mode) or info.st_size > max_bytes or _facts(info) != entry[:5]:
            return None
        return KnownFile(path, entry[5], uri)

    def learn(self, path: str, source: RawSource) -> None:
        """Record a file just read (unless it changed too recently to be trusted by its times)."""
        try:
            info = os.stat(path)
        except OSError:
            return
        if info.st_size == len(source.data) and time.time_ns() - info.st_mtime_ns > RACY_SECONDS * 1e9:
            self.learnt[path] = [*_facts(info), source.sha256]

    def save(self) -> None:
        """Add what this read learnt to the recorded facts (merged with what other readers saved meanwhile)."""
        if self.path is None or not self.learnt:
            return
        with _save_lock:
            merged = {**self._load(), **self.learnt}
            atomic_write(self.path, orjson.dumps(merged))
        self.learnt = {}
