"""A Frictionless (v2) data package descriptor for the published files, derived from the schemas."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..fsutil import file_sha256
from ..model import Record
from ..tables import Table, dataset_info, load_tables

PARQUET_MEDIATYPE = "application/vnd.apache.parquet"
PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"


def table_schema(table: Table) -> dict[str, Any]:
    """A Frictionless Table Schema for one table."""
    fields = []
    for c in table.columns:
        field: dict[str, Any] = {"name": c.name, "type": c.frictionless_type, "description": c.description}
        if not c.nullable:
            field["constraints"] = {"required": True}
        fields.append(field)
    # Parquet keeps null apart from "", so no string stands for a missing value (an empty cleaning edit is "").
    schema: dict[str, Any] = {"fields": fields, "missingValues": []}
    if table.primary_key:
        schema["primaryKey"] = table.primary_key
    if table.foreign_keys:
        schema["foreignKeys"] = table.foreign_keys
    return schema


def _file_facts(path: Path, directory: Path, hashes: dict[str, str]) -> dict[str, Any]:
    name = str(path.relative_to(directory))
    return {"path": name, "bytes": path.stat().st_size, "hash": f"sha256:{hashes.get(name) or file_sha256(path)}"}


def datapackage(directory: Path, counts: dict[str, int], documents: list[Record], created: str,
                hashes: dict[str, str] | None = None) -> dict[str, Any]:
    """Describe every Parquet file (with its row count) and the SQLite file written under directory.

    hashes: SHA-256 already computed, by path under directory (the SQLite file's, hashed as it was finished).
    """
    hashes = hashes or {}
    info = dataset_info()
    resources: list[dict[str, Any]] = []
    for name, table in load_tables().items():
        resources.append({
            "name": name,
            "title": name.replace("_", " ").capitalize(),
            "description": table.description,
            "type": "table",
            **_file_facts(directory / "parquet" / f"{name}.parquet", directory, hashes),
            "format": "parquet",
            "mediatype": PARQUET_MEDIATYPE,
            "rows": counts.get(name, 0),
            "schema": table_schema(table),
        })
    resources.append({
        "name": "scodata-sqlite",
        "title": "All tables in one SQLite database",
        "description": "The same tables and columns as the Parquet files, as served by Datasette.",
        "type": "file",
        **_file_facts(directory / "scodata.db", directory, hashes),
        "format": "sqlite",
        "mediatype": "application/vnd.sqlite3",
    })
    sources = sorted({str(d["source_url"]) for d in documents if d.get("source_url")})
    return {
        "$schema": PROFILE,
        "name": info["name"],
        "title": info["title"],
        "description": info["description"],
        "version": info["version"],
        "created": created,
        "homepage": info["homepage"],
        "licenses": info["licenses"],
        "sources": [{"title": url, "path": url} for url in sources],
        "keywords": ["Shanghai Cooperation Organisation", "SCO", "communiqué", "上海合作组织", "diplomacy"],
        "resources": resources,
    }
