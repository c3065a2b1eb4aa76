"""Plain data passed between the pipeline stages."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import Generic, TypeVar

Record = dict[str, object]
Tables = dict[str, list[Record]]
T = TypeVar("T")


class Sealed(Generic[T]):
    """A value handed between orchestrated tasks as one opaque object.

    Orchestrators (Prefect) walk lists, tuples, dicts and dataclasses in task arguments looking for
    futures; a batch of documents holds many records, so the walk costs more than the work. A plain
    class is not walked, and unlike Prefect's quote() (a namedtuple) it survives Dask's pickling.
    """

    __slots__ = ("value",)

    def __init__(self, value: T) -> None:
        self.value = value

    def __reduce__(self) -> tuple[type, tuple[T]]:
        return Sealed, (self.value,)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the clean text; offsets are code points into the clean text."""

    seq: int
    text: str
    start: int
    end: int
    section: str = "body"

    def span(self, local_start: int, local_end: int) -> tuple[int, int]:
        """Document-level offsets of a span given relative to this paragraph."""
        return self.start + local_start, self.start + local_end


@dataclass
class RawSource:
    """Bytes read from a file or fetched from a URL, with how they were obtained."""

    data: bytes
    kind: str  # "file" or "url"
    uri: str
    origin_url: str | None = None
    final_url: str | None = None
    http_status: int | None = None
    retrieved_at: str | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    hints: dict[str, str] = field(default_factory=dict)

    @cached_property
    def sha256(self) -> str:
        """SHA-256 of the bytes, computed once (the raw file's name, the cache key's base)."""
        return hashlib.sha256(self.data).hexdigest()


@dataclass
class DocumentBuild:
    """Everything one source contributes to the dataset."""

    doc_id: str
    sha256: str
    tables: Tables

    @property
    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.tables.items()}


@dataclass(frozen=True)
class BuildRef:
    """A document build kept on disk, and what publishing needs to know of it without loading its records."""

    doc_id: str
    sha256: str
    key: str  # the build's cache key: same key, same records
    path: str  # the stored build (JSON)
    truncated: bool
    text_length: int
    source: Record  # this read's row of the sources table
    counts: dict[str, int]  # rows per table, for the logs
    validated: str | None = None  # SHA-256 of the stored build's bytes when its records passed validation as built

    @property
    def completeness(self) -> tuple[bool, int]:
        """Of two builds of one doc_id, the more complete wins: not truncated first, then the longer text."""
        return (not self.truncated, self.text_length)
