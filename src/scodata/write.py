"""Write tables to Parquet and SQLite, both derived from the schemas, and read published ones back."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .errors import PublishError
from .model import Record, Tables
from .releases import DB_NAME
from .tables import Column, Table, load_tables

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
