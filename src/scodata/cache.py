"""Content-hash cache of per-document builds: unchanged bytes and unchanged code are not re-processed."""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

from .fsutil import atomic_write
from .model import RawSource
from .pipeline import DocumentBuild, process_source

PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def code_version() -> str:
    """Hash of the library's code, schemas and data: a change to any invalidates cached builds."""
    from .tables import SCHEMA_DIR

    digest = hashlib.sha256()
    files = sorted(PACKAGE_DIR.rglob("*.py")) + sorted(PACKAGE_DIR.glob("data/*")) + sorted(SCHEMA_DIR.glob("*.json"))
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def cache_key(source: RawSource) -> str:
    """Key of a build: raw bytes, what shapes the document record (not fetch times), and the code version."""
    digest = hashlib.sha256(source.data)
    meta = [source.kind, source.origin_url, source.final_url, source.content_type, sorted(source.hints.items())]
    digest.update(json.dumps(meta, default=str).encode())
    return f"{digest.hexdigest()[:32]}-{code_version()}"


def _with_source(build: DocumentBuild, source: RawSource) -> DocumentBuild:
    """The cached build with its sources row describing this read of the bytes."""
    row = dict(build.tables["sources"][0])
    row.update(uri=source.uri, http_status=source.http_status, retrieved_at=source.retrieved_at,
               etag=source.etag, last_modified=source.last_modified)
    return DocumentBuild(build.doc_id, build.sha256, {**build.tables, "sources": [row]})


def process_cached(source: RawSource, cache_dir: Path) -> tuple[DocumentBuild, bool]:
    """The build for source, from cache_dir when present; True when it was taken from the cache."""
    path = cache_dir / f"{cache_key(source)}.json"
    if path.exists():
        stored = json.loads(path.read_text(encoding="utf-8"))
        return _with_source(DocumentBuild(stored["doc_id"], stored["sha256"], stored["tables"]), source), True
    build = process_source(source)
    atomic_write(path, json.dumps(vars(build), ensure_ascii=False).encode("utf-8"))
    return build, False
