"""Read the sources of a run: files from disk, URLs over http(s) with conditional re-fetching (a log of every fetch).

The published `sources` table records, per raw file, the fetch that first produced its bytes;
re-fetching unchanged bytes (or a 304) reuses that record, so a re-run with nothing new publishes
nothing new. Every fetch, whatever its outcome, is appended to output/fetch_log.jsonl.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

from .errors import FetchError
from .filestats import FileStats
from .ingest import MAX_BYTES, fetch_url, read_file
from .model import RawSource, Record
from .paths import source_name
from .sources import SourceSpec

FETCH_LOG = "fetch_log.jsonl"
SOURCE_FIELDS = ("final_url", "http_status", "retrieved_at", "content_type", "etag", "last_modified")


def fetch_timeout() -> float:
    """Seconds allowed per fetch (SCODATA_FETCH_TIMEOUT, default 20)."""
    return float(os.environ.get("SCODATA_FETCH_TIMEOUT", "20"))


def max_bytes() -> int:
    """Largest source accepted (SCODATA_MAX_BYTES, default 20 MiB)."""
    return int(os.environ.get("SCODATA_MAX_BYTES", str(MAX_BYTES)))


def previous_sources(output: Path) -> dict[str, Record]:
    """The published sources records of the current release, by URI (read from SQLite: no Arrow needed)."""
    path = output / "current" / "scodata.db"
    if not path.is_file():
        return {}
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.row_factory = sqlite3.Row
        return {row["uri"]: dict(row) for row in conn.execute("SELECT * FROM sources")}
    finally:
        conn.close()


def _log_fetch(output: Path | None, entry: dict[str, object]) -> None:
    if output is None:
        return
    output.mkdir(parents=True, exist_ok=True)
    entry = {"time": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), **entry}
    with (output / FETCH_LOG).open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry, ensure_ascii=False) + "\n")


def _from_previous(uri: str, data: bytes, previous: Record) -> RawSource:
    fields = {k: previous.get(k) for k in SOURCE_FIELDS}
    return RawSource(data=data, kind="url", uri=uri, **fields)


def fetch_source(url: str, output: Path | None, previous: Record | None) -> RawSource:
    """Fetch url, conditionally when it was fetched before; reuse the earlier record for unchanged bytes."""
    raw_path = output / "raw" / str(previous["sha256"]) if output and previous else None
    known = raw_path is not None and raw_path.exists()
    try:
        source = fetch_url(url, max_bytes=max_bytes(), timeout=fetch_timeout(),
                           etag=previous.get("etag") if known else None,
                           last_modified=previous.get("last_modified") if known else None)
    except FetchError as exc:
        _log_fetch(output, {"uri": url, "outcome": "error", "error": str(exc)})
        raise
    if source is None:  # 304 Not Modified
        _log_fetch(output, {"uri": url, "outcome": "not_modified", "sha256": previous["sha256"]})
        return _from_previous(url, raw_path.read_bytes(), previous)
    digest = source.sha256
    _log_fetch(output, {"uri": url, "outcome": "fetched", "status": source.http_status, "final_url": source.final_url,
                        "sha256": digest, "bytes": len(source.data)})
    if previous is not None and previous["sha256"] == digest:
        return _from_previous(url, source.data, previous)
    return source


def spec_uri(spec: SourceSpec) -> str:
    """How a source is named in the dataset: the URL, or the file path relative to the project."""
    return spec.ref if spec.is_url else source_name(Path(os.path.realpath(spec.ref)))


def _with_hints(source: RawSource, spec: SourceSpec) -> RawSource:
    source.hints = dict(spec.hints)
    source.origin_url = spec.hints.get("origin_url")
    return source


def source_from_record(row: Record, data: bytes, spec: SourceSpec) -> RawSource:
    """The source a published sources row describes, with its kept raw bytes (a refused source's last good read)."""
    if row["kind"] == "url":
        return _with_hints(_from_previous(str(row["uri"]), data, row), spec)
    return _with_hints(RawSource(data=data, kind="file", uri=str(row["uri"])), spec)


def read_spec(spec: SourceSpec, output: Path | None = None, stats: FileStats | None = None) -> RawSource:
    """Read a file or fetch a URL (I/O only; retried by the flow on transient errors).

    stats: what earlier runs learnt of local files; a file unchanged since is not read again (see filestats).
    """
    if spec.is_url:
        previous = previous_sources(output).get(spec.ref) if output else None
        return _with_hints(fetch_source(spec.ref, output, previous), spec)
    path = spec.resolved or os.path.realpath(spec.ref)
    uri = source_name(path)
    source = stats.source(path, uri, max_bytes()) if stats is not None else None
    if source is None:
        source = read_file(Path(path), max_bytes=max_bytes())
        source.uri = uri
        if stats is not None:
            stats.learn(path, source)
    return _with_hints(source, spec)
