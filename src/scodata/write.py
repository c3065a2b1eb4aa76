"""Write tables to Parquet and SQLite, both derived from the schemas, and read published ones back."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .errors import PublishError
from .model import Record, Tables
from .tables import Column, Table

Convert = Callable[[object], object] | None  # a non-null value's stored form; None: stored as it is


def _arrow_converter(column: Column) -> Convert:
    if column.fmt == "date":
        return lambda value: dt.date.fromisoformat(str(value))
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


def write_parquet(pieces: Iterable[pa.Table | pa.RecordBatch], schema: pa.Schema, path: Path, row_group: int) -> int:
    """Write pieces of rows, in order, to one zstd Parquet file with statistics; return the row count.

    Row groups hold exactly `row_group` rows (the last fewer), each written from one contiguous chunk, so
    the bytes depend on the rows only, not on how they were pieced together; memory holds one row group.
    """
    pending: list[pa.Table] = []
    held = rows = 0
    with pq.ParquetWriter(path, schema, compression="zstd", write_statistics=True) as writer:

        def flush(n: int) -> None:
            nonlocal pending, held
            table = pa.concat_tables(pending).combine_chunks()
            writer.write_table(table.slice(0, n), row_group_size=row_group)
            pending, held = ([table.slice(n)] if n < table.num_rows else []), table.num_rows - n

        for piece in pieces:
            table = piece if isinstance(piece, pa.Table) else pa.Table.from_batches([piece])
            pending.append(table)
            held, rows = held + table.num_rows, rows + table.num_rows
            while held >= row_group:
                flush(row_group)
        if held or not rows:
            pending = pending or [schema.empty_table()]
            flush(held)
    return rows


_JSON = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(..., ensure_ascii=False) builds an encoder per call


def _sqlite_converter(column: Column) -> Convert:
    if column.json_type == "array":
        return _JSON
    if column.json_type == "boolean":
        return lambda value: int(bool(value))
    if column.fmt == "date":
        return lambda value: value.isoformat() if isinstance(value, dt.date) else value
    return None


def sqlite_rows(table: Table, rows: list[Record]) -> Iterator[tuple[object, ...]]:
    """Rows as SQLite parameter tuples (lists as JSON text, booleans as 0/1), converted column by column."""
    columns = [_column_values(c.name, _sqlite_converter(c), rows) for c in table.columns]
    return zip(*columns, strict=True)


def create_tables(conn: sqlite3.Connection, tables: dict[str, Table], indexes: bool = True) -> None:
    """DDL from the schemas, with (indexes) an index on every foreign key and facet column.

    A bulk load leaves indexes out and creates them once loaded (create_indexes): that is faster than
    keeping them up to date row by row.
    """
    for table in tables.values():
        conn.execute(table.sqlite_ddl())
    if indexes:
        create_indexes(conn, tables)


def create_indexes(conn: sqlite3.Connection, tables: dict[str, Table]) -> None:
    """An index on every foreign key and facet column (facet counts come from the index)."""
    for name, table in tables.items():
        for fk in table.foreign_keys:
            conn.execute(f"CREATE INDEX [idx_{name}_{'_'.join(fk['fields'])}] ON [{name}] "
                         f"({', '.join(f'[{f}]' for f in fk['fields'])})")
        fk_columns = {tuple(fk["fields"]) for fk in table.foreign_keys}
        for col in (c for c in table.schema.get("x-facets", []) if (c,) not in fk_columns):
            conn.execute(f"CREATE INDEX [idx_{name}_{col}] ON [{name}] ([{col}])")


def insert_rows(conn: sqlite3.Connection, table: Table, rows: list[Record]) -> None:
    """Insert rows in the given order."""
    cols = ", ".join(f"[{c.name}]" for c in table.columns)
    marks = ", ".join("?" for _ in table.columns)
    conn.executemany(f"INSERT INTO [{table.name}] ({cols}) VALUES ({marks})", sqlite_rows(table, rows))


def delete_rows(conn: sqlite3.Connection, table: Table, rows: list[Record]) -> None:
    """Delete the rows with these rows' primary keys (every column's value, for a table without one)."""
    if not rows:
        return
    keys = [i for i, c in enumerate(table.columns) if c.name in table.primary_key] or list(range(len(table.columns)))
    where = " AND ".join(f"[{table.columns[i].name}] IS ?" for i in keys)  # IS: a null equals a null
    conn.executemany(f"DELETE FROM [{table.name}] WHERE {where}",
                     ([row[i] for i in keys] for row in sqlite_rows(table, rows)))


def write_sqlite(tables: dict[str, Table], data: Tables, path: Path) -> None:
    """A SQLite file holding the given tables (used for the validation report)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        create_tables(conn, tables)
        for name, table in tables.items():
            insert_rows(conn, table, data.get(name, []))
        conn.commit()
    finally:
        conn.close()


def _plain(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def read_published(output: Path) -> Tables:
    """Read the published Parquet tables back into plain records (dates as ISO strings; date-times are text)."""
    directory = output / "parquet"
    if not directory.is_dir():
        raise PublishError(f"no published dataset in {output}")
    data: Tables = {}
    for path in sorted(directory.glob("*.parquet")):
        rows = pq.read_table(path).to_pylist()
        data[path.stem] = [{k: _plain(v) for k, v in row.items()} for row in rows]
    return data
