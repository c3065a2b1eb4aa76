"""Content-hash cache of per-document builds: unchanged bytes and unchanged code are not re-processed."""

from __future__ import annotations

import hashlib
import os
import re
from functools import cache
from pathlib import Path

import orjson

from .fsutil import atomic_write
from .model import BuildRef, DocumentBuild, RawSource, Record, Tables

PACKAGE_DIR = Path(__file__).resolve().parent
ENTRY = "pipeline"  # the module that turns a source into records (process_source)
PUBLISHER = "publish"  # the module that turns records into a release
BUILDS_FILE = "builds-index.json"  # in a release: the facts (.ref.json) of every build it was made from, by key


def _module_file(name: str) -> Path | None:
    """The file of a scodata module given as a dotted path below the package (a.b -> a/b.py or a/b/__init__.py)."""
    base = PACKAGE_DIR.joinpath(*name.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


_FROM = re.compile(r"^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(?:\(([^)]*)\)|([^\n#]*))", re.M)
_IMPORT = re.compile(r"^[ \t]*import[ \t]+([^\n#]*)", re.M)
_NAMED = re.compile(r"""["']scodata\.([\w.]+)["']""")


def _names(text: str) -> list[str]:
    """The imported names of an import list ('a, b as c' -> a, b)."""
    return [part.split()[0] for part in text.replace("\\", " ").split(",") if part.strip()]


def _imported(path: Path, name: str) -> set[str]:
    """The scodata modules a module imports (absolute scodata.x, relative, or named in a string for importlib),
    as dotted names below the package. A scan of the import lines, not a parse: this runs at every build start
    (tests/test_cache.py checks it against the module's syntax tree)."""
    package = name.split(".")[:-1] if path.name != "__init__.py" else name.split(".")
    text = path.read_text(encoding="utf-8")
    found = set()
    for dots, module, grouped, inline in _FROM.findall(text):
        if dots:
            parts = [*package[: len(package) - len(dots) + 1], *(module.split(".") if module else [])]
        elif module.split(".")[0] == "scodata":
            parts = module.split(".")[1:]
        else:
            continue
        found.add(".".join(parts))
        found.update(".".join([*parts, alias]) for alias in _names(grouped or inline))  # from .x import module
    for names in _IMPORT.findall(text):
        found.update(n.removeprefix("scodata.") for n in _names(names) if n.startswith("scodata."))
    found.update(_NAMED.findall(text))  # a module imported by name (importlib registries)
    return {n for n in found if n and _module_file(n) is not None}


def module_files(entry: str) -> list[Path]:
    """The file of a scodata module and of every scodata module it imports, transitively."""
    seen, todo = set(), [entry]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(_imported(_module_file(name), name) - seen)
    return sorted(_module_file(n) for n in seen)


def record_shaping_files() -> list[Path]:
    """The code that shapes a document's records: the entry module and every scodata module it imports, transitively."""
    return module_files(ENTRY)


def _digest(files: list[Path]) -> str:
    """A short hash of files' names (below the package) and bytes."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(str(path.relative_to(PACKAGE_DIR) if path.is_relative_to(PACKAGE_DIR) else path.name).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@cache
def code_version() -> str:
    """Hash of the code, data and schemas that shape a document's records: a change to any invalidates cached
    builds; a change elsewhere (the site, the writers, the CLI) does not."""
    from .tables import SCHEMA_DIR

    return _digest(record_shaping_files() + sorted(PACKAGE_DIR.glob("data/*")) + sorted(SCHEMA_DIR.glob("*.json")))


@cache
def writers_version() -> str:
    """Hash of the code that turns records into a release's files (the publish module and what it imports:
    Parquet, SQLite and its search index, metadata, data package): part of a release's id and of a run's inputs."""
    return _digest(module_files(PUBLISHER))


def cache_key(source: RawSource) -> str:
    """Key of a build: raw bytes, what shapes the document record (not fetch times), and the code version.

    Computed once per source object (a run asks twice: for its fingerprint and for the cache).
    """
    memo = source.__dict__.get("_cache_key")
    if memo is None:
        meta = [source.sha256, source.kind, source.origin_url, source.final_url, source.content_type,
                sorted(source.hints.items())]
        memo = f"{hashlib.sha256(orjson.dumps(meta, default=str)).hexdigest()[:32]}-{code_version()}"
        source.__dict__["_cache_key"] = memo
    return memo


def _source_row(build_row: Record, source: RawSource) -> Record:
    """The cached sources row, describing this read of the bytes (uri and fetch facts)."""
    return {**build_row, "uri": source.uri, "http_status": source.http_status, "retrieved_at": source.retrieved_at,
            "etag": source.etag, "last_modified": source.last_modified}


def _ref(build: DocumentBuild, key: str, path: Path, source: RawSource, validated: str | None) -> BuildRef:
    doc = build.tables["documents"][0]
    return BuildRef(build.doc_id, build.sha256, key, str(path), bool(doc["is_truncated"]),
                    len(str(doc["clean_text"])), _source_row(build.tables["sources"][0], source), build.counts,
                    validated)


def document_tables(build: DocumentBuild) -> Tables:
    """The tables a build adds rows to (its sources row is the read's, added when published)."""
    return {name: rows for name, rows in build.tables.items() if name != "sources"}


def _validated(build: DocumentBuild, stored: bytes) -> str | None:
    """The stored bytes' SHA-256 when the build's records are valid: publishing then checks the hash, not the
    records again (validation is done where builds are made, on every core; a changed file is validated anew)."""
    from .validate import validate_tables

    return hashlib.sha256(stored).hexdigest() if validate_tables(document_tables(build)).ok else None


def ref_facts(ref: BuildRef) -> Record:
    """What a .ref.json keeps of a build: all but its path (the folder may move, as copied outputs do)."""
    return {k: v for k, v in vars(ref).items() if k != "path"}


def ref_of(facts: Record, source: RawSource, cache_dir: Path) -> BuildRef:
    """The BuildRef of stored facts, for this read of the bytes."""
    path = os.path.join(cache_dir, f"{facts['key']}.json")  # a string join: this runs once per document of a corpus
    return BuildRef(**{**facts, "path": path, "source": _source_row(facts["source"], source)})  # type: ignore[arg-type]


def process_cached(source: RawSource, cache_dir: Path) -> tuple[BuildRef, bool]:
    """The stored build of source (built now unless cache_dir has it); True when it was taken from the cache.

    Beside each build (<key>.json) a small <key>.ref.json says what publishing needs to know of it, so a
    cached document costs a small read, not a load of its records.
    """
    key = cache_key(source)
    path, ref_path = cache_dir / f"{key}.json", cache_dir / f"{key}.ref.json"
    try:  # the .ref.json is written after the build, so it stands for both
        return ref_of(orjson.loads(ref_path.read_bytes()), source, cache_dir), True
    except FileNotFoundError:
        pass
    from .pipeline import process_source  # imported here: checking the cache needs no extractor

    build = process_source(source)
    stored = orjson.dumps(vars(build))
    atomic_write(path, stored)
    ref = _ref(build, key, path, source, _validated(build, stored))
    atomic_write(ref_path, orjson.dumps(ref_facts(ref)))
    return ref, False


def published_refs(sources: list[RawSource], release: Path | None,
                   cache_dir: Path) -> tuple[dict[int, BuildRef], list[RawSource]]:
    """Split sources into those the release was built from (their BuildRef, by id of the source) and the rest.

    The release keeps the facts of every build it holds (BUILDS_FILE), so a run that adds one document to
    10,000 reads one file instead of 10,000 .ref.json; a build whose stored records are gone is left to
    process_cached.
    """
    path = release / BUILDS_FILE if release is not None else None
    known: dict[str, Record] = orjson.loads(path.read_bytes()) if path is not None and path.is_file() else {}
    stored = set(os.listdir(cache_dir)) if known and cache_dir.is_dir() else set()  # one listing, not a stat each
    found, rest = {}, []
    for source in sources:
        facts = known.get(cache_key(source))
        if facts is not None and f"{facts['key']}.json" in stored:
            found[id(source)] = ref_of(facts, source, cache_dir)
        else:
            rest.append(source)
    return found, rest


def load_build(ref: BuildRef) -> tuple[DocumentBuild, bool]:
    """The records of a stored build, with the sources row of the read that referred to it, and whether they
    are the records that passed validation when built (the stored bytes' hash is the one recorded then)."""
    data = Path(ref.path).read_bytes()
    stored = orjson.loads(data)
    checked = ref.validated is not None and hashlib.sha256(data).hexdigest() == ref.validated
    return DocumentBuild(stored["doc_id"], stored["sha256"], {**stored["tables"], "sources": [ref.source]}), checked
