"""Generated artefacts pinned by golden files: SQLite DDL, Arrow schema, Datasette and Table Schema metadata.

Regenerate after a deliberate schema change with: UPDATE_GOLDEN=1 pytest tests/test_tables.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from scodata.release.datapackage import table_schema
from scodata.release.metadata import table_metadata
from scodata.tables import SCHEMA_DIR, TYPE_MAP, load_tables

GOLDEN = Path(__file__).resolve().parent / "golden"
TABLES = load_tables()


def generated(name: str) -> str:
    table = TABLES[name]
    parts = [
        "-- SQLite DDL", table.sqlite_ddl(),
        "-- Arrow schema", table.arrow_schema().to_string(show_schema_metadata=False),
        "-- Datasette metadata", json.dumps(table_metadata(table), ensure_ascii=False, indent=1, sort_keys=True),
        "-- Frictionless Table Schema", json.dumps(table_schema(table), ensure_ascii=False, indent=1, sort_keys=True),
    ]
    return "\n".join(parts) + "\n"


@pytest.mark.parametrize("name", sorted(TABLES))
def test_generated_artefacts_match_golden(name: str) -> None:
    path = GOLDEN / f"{name}.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(generated(name), encoding="utf-8")
    assert path.exists(), f"no golden file for {name}: run UPDATE_GOLDEN=1 pytest tests/test_tables.py"
    assert generated(name) == path.read_text(encoding="utf-8")


def test_every_golden_file_has_a_table() -> None:
    assert {p.stem for p in GOLDEN.glob("*.txt")} == set(TABLES)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_schema_is_documented_and_mappable(name: str) -> None:
    schema = TABLES[name].schema
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["description"] and schema.get("additionalProperties") is False
    for prop, spec in schema["properties"].items():
        assert spec.get("description"), f"{name}.{prop} has no description"
    for column in TABLES[name].columns:
        assert column.key in TYPE_MAP
    assert set(schema.get("x-primary-key", [])) <= set(schema["properties"])


def test_schema_files_are_one_per_table() -> None:
    assert len(list(SCHEMA_DIR.glob("*.schema.json"))) == len(TABLES)


def test_data_dictionary_is_up_to_date() -> None:
    from scodata.site.docs import data_dictionary

    path = Path(__file__).resolve().parents[1] / "docs" / "data-dictionary.md"
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(data_dictionary(), encoding="utf-8")
    text = data_dictionary()
    assert path.read_text(encoding="utf-8") == text, "run: python -m scodata.site.docs > docs/data-dictionary.md"
    for name, table in TABLES.items():
        assert f"## `{name}`" in text
        assert all(f"| `{c.name}` |" in text for c in table.columns)
