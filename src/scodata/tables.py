"""Table definitions derived from the JSON Schemas in schemas/: one type map to Arrow and SQLite."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pyarrow as pa

from .paths import package_path

SCHEMA_DIR = package_path("schemas")  # the repository's schemas/, shipped as package data

# (json type, format) -> (arrow type, sqlite type, frictionless type)
TYPE_MAP: dict[tuple[str, str | None], tuple[pa.DataType, str, str]] = {
    ("string", None): (pa.string(), "TEXT", "string"),
    ("string", "date"): (pa.date32(), "TEXT", "date"),
    ("string", "date-time"): (pa.string(), "TEXT", "datetime"),  # ISO 8601 text: each value keeps its own offset
    ("integer", None): (pa.int64(), "INTEGER", "integer"),
    ("number", None): (pa.float64(), "REAL", "number"),
    ("boolean", None): (pa.bool_(), "INTEGER", "boolean"),
    ("array", "string"): (pa.list_(pa.string()), "TEXT", "array"),
}


@dataclass(frozen=True)
class Column:
    """One column of a table, as the schema defines it."""

    name: str
    json_type: str
    fmt: str | None
    nullable: bool
    description: str

    @property
    def key(self) -> tuple[str, str | None]:
        return (self.json_type, self.fmt)

    @property
    def arrow_type(self) -> pa.DataType:
        return TYPE_MAP[self.key][0]

    @property
    def sqlite_type(self) -> str:
        return TYPE_MAP[self.key][1]

    @property
    def frictionless_type(self) -> str:
        return TYPE_MAP[self.key][2]


@dataclass(frozen=True)
class Table:
    """A table: its JSON Schema and the columns derived from it."""

    name: str
    schema: dict[str, Any]
    columns: tuple[Column, ...]

    @property
    def description(self) -> str:
        return self.schema["description"]

    @property
    def primary_key(self) -> list[str]:
        return list(self.schema.get("x-primary-key", []))

    @property
    def foreign_keys(self) -> list[dict[str, Any]]:
        return list(self.schema.get("x-foreign-keys", []))

    @property
    def row_group(self) -> int:
        """Rows per Parquet row group (x-row-group; fewer for tables of long texts, to bound memory)."""
        return int(self.schema.get("x-row-group", 65_536))

    @property
    def per_document(self) -> bool:
        """True for tables whose rows each come from one document (x-scope "document", the default), False for
        corpus-wide tables (x-scope "corpus": registries, static tables, sources, refusals) and reports."""
        return self.schema.get("x-scope", "document") == "document" and not self.is_report

    @property
    def is_report(self) -> bool:
        return bool(self.schema.get("x-report", False))

    def arrow_schema(self) -> pa.Schema:
        fields = [pa.field(c.name, c.arrow_type, nullable=c.nullable) for c in self.columns]
        return pa.schema(fields, metadata={"description": self.description})

    def sqlite_ddl(self) -> str:
        lines = [f"  [{c.name}] {c.sqlite_type}{'' if c.nullable else ' NOT NULL'}" for c in self.columns]
        if self.primary_key:
            lines.append(f"  PRIMARY KEY ({', '.join(f'[{k}]' for k in self.primary_key)})")
        for fk in self.foreign_keys:
            ref = fk["reference"]
            lines.append(
                f"  FOREIGN KEY ({', '.join(f'[{f}]' for f in fk['fields'])}) "
                f"REFERENCES [{ref['resource']}]({', '.join(f'[{f}]' for f in ref['fields'])})"
            )
        return f"CREATE TABLE [{self.name}] (\n" + ",\n".join(lines) + "\n);"


def _column(name: str, prop: dict[str, Any], required: bool) -> Column:
    types = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
    non_null = [t for t in types if t != "null"]
    if len(non_null) != 1:
        raise ValueError(f"column {name}: exactly one non-null type expected, got {types}")
    json_type = non_null[0]
    fmt = prop.get("format")
    if json_type == "array":
        fmt = prop["items"]["type"]
    if (json_type, fmt) not in TYPE_MAP:
        raise ValueError(f"column {name}: no mapping for type {json_type!r} format {fmt!r}")
    nullable = "null" in types or not required
    return Column(name, json_type, fmt, nullable, prop["description"])


def table_from_schema(schema: dict[str, Any]) -> Table:
    """Build a Table from a JSON Schema object."""
    required = set(schema.get("required", []))
    columns = tuple(_column(n, p, n in required) for n, p in schema["properties"].items())
    return Table(schema["title"], schema, columns)


@cache
def load_tables(schema_dir: Path = SCHEMA_DIR) -> dict[str, Table]:
    """All tables defined by schema_dir/*.schema.json, in a stable (sorted) order."""
    tables = {}
    for path in sorted(schema_dir.glob("*.schema.json")):
        table = table_from_schema(json.loads(path.read_text(encoding="utf-8")))
        tables[table.name] = table
    return tables


@cache
def dataset_info(schema_dir: Path = SCHEMA_DIR) -> dict[str, Any]:
    """Dataset-level metadata (title, licence, citation) from schemas/dataset.json."""
    return json.loads((schema_dir / "dataset.json").read_text(encoding="utf-8"))
