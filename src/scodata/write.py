"""Write tables to Parquet and SQLite (both derived from the schemas) and publish them atomically.

Layout of an output directory:
    raw/<sha256>                 raw bytes, content-addressed, append-only
    releases/<build_id>/         one complete dataset: scodata.db, parquet/, metadata.json, datapackage.json
    current -> releases/<id>     swapped atomically (rename of a symlink) when a build succeeds
    scodata.db, parquet/, ...    stable symlinks through current/
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .errors import PublishError
from .model import Record, Tables
from .tables import Column, Table, load_tables

DB_NAME = "scodata.db"
PUBLISHED = (DB_NAME, "parquet", "metadata.json", "datapackage.json")
KEEP_RELEASES = 3


Convert = Callable[[object], object] | None  # a non-null value's stored form; None: stored as it is


def _arrow_converter(column: Column) -> Convert:
    if column.fmt == "date":
        return lambda value: dt.date.fromisoformat(str(value))
    if column.fmt == "date-time":
        return lambda value: dt.datetime.fromisoformat(str(value)).astimezone(dt.UTC)
    return None


def _column_values(name: str, convert: Convert, rows: list[Record]) -> list[object]:
    """One column of rows, converted (None stays None); a converter per column, not a branch per cell."""
    values = [r.get(name) for r in rows]
    if convert is None:
        return values
    return [None if v is None else convert(v) for v in values]


def to_arrow(table: Table, rows: list[Record]) -> pa.Table:
    """Rows as an Arrow table with the schema's types (dates as date32, lists as list columns)."""
    data = {c.name: _column_values(c.name, _arrow_converter(c), rows) for c in table.columns}
    return pa.Table.from_pydict(data, schema=table.arrow_schema())


def write_parquet(table: Table, rows: list[Record], path: Path) -> None:
    pq.write_table(to_arrow(table, rows), path, compression="zstd", write_statistics=True)


_JSON = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(..., ensure_ascii=False) builds an encoder per call


def _sqlite_converter(column: Column) -> Convert:
    if column.json_type == "array":
        return _JSON
    if column.json_type == "boolean":
        return lambda value: int(bool(value))
    return None


def _sqlite_rows(table: Table, rows: list[Record]) -> Iterator[tuple[object, ...]]:
    """Rows as SQLite parameter tuples (lists as JSON text, booleans as 0/1), converted column by column."""
    columns = [_column_values(c.name, _sqlite_converter(c), rows) for c in table.columns]
    return zip(*columns, strict=True)


def write_sqlite(tables: dict[str, Table], data: Tables, path: Path, extra: list[Callable[[sqlite3.Connection], None]] | None = None) -> None:
    """Create the SQLite file: DDL from the schemas, rows in the given order, then extra steps (search index)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        for name, table in tables.items():
            conn.execute(table.sqlite_ddl())
            cols = ", ".join(f"[{c.name}]" for c in table.columns)
            marks = ", ".join("?" for _ in table.columns)
            conn.executemany(
                f"INSERT INTO [{name}] ({cols}) VALUES ({marks})",
                _sqlite_rows(table, data.get(name, [])),
            )
            for fk in table.foreign_keys:
                conn.execute(f"CREATE INDEX [idx_{name}_{'_'.join(fk['fields'])}] ON [{name}] "
                             f"({', '.join(f'[{f}]' for f in fk['fields'])})")
            fk_columns = {tuple(fk["fields"]) for fk in table.foreign_keys}
            for col in (c for c in table.schema.get("x-facets", []) if (c,) not in fk_columns):
                conn.execute(f"CREATE INDEX [idx_{name}_{col}] ON [{name}] ([{col}])")  # facet counts from the index
        for step in extra or []:
            step(conn)
        conn.commit()
        conn.execute("VACUUM")  # compact download: index builds leave ~8% free pages
    finally:
        conn.close()


def content_hash(data: Tables) -> str:
    """A hash of the table contents: equal data gives an equal build id."""
    digest = hashlib.sha256()
    for name in sorted(data):
        digest.update(name.encode())
        digest.update(json.dumps(data[name], ensure_ascii=False, sort_keys=True, default=str).encode())
    return digest.hexdigest()[:16]


def write_tables(data: Tables, directory: Path, extra: list[Callable[[sqlite3.Connection], None]] | None = None) -> dict[str, Path]:
    """Write every schema table as Parquet and into one SQLite file under directory."""
    defs = load_tables()
    (directory / "parquet").mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, table in defs.items():
        path = directory / "parquet" / f"{name}.parquet"
        write_parquet(table, data.get(name, []), path)
        paths[name] = path
    write_sqlite(defs, data, directory / DB_NAME, extra)
    return paths


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


_HELD: set[Path] = set()  # output directories whose lock this process holds


@contextmanager
def output_lock(output: Path) -> Iterator[None]:
    """Hold output/.lock for a whole run; a second concurrent run is refused with a clear message.

    Re-entrant within a process: the CLI takes the lock before Prefect starts (so a refusal is one
    line, with no orchestration noise after it) and the flow takes it again.
    """
    key = output.resolve()
    if key in _HELD:  # the outer holder outlives this block and releases the lock
        yield
        return
    output.mkdir(parents=True, exist_ok=True)
    fh = (output / ".lock").open("a+")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        fh.seek(0)
        holder = fh.read().strip() or "?"
        fh.close()
        raise PublishError(f"another scodata run (pid {holder}) is building {output}; try again when it ends") from exc
    try:
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        clear_stale(output)
        _HELD.add(key)
        yield
    finally:
        _HELD.discard(key)
        fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()


def _plain(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def read_published(output: Path) -> Tables:
    """Read the published Parquet tables back into plain records (dates as ISO strings)."""
    directory = output / "parquet"
    if not directory.is_dir():
        raise PublishError(f"no published dataset in {output}")
    data: Tables = {}
    for path in sorted(directory.glob("*.parquet")):
        rows = pq.read_table(path).to_pylist()
        data[path.stem] = [{k: _plain(v) for k, v in row.items()} for row in rows]
    return data
