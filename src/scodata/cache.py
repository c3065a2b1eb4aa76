"""Content-hash cache of per-document builds: unchanged bytes and unchanged code are not re-processed."""

from __future__ import annotations

import ast
import hashlib
import json
from functools import cache
from pathlib import Path

from .fsutil import atomic_write
from .model import DocumentBuild, RawSource

PACKAGE_DIR = Path(__file__).resolve().parent
ENTRY = "pipeline"  # the module that turns a source into records (process_source)


def _module_file(name: str) -> Path | None:
    """The file of a scodata module given as a dotted path below the package (a.b -> a/b.py or a/b/__init__.py)."""
    base = PACKAGE_DIR.joinpath(*name.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def _imported(path: Path, name: str) -> set[str]:
    """The scodata modules a module imports (absolute scodata.x, relative, or named in a string for importlib),
    as dotted names below the package."""
    package = name.split(".")[:-1] if path.name != "__init__.py" else name.split(".")
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                parts = [*base, *(node.module.split(".") if node.module else [])]
            elif node.module and node.module.split(".")[0] == "scodata":
                parts = node.module.split(".")[1:]
            else:
                continue
            found.add(".".join(parts))
            found.update(".".join([*parts, alias.name]) for alias in node.names)  # from .x import module
        elif isinstance(node, ast.Import):
            found.update(".".join(a.name.split(".")[1:]) for a in node.names if a.name.startswith("scodata."))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("scodata."):
            found.add(node.value.removeprefix("scodata."))  # a module imported by name (importlib registries)
    return {n for n in found if n and _module_file(n) is not None}


def record_shaping_files() -> list[Path]:
    """The code that shapes a document's records: the entry module and every scodata module it imports, transitively."""
    seen, todo = set(), [ENTRY]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(_imported(_module_file(name), name) - seen)
    return sorted(_module_file(n) for n in seen)


@cache
def code_version() -> str:
    """Hash of the code, data and schemas that shape a document's records: a change to any invalidates cached
    builds; a change elsewhere (the site, the writers, the CLI) does not."""
    from .tables import SCHEMA_DIR

    digest = hashlib.sha256()
    files = record_shaping_files() + sorted(PACKAGE_DIR.glob("data/*")) + sorted(SCHEMA_DIR.glob("*.json"))
    for path in files:
        digest.update(str(path.relative_to(PACKAGE_DIR) if path.is_relative_to(PACKAGE_DIR) else path.name).encode())
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
    from .pipeline import process_source  # imported here: checking the cache needs no extractor

    build = process_source(source)
    atomic_write(path, json.dumps(vars(build), ensure_ascii=False).encode("utf-8"))
    return build, False
