"""Write a release document batch by document batch, starting from the previous release.

Only the documents whose build changed are loaded, validated and converted, DOC_BATCH at a time; the
rows of unchanged documents are taken from the previous release's Parquet files (Arrow, no Python
records) and its SQLite file (copied, then patched). Memory is bounded by a batch plus one table in
Arrow form, not by the corpus. Per-document tables are ordered by (doc_id, primary key), merged from
the two sources by document blocks (no sort) and written in fixed row groups, so a release built from scratch and one built from the previous release have
byte-identical Parquet files; the release id is a hash of those files.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .cache import load_build
from .model import BuildRef, Record, Tables
from .registry import cited_document_registry, link_people, people
from .releases import DB_NAME
from .search import INDEX, WORD_INDEX, alphabetic, build_search_index, spaced
from .tables import Table, load_tables
from .validate import ValidationIssue, validate_tables
from .write import create_tables, insert_rows, to_arrow, write_parquet

DOC_BATCH = 200  # documents loaded at once
INDEX_FILE = "documents-index.json"  # in a release: its format and the build key of every document
_DELETE_CHUNK = 500  # doc_ids per DELETE statement (SQLite's variable limit)


@dataclass(frozen=True)
class Written:
    """What writing a release produced: row counts, the release id, and the records that failed validation."""

    counts: dict[str, int]
    build_id: str
    issues: list[ValidationIssue]
    documents: list[Record]  # documents without their texts (for the metadata and the data package)


def release_format() -> str:
    """What a release's bytes depend on besides its inputs: the record-shaping code and schemas, and the writers.

    A previous release is patched only when it has the same format; otherwise the release is built afresh.
    """
    from .cache import PACKAGE_DIR, code_version

    digest = hashlib.sha256(code_version().encode())
    for name in ("stream.py", "write.py", "search.py", "tables.py"):
        digest.update((PACKAGE_DIR / name).read_bytes())
    return digest.hexdigest()[:12]


def choose(refs: list[BuildRef]) -> dict[str, BuildRef]:
    """One build per doc_id (the most complete), in doc_id order."""
    chosen: dict[str, BuildRef] = {}
    for ref in refs:
        if ref.doc_id not in chosen or ref.completeness > chosen[ref.doc_id].completeness:
            chosen[ref.doc_id] = ref
    return dict(sorted(chosen.items()))


def previous_documents(previous: Path | None) -> dict[str, str]:
    """The build key of every document of the previous release, when its format is this code's."""
    path = previous / INDEX_FILE if previous is not None else None
    if path is None or not path.is_file():
        return {}
    index = json.loads(path.read_text(encoding="utf-8"))
    return index["documents"] if index.get("format") == release_format() else {}


def _batches(items: list, size: int = DOC_BATCH) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _doc_rows(refs: list[BuildRef], defs: dict[str, Table], tables: list[str]) -> Tables:
    """The per-document records of a batch of builds (every table they hold but sources), participants linked,
    each table in (doc_id, primary key) order."""
    builds = [load_build(ref) for ref in refs]
    names = dict.fromkeys([*tables, *(n for b in builds for n in b.tables if n != "sources")])
    data = {name: [row for b in builds for row in b.tables.get(name, [])] for name in names}
    data["participants"] = link_people(data.get("participants", []))
    for name in tables:
        keys = ["doc_id", *[k for k in defs[name].primary_key if k != "doc_id"]]
        data[name].sort(key=lambda row, keys=keys: tuple(row[k] for k in keys))
    return data


class _Spill:
    """The changed documents' rows of each table, appended batch by batch to Arrow files (memory: one batch)."""

    def __init__(self, directory: Path, defs: dict[str, Table], names: list[str]) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.paths = {name: directory / f"{name}.arrow" for name in names}
        self.writers = {name: pa.ipc.new_file(str(path), defs[name].arrow_schema()) for name, path in self.paths.items()}

    def append(self, name: str, table: pa.Table) -> None:
        self.writers[name].write_table(table)

    def read(self, name: str) -> pa.Table:
        """All rows written for name, memory-mapped (not loaded)."""
        self.writers[name].close()
        return pa.ipc.open_file(pa.memory_map(str(self.paths[name]))).read_all()


def _blocks(doc_ids: list[str]) -> list[tuple[str, int, int]]:
    """(doc_id, start, length) of each run of rows of one document, in order."""
    blocks: list[tuple[str, int, int]] = []
    for i, doc_id in enumerate(doc_ids):
        if blocks and blocks[-1][0] == doc_id:
            blocks[-1] = (doc_id, blocks[-1][1], blocks[-1][2] + 1)
        else:
            blocks.append((doc_id, i, 1))
    return blocks


def merge_by_document(old: pa.Table | None, keep: set[str], new: pa.Table) -> pa.Table:
    """The kept documents' rows of old and every row of new, in doc_id order, as zero-copy slices.

    Both inputs are in (doc_id, key) order and no document is in both, so the result is a merge of
    document blocks: no sort, no copy.
    """
    left = [b for b in _blocks(old["doc_id"].to_pylist()) if b[0] in keep] if old is not None else []
    right = _blocks(new["doc_id"].to_pylist())
    runs: list[tuple[pa.Table, int, int]] = []
    i = j = 0
    while i < len(left) or j < len(right):
        take_left = j == len(right) or (i < len(left) and left[i][0] < right[j][0])
        table, (_, start, length) = (old, left[i]) if take_left else (new, right[j])
        i, j = (i + 1, j) if take_left else (i, j + 1)
        if runs and runs[-1][0] is table and runs[-1][1] + runs[-1][2] == start:
            runs[-1] = (table, runs[-1][1], runs[-1][2] + length)  # contiguous: one slice
        else:
            runs.append((table, start, length))
    return pa.concat_tables([t.slice(start, length) for t, start, length in runs] or [new.slice(0, 0)])


class _Database:
    """The release's SQLite file: a copy of the previous one patched, or a new one."""

    def __init__(self, path: Path, previous: Path | None, defs: dict[str, Table]) -> None:
        self.fresh = previous is None
        if previous is not None:
            shutil.copyfile(previous / DB_NAME, path)
        self.conn = sqlite3.connect(path)
        self.conn.execute("PRAGMA journal_mode=OFF")
        self.conn.execute("PRAGMA synchronous=OFF")
        if self.fresh:
            create_tables(self.conn, defs)
            build_search_index(self.conn)  # creates the (empty) indexes; paragraphs are indexed as inserted

    def remove_documents(self, doc_ids: list[str], tables: list[str]) -> None:
        for chunk in _batches(doc_ids, _DELETE_CHUNK):
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(f"SELECT rowid, text FROM paragraphs WHERE doc_id IN ({marks})", chunk).fetchall()
            self._index(rows, "delete")
            for name in tables:
                self.conn.execute(f"DELETE FROM [{name}] WHERE doc_id IN ({marks})", chunk)

    def add_documents(self, defs: dict[str, Table], data: Tables) -> None:
        for name, rows in data.items():
            first = self.conn.execute("SELECT coalesce(max(rowid), 0) FROM paragraphs").fetchone()[0]
            insert_rows(self.conn, defs[name], rows)
            if name == "paragraphs":
                self._index(self.conn.execute("SELECT rowid, text FROM paragraphs WHERE rowid > ?", (first,)), None)

    def _index(self, rows: Iterator[tuple[int, str]] | list[tuple[int, str]], command: str | None) -> None:
        """Add paragraphs to the search indexes, or remove them (contentless FTS5 needs the indexed values)."""
        rows = list(rows)
        for index, column, text in ((INDEX, "chars", spaced), (WORD_INDEX, "words", alphabetic)):
            values = [(r, t) for r, t in ((rowid, text(body)) for rowid, body in rows) if t.strip()]
            if command:
                self.conn.executemany(f"INSERT INTO [{index}] ([{index}], rowid, {column}) VALUES ('{command}', ?, ?)",
                                      values)
            else:
                self.conn.executemany(f"INSERT INTO [{index}] (rowid, {column}) VALUES (?, ?)", values)

    def replace_table(self, table: Table, rows: list[Record]) -> None:
        self.conn.execute(f"DELETE FROM [{table.name}]")
        insert_rows(self.conn, table, rows)

    def close(self) -> None:
        if self.fresh:
            for index in (INDEX, WORD_INDEX):
                self.conn.execute(f"INSERT INTO [{index}] ([{index}]) VALUES ('optimize')")
        self.conn.commit()
        if self.fresh:
            self.conn.execute("VACUUM")  # compact download: index builds leave free pages
        self.conn.close()


def _light(table: pa.Table, columns: list[str]) -> list[Record]:
    return table.select([c for c in columns if c in table.column_names]).to_pylist()


def _corpus_tables(final: dict[str, pa.Table], refs: list[BuildRef], chosen: dict[str, BuildRef],
                   extra: Tables) -> Tables:
    """The corpus-wide tables: sources, the registries, the alignments of multi-language works, static tables."""
    from .align import paragraph_alignments

    chosen_sha = {ref.sha256 for ref in chosen.values()}
    sources = {ref.sha256: ref.source for ref in chosen.values()}
    for ref in refs:  # bytes that lost to a more complete build of their doc_id are still recorded
        if ref.sha256 not in chosen_sha:
            sources.setdefault(ref.sha256, ref.source)
    participants = _light(final["participants"], ["person_key", "name", "state_code", "organisation_id",
                                                  "organisation", "title", "role", "doc_id"])
    cited = _light(final["cited_documents"], ["cited_document_key", "title_normalised", "date", "place", "action",
                                               "doc_id"])
    for row in cited:
        row["date"] = row["date"].isoformat() if row.get("date") else None
    docs = _light(final["documents"], ["doc_id", "work_id", "language"])
    works: dict[str, list[str]] = {}
    for doc in docs:
        works.setdefault(str(doc.get("work_id")), []).append(str(doc["doc_id"]))
    multi = pa.array(sorted(d for ids in works.values() if len(ids) > 1 for d in ids), pa.string())
    versions = {name: final[name].filter(pc.is_in(final[name]["doc_id"], value_set=multi)).to_pylist()
                for name in ("documents", "paragraphs", "mentions", "cited_documents")}
    return {**extra, "sources": [sources[k] for k in sorted(sources)], "people": people(participants),
            "cited_document_registry": cited_document_registry(cited),
            "paragraph_alignments": paragraph_alignments(versions)}


def write_release(staging: Path, refs: list[BuildRef], extra: Tables, previous: Path | None) -> Written:
    """Write the release of these builds into staging (Parquet, SQLite, documents index), from previous if it can."""
    defs = load_tables()
    doc_tables = [name for name, t in defs.items() if t.per_document]
    chosen = choose(refs)
    before = previous_documents(previous)
    kept = [d for d, ref in chosen.items() if before.get(d) == ref.key]
    removed = sorted(set(before) - set(kept))
    changed = [ref for d, ref in chosen.items() if before.get(d) != ref.key]
    (staging / "parquet").mkdir(parents=True, exist_ok=True)
    db = _Database(staging / DB_NAME, previous if before else None, defs)
    issues: list[ValidationIssue] = []
    spill = _Spill(staging / ".parts", defs, doc_tables)
    try:
        db.remove_documents(removed, doc_tables)
        for batch in _batches(changed):
            data = _doc_rows(batch, defs, doc_tables)
            issues += validate_tables(data).issues  # a table without a schema is an issue too
            if issues:  # nothing will be published: go on only to report every invalid record
                continue
            data = {name: data[name] for name in doc_tables}
            db.add_documents(defs, data)
            for name in doc_tables:
                spill.append(name, to_arrow(defs[name], data[name]))
        if issues:
            return Written({}, "", issues, [])
        final = {}
        for name in doc_tables:
            old = pq.read_table(previous / "parquet" / f"{name}.parquet", schema=defs[name].arrow_schema()) \
                if kept else None
            final[name] = merge_by_document(old, set(kept), spill.read(name))
            write_parquet(final[name], staging / "parquet" / f"{name}.parquet", defs[name].row_group)
        corpus = _corpus_tables(final, refs, chosen, extra)
        issues += validate_tables(corpus).issues
        for name, table in defs.items():
            if not table.per_document:
                rows = corpus.get(name, [])
                db.replace_table(table, rows)
                write_parquet(to_arrow(table, rows), staging / "parquet" / f"{name}.parquet", table.row_group)
        counts = {name: (final[name].num_rows if name in final else len(corpus.get(name, []))) for name in defs}
        documents = _light(final["documents"], [c.name for c in defs["documents"].columns
                                                if c.name not in ("raw_text", "clean_text")])
    finally:
        db.close()
        shutil.rmtree(staging / ".parts", ignore_errors=True)
    index = {"format": release_format(), "documents": {d: ref.key for d, ref in chosen.items()}}
    (staging / INDEX_FILE).write_text(json.dumps(index, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return Written(counts, parquet_hash(staging / "parquet"), issues, documents)


def parquet_hash(directory: Path) -> str:
    """The release id: a hash of the Parquet files (equal tables give equal bytes, so an equal id)."""
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.parquet")):
        digest.update(path.name.encode())
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()[:16]
