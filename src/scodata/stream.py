"""Write a release document batch by document batch, starting from the previous release.

Only the documents whose build changed are loaded, validated and converted, DOC_BATCH at a time; the
rows of unchanged documents are taken from the previous release's Parquet files (Arrow, no Python
records) and its SQLite file (copied, then patched). Memory is bounded by a batch plus one table in
Arrow form, not by the corpus. Per-document tables are ordered by (doc_id, primary key), merged from
the two sources by document blocks (no sort) and written in fixed row groups, so a release built from scratch and one built from the previous release have
byte-identical Parquet files; the release id is a hash of those files.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import shutil
import sqlite3
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import orjson
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .cache import BUILDS_FILE, document_tables, load_build, ref_facts
from .fsutil import file_sha256, hash_file, sync_file
from .memory import release_freed_memory, return_arrow_memory_promptly
from .model import BuildRef, Record, Tables
from .registry import cited_document_registry, people
from .releases import DB_NAME
from .search import INDEX, WORD_INDEX, alphabetic, build_search_index, spaced
from .tables import Table, load_tables
from .validate import ValidationIssue, validate_tables
from .write import create_indexes, create_tables, delete_rows, insert_rows, to_arrow, write_parquet

DOC_BATCH = 64  # documents loaded at once (their records are the bulk of a build's memory)
INDEX_FILE = "documents-index.json"  # in a release: its format and the build key of every document
_DELETE_CHUNK = 500  # doc_ids per DELETE statement (SQLite's variable limit)
PARQUET_THREADS = 2  # per-document tables written at once (Arrow lets go of the GIL; each holds a row group)
_CACHE_KIB = 32_768  # SQLite's page cache while writing (its default, 2 MiB, re-reads index pages from the OS)
_QUEUED = 4  # calls waiting for the database thread at most (each add holds a batch of rows)


@dataclass(frozen=True)
class Written:
    """What writing a release produced: row counts, the release id, and the records that failed validation."""

    counts: dict[str, int]
    build_id: str
    issues: list[ValidationIssue]
    documents: list[Record]  # source_url and is_truncated of every document (for the metadata and the data package)
    hashes: dict[str, str]  # SHA-256 of files already hashed, by path in the release (the SQLite file)


def release_format() -> str:
    """What a release's bytes depend on besides its inputs: the record-shaping code and schemas, and the writers.

    A previous release is patched only when it has the same format; otherwise the release is built afresh.
    """
    from .cache import code_version, writers_version

    return hashlib.sha256(f"{code_version()} {writers_version()}".encode()).hexdigest()[:12]


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


def _doc_rows(refs: list[BuildRef], defs: dict[str, Table], tables: list[str]) -> tuple[Tables, Tables]:
    """The per-document records of a batch of builds (every table they hold but sources), each table in
    (doc_id, primary key) order; and the records of the builds not validated as built (to validate now)."""
    loaded = [load_build(ref) for ref in refs]
    unchecked = [document_tables(build) for build, checked in loaded if not checked]
    builds = [document_tables(build) for build, _ in loaded]
    names = dict.fromkeys([*tables, *(n for b in builds for n in b)])
    data = {name: [row for b in builds for row in b.get(name, [])] for name in names}
    for name in tables:
        keys = ["doc_id", *[k for k in defs[name].primary_key if k != "doc_id"]]
        data[name].sort(key=lambda row, keys=keys: tuple(row[k] for k in keys))
    return data, {name: [row for b in unchecked for row in b.get(name, [])] for name in names}


class _Spill:
    """The changed documents' rows of each table, appended batch by batch to Arrow files (memory: one batch)."""

    def __init__(self, directory: Path, defs: dict[str, Table], names: list[str]) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.paths = {name: directory / f"{name}.arrow" for name in names}
        self.writers = {name: pa.ipc.new_file(str(path), defs[name].arrow_schema()) for name, path in self.paths.items()}

    def append(self, name: str, table: pa.Table) -> None:
        self.writers[name].write_table(table)

    def close(self) -> None:
        """Finish every table's file (once; before any is read)."""
        for writer in self.writers.values():
            writer.close()
        self.writers = {}

    def batches(self, name: str, columns: list[str] | None = None) -> Iterator[pa.RecordBatch]:
        """The rows written for name, a batch at a time, read from disk (memory stays one batch); with columns, a
        copy of theirs (a column sliced from a batch read from disk holds the whole batch: at 10,000 documents the
        doc_ids of the documents table held their texts, 190 MiB more at the peak)."""
        reader = pa.ipc.open_file(pa.OSFile(str(self.paths[name])))
        for i in range(reader.num_record_batches):
            batch = reader.get_batch(i)
            if columns is not None:
                batch = batch.select(columns)
                batch = pa.RecordBatch.from_arrays([pa.concat_arrays([c]) for c in batch.columns], schema=batch.schema)
            yield batch


Runs = tuple[list[str], list[int]]  # the doc_id of each document's run of rows, and the row where each run ends


def _runs(doc_ids: pa.ChunkedArray) -> Runs:
    """The documents' runs of rows in a doc_id column (in doc_id order, so each document is one run); a column read
    as a dictionary is encoded by its indices (7x faster to read than strings; chunks' dictionaries are unified)."""
    if not len(doc_ids):
        return [], []
    column = doc_ids.combine_chunks()
    if pa.types.is_dictionary(column.type):
        if len(pc.unique(column.dictionary)) == len(column.dictionary):
            runs = pc.run_end_encode(column.indices)
            return column.dictionary.take(runs.values).to_pylist(), runs.run_ends.to_pylist()
        column = column.cast(pa.string())
    runs = pc.run_end_encode(column)
    return runs.values.to_pylist(), runs.run_ends.to_pylist()


def merge_plan(old: Runs, keep: set[str], new: Runs) -> list[tuple[bool, int, int]]:
    """Runs (from old?, first row, row count) that interleave the kept documents of old with new, in doc_id order.

    Both sides are in (doc_id, key) order and no kept document is in new, so the plan only needs the places
    where a new document goes in or an old one goes out: the old rows between two such places are one run.
    """
    (old_ids, old_ends), (new_ids, new_ends) = old, new
    places = sorted([(k, 0, k) for k, doc_id in enumerate(old_ids) if doc_id not in keep]
                    + [(bisect.bisect_left(old_ids, doc_id), 1, j) for j, doc_id in enumerate(new_ids)])
    runs: list[tuple[bool, int, int]] = []

    def add(from_old: bool, start: int, end: int) -> None:
        if end <= start:
            return
        if runs and runs[-1][0] == from_old and runs[-1][1] + runs[-1][2] == start:
            runs[-1] = (from_old, runs[-1][1], end - runs[-1][1])  # contiguous: one run
        else:
            runs.append((from_old, start, end - start))

    def old_start(k: int) -> int:
        return old_ends[k - 1] if k else 0

    k = 0  # the first old document not yet planned
    for place, is_new, index in places:
        add(True, old_start(k), old_start(place))
        k = max(k, place)
        if is_new:
            add(False, new_ends[index - 1] if index else 0, new_ends[index])
        else:
            k = place + 1  # dropped
    add(True, old_start(k), old_ends[-1] if old_ends else 0)
    return runs


class _Rows:
    """Rows of a stream of record batches taken by increasing position, holding one batch at a time."""

    def __init__(self, batches: Iterator[pa.RecordBatch]) -> None:
        self.batches, self.batch, self.offset = batches, None, 0

    def take(self, start: int, length: int) -> Iterator[pa.RecordBatch]:
        while length > 0:
            if self.batch is None or start >= self.offset + self.batch.num_rows:
                if self.batch is not None:
                    self.offset += self.batch.num_rows
                self.batch = next(self.batches)
                continue
            local = start - self.offset
            n = min(length, self.batch.num_rows - local)
            yield self.batch.slice(local, n)
            start, length = start + n, length - n


def _as(schema: pa.Schema, batch: pa.RecordBatch) -> pa.RecordBatch:
    """The batch under the table's schema: relabelled when the types agree (no copy), cast otherwise."""
    if batch.schema.types == schema.types:
        return pa.RecordBatch.from_arrays(batch.columns, schema=schema)
    return batch.cast(schema)


def _merged_columns(table: Table, old: Path | None, keep: set[str], spill: _Spill, columns: list[str],
                    doc_ids: list[str] | None = None) -> pa.Table:
    """Some columns of a per-document table as _write_document_table will write it (the kept documents' rows of
    the previous release and the changed ones', in (doc_id, key) order), of some documents only, before it is."""
    schema = pa.schema([table.arrow_schema().field(c) for c in columns])
    wanted = keep if doc_ids is None else keep & set(doc_ids)
    parts = []
    if old is not None and wanted:
        rows = pq.read_table(old, columns=columns)
        parts.append(_as_table(schema, rows.filter(pc.is_in(rows["doc_id"], value_set=pa.array(sorted(wanted))))))
    new = [_as(schema, batch) for batch in spill.batches(table.name, columns)]
    if doc_ids is not None:
        new = [batch.filter(pc.is_in(batch["doc_id"], value_set=pa.array(doc_ids, pa.string()))) for batch in new]
    merged = pa.concat_tables([*parts, pa.Table.from_batches(new, schema)])
    return merged.take(pc.sort_indices(merged, [("doc_id", "ascending")]))  # a stable sort: each side is in order


def _as_table(schema: pa.Schema, table: pa.Table) -> pa.Table:
    """The table under schema: relabelled when the types agree (no copy), cast otherwise."""
    return pa.Table.from_arrays(table.columns, schema=schema) if table.schema.types == schema.types else table.cast(schema)


def _merged_columns_of(defs: dict[str, Table], old: dict[str, Path | None], keep: set[str], spill: _Spill,
                       name: str, columns: list[str], doc_ids: list[str] | None = None) -> pa.Table:
    return _merged_columns(defs[name], old[name], keep, spill, columns, doc_ids)


def _write_document_tables(staging: Path, defs: dict[str, Table], names: list[str], old: dict[str, Path | None],
                           keep: set[str], spill: _Spill) -> dict[str, int]:
    """Write the per-document tables, PARQUET_THREADS at a time; their row counts."""
    with ThreadPoolExecutor(max_workers=PARQUET_THREADS, thread_name_prefix="scodata-parquet") as pool:
        written = {name: pool.submit(_write_document_table, defs[name], old[name], keep, spill,
                                     staging / "parquet" / f"{name}.parquet") for name in names}
    return {name: future.result() for name, future in written.items()}


def _write_document_table(table: Table, old: Path | None, keep: set[str], spill: _Spill, path: Path) -> int:
    """Write one per-document table: the kept documents' rows of the previous release and the changed ones'."""
    schema = table.arrow_schema()
    old_file = pq.ParquetFile(old) if old is not None and keep else None
    size = min(4096, table.row_group)  # a batch of rows read at once (documents: 512 long texts)
    old_batches = (lambda: (_as(schema, b) for b in old_file.iter_batches(batch_size=size))) if old_file else None
    old_ids = (pq.read_table(old, columns=["doc_id"], read_dictionary=["doc_id"]).column(0) if old_file
               else pa.chunked_array([], pa.string()))
    new_ids = pa.chunked_array([b.column(0) for b in spill.batches(table.name, ["doc_id"])], pa.string())
    plan = merge_plan(_runs(old_ids), keep, _runs(new_ids))
    sides = {True: _Rows(old_batches()) if old_batches else None, False: _Rows(spill.batches(table.name))}
    pieces = (piece for from_old, start, length in plan for piece in sides[from_old].take(start, length))
    rows = write_parquet(pieces, schema, path, table.row_group)
    pa.default_memory_pool().release_unused()  # hand freed buffers back: the next table needs its own sizes
    return rows


class _Database:
    """The release's SQLite file, a copy of the previous one patched or a new one, written on a thread of its own.

    Copying, inserting, indexing, hashing and syncing the file overlap the Parquet writing: the calls are queued
    and run in order on the database's thread (SQLite and hashing let go of the GIL). At most _QUEUED calls wait,
    so a batch's rows are not held long; an error on the thread is raised by the next call or by close().
    """

    def __init__(self, path: Path, previous: Path | None, defs: dict[str, Table]) -> None:
        self.path, self.fresh = path, previous is None
        self.sha256 = ""  # of the finished file, set by close()
        self.conn: sqlite3.Connection | None = None
        self.finishing = False
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="scodata-sqlite")
        self._queued: deque[Future] = deque()
        self._run(self._open, previous, defs)

    def _run(self, call: Callable[..., object], *args: object) -> None:
        while self._queued and (self._queued[0].done() or len(self._queued) >= _QUEUED):
            self._queued.popleft().result()
        self._queued.append(self._thread.submit(call, *args))

    def remove_documents(self, doc_ids: list[str], tables: list[str]) -> None:
        self._run(self._remove, doc_ids, tables)

    def add_documents(self, defs: dict[str, Table], data: Tables) -> None:
        self._run(self._add, defs, data)

    def update_table(self, table: Table, added: list[Record], dropped: list[Record]) -> None:
        """Bring a corpus-wide table to its new rows: delete the dropped ones, insert the added ones."""
        self._run(self._update, table, added, dropped)

    def finish(self) -> None:
        """Queue the file's finishing (optimise and VACUUM a new one, sync and hash it): nothing may be added after."""
        if not self.finishing:
            self.finishing = True
            self._run(self._finish)

    def close(self) -> None:
        """Finish the file unless queued already; wait for every queued call."""
        self.finish()
        try:
            while self._queued:
                self._queued.popleft().result()
        finally:
            self._thread.shutdown()
            if self.conn is not None:
                self.conn.close()

    def _open(self, previous: Path | None, defs: dict[str, Table]) -> None:
        if previous is not None:
            shutil.copyfile(previous / DB_NAME, self.path)
            sync_file(self.path)  # on disk while the Parquet files are written: the last sync is short
        self.conn = sqlite3.connect(self.path, check_same_thread=False)  # closed by close() if the thread failed
        self.conn.execute("PRAGMA journal_mode=OFF")
        self.conn.execute("PRAGMA synchronous=OFF")
        self.conn.execute(f"PRAGMA cache_size=-{_CACHE_KIB}")
        if self.fresh:
            create_tables(self.conn, defs, indexes=False)  # created once the rows are in (_finish)
            build_search_index(self.conn)  # creates the (empty) search indexes; paragraphs are indexed as inserted
        self.defs = defs

    def _remove(self, doc_ids: list[str], tables: list[str]) -> None:
        for chunk in _batches(doc_ids, _DELETE_CHUNK):
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(f"SELECT rowid, text FROM paragraphs WHERE doc_id IN ({marks})", chunk).fetchall()
            self._index(rows, "delete")
            for name in tables:
                self.conn.execute(f"DELETE FROM [{name}] WHERE doc_id IN ({marks})", chunk)

    def _add(self, defs: dict[str, Table], data: Tables) -> None:
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

    def _update(self, table: Table, added: list[Record], dropped: list[Record]) -> None:
        delete_rows(self.conn, table, dropped)
        insert_rows(self.conn, table, added)

    def _finish(self) -> None:
        if self.fresh:
            create_indexes(self.conn, self.defs)
            for index in (INDEX, WORD_INDEX):
                self.conn.execute(f"INSERT INTO [{index}] ([{index}]) VALUES ('optimize')")
        self.conn.commit()
        if self.fresh:
            self.conn.execute("VACUUM")  # compact download: index builds leave free pages
        self.conn.close()
        self.conn = None
        self.sha256 = file_sha256(self.path, sync=True)  # synced here: publishing's fsync has nothing left to do


Columns = Callable[..., pa.Table]  # (table name, columns, doc_ids=None) -> those columns of the release's table


def _versions_of_works(docs: pa.Table) -> list[str]:
    """The doc_ids of the works that have more than one version (language), sorted."""
    docs = docs.filter(pc.is_valid(docs["work_id"]))
    sizes = docs.group_by("work_id", use_threads=False).aggregate([("doc_id", "count")])
    shared = sizes.filter(pc.greater(sizes["doc_id_count"], 1))["work_id"]
    return sorted(docs.filter(pc.is_in(docs["work_id"], value_set=shared))["doc_id"].to_pylist())


def _corpus_tables(read: Columns, refs: list[BuildRef], chosen: dict[str, BuildRef], extra: Tables) -> Tables:
    """The corpus-wide tables: sources, the registries, the alignments of multi-language works, static tables;
    read: the per-document tables' columns."""
    from .align import paragraph_alignments

    chosen_sha = {ref.sha256 for ref in chosen.values()}
    sources = {ref.sha256: ref.source for ref in chosen.values()}
    for ref in refs:  # bytes that lost to a more complete build of their doc_id are still recorded
        if ref.sha256 not in chosen_sha:
            sources.setdefault(ref.sha256, ref.source)
    participants = read("participants", ["person_key", "name", "state_code", "organisation_id", "title", "role",
                                         "doc_id"])
    cited = read("cited_documents", ["cited_document_key", "title_normalised", "date", "place", "action", "doc_id"])
    multi = _versions_of_works(read("documents", ["doc_id", "work_id"]))
    versions = {name: read(name, [c.name for c in load_tables()[name].columns], multi).to_pylist() if multi else []
                for name in ("documents", "paragraphs", "mentions", "cited_documents")}
    return {**extra, "sources": [sources[k] for k in sorted(sources)], "people": people(participants),
            "cited_document_registry": cited_document_registry(cited),
            "paragraph_alignments": paragraph_alignments(versions)}


def _table_changes(corpus: Tables, previous: Path | None) -> dict[str, tuple[list[Record], list[Record]]]:
    """Per corpus-wide table: its rows that the previous release (validated when published) does not hold, and the
    previous release's rows that it no longer holds; with no previous release, every row is new."""
    if previous is None:
        return {name: (rows, []) for name, rows in corpus.items()}
    out = {}
    for name, rows in corpus.items():
        path = previous / "parquet" / f"{name}.parquet"
        old = {_row_key(r): r for r in pq.read_table(path).to_pylist()} if path.is_file() else {}
        now = {_row_key(r): r for r in rows}
        out[name] = ([r for k, r in now.items() if k not in old], [r for k, r in old.items() if k not in now])
    return out


def _row_key(row: Record) -> bytes:
    """A row's identity: a digest of its canonical JSON (orjson's own buffer would hold kilobytes per row)."""
    return hashlib.blake2b(orjson.dumps(row, option=orjson.OPT_SORT_KEYS, default=str), digest_size=16).digest()


def write_release(staging: Path, refs: list[BuildRef], extra: Tables, previous: Path | None) -> Written:
    """Write the release of these builds into staging (Parquet, SQLite, documents index), from previous if it can."""
    return_arrow_memory_promptly()
    # pyarrow's first conversion from Python imports pandas when installed: 0.5 s alone, three times that beside
    # the database copy below (measured on a +1 at 10,000 documents), so it is done first
    pa.array([], pa.string())
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
            data, unchecked = _doc_rows(batch, defs, doc_tables)
            issues += validate_tables(unchecked).issues  # a table without a schema is an issue too
            if issues:  # nothing will be published: go on only to report every invalid record
                continue
            data = {name: data[name] for name in doc_tables}
            db.add_documents(defs, data)
            for name in doc_tables:
                spill.append(name, to_arrow(defs[name], data[name]))
        if issues:
            return Written({}, "", issues, [], {})
        spill.close()
        old = {name: previous / "parquet" / f"{name}.parquet" if previous is not None else None for name in doc_tables}
        keep = set(kept)

        # the corpus tables first, read from what the per-document tables will hold: the database is then finished
        # (indexed and vacuumed when new, synced, hashed) on its thread while the Parquet files are written
        read = partial(_merged_columns_of, defs, old, keep, spill)
        corpus_counts, corpus_issues = _write_corpus_tables(staging, db, defs, _corpus_tables(read, refs, chosen, extra),
                                                            previous if before else None)
        db.finish()
        release_freed_memory()  # the corpus tables' records, before the Parquet writers need their own
        counts = _write_document_tables(staging, defs, doc_tables, old, keep, spill)
        counts, issues = {**counts, **corpus_counts}, issues + corpus_issues
        documents = pq.read_table(staging / "parquet" / "documents.parquet",
                                  columns=["source_url", "is_truncated"]).to_pylist()  # what the metadata tells
        _write_indexes(staging, refs, chosen)
        build_id = release_id(staging / "parquet")
    finally:
        spill.close()
        db.close()
        shutil.rmtree(staging / ".parts", ignore_errors=True)
    return Written(counts, build_id, issues, documents, {DB_NAME: db.sha256})


def _write_corpus_tables(staging: Path, db: _Database, defs: dict[str, Table], corpus: Tables,
                         previous: Path | None) -> tuple[dict[str, int], list[ValidationIssue]]:
    """Write the corpus-wide tables (Parquet, and the database's changed rows); their row counts and the issues of
    their new rows (the previous release's were validated when published)."""
    corpus = {**{name: [] for name, table in defs.items() if not table.per_document}, **corpus}
    changes = _table_changes(corpus, previous)
    issues = validate_tables({name: added for name, (added, _) in changes.items()}).issues
    counts = {}
    for name, table in defs.items():
        if not table.per_document:
            db.update_table(table, *changes[name])
            counts[name] = write_parquet(iter([to_arrow(table, corpus[name])]), table.arrow_schema(),
                                         staging / "parquet" / f"{name}.parquet", table.row_group)
    return counts, issues


def _write_indexes(staging: Path, refs: list[BuildRef], chosen: dict[str, BuildRef]) -> None:
    """The release's documents index (format and build key of every document) and builds index (facts by key)."""
    index = {"format": release_format(), "documents": {d: ref.key for d, ref in chosen.items()}}
    (staging / INDEX_FILE).write_bytes(orjson.dumps(index, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n")
    with (staging / BUILDS_FILE).open("wb") as fh:  # entry by entry: 10,000 builds need not be copied at once
        fh.write(b"{")
        for i, ref in enumerate(sorted({r.key: r for r in refs}.values(), key=lambda r: r.key)):
            fh.write(b"," * (i > 0) + orjson.dumps(ref.key) + b":" + orjson.dumps(ref_facts(ref), option=orjson.OPT_SORT_KEYS))
        fh.write(b"}")


def release_id(directory: Path) -> str:
    """The release id: a hash of the writers' code and the Parquet files. Equal tables written by the same code
    give equal bytes, so an equal id; new writers (e.g. of the SQLite file) give a new release."""
    from .cache import writers_version

    digest = hashlib.sha256(writers_version().encode())
    for path in sorted(directory.glob("*.parquet")):
        digest.update(path.name.encode())
        hash_file(digest, path)
    return digest.hexdigest()[:16]
