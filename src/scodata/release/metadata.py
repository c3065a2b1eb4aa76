"""Datasette metadata derived from the schemas: titles, licence, source, table and column descriptions, facets."""

from __future__ import annotations

import html
from typing import Any

from ..model import Tables
from ..tables import Table, dataset_info, load_tables
from .queries import CANNED_QUERIES

DATABASE = "scodata"


def _source(data: Tables) -> tuple[str, str | None]:
    """The data-source line: how many documents, how many truncated, from how many sources."""
    docs = data.get("documents", [])
    urls = sorted({str(d["source_url"]) for d in docs if d.get("source_url")})
    n, cut = len(docs), sum(1 for d in docs if d.get("is_truncated"))
    label = f"{n} SCO document{'s' if n != 1 else ''}"
    if cut:
        label += f", {cut} of them truncated"
    label += f", from {len(urls)} source URL{'s' if len(urls) != 1 else ''} (see the sources table)"
    return label, urls[0] if len(urls) == 1 else None


# Foreign-key labels shown beside an id in other tables: short columns instead of whole paragraphs or titles.
LABEL_COLUMNS = {"documents": "meeting_date", "paragraphs": "seq", "participants": "name"}


def table_metadata(table: Table) -> dict[str, Any]:
    """One table's Datasette metadata: description, column descriptions, facets, sort, label."""
    schema = table.schema
    meta: dict[str, Any] = {
        "description": table.description,
        "columns": {c.name: c.description for c in table.columns},
    }
    if schema.get("x-facets"):  # indexed columns: cheap enough to count on every view
        meta["facets"] = list(schema["x-facets"])
    arrays = schema.get("x-array-facets", [])
    if arrays:  # list columns must be unpacked row by row: one click away, not on every view
        links = " · ".join(f'<a href="?_facet_array={html.escape(col)}">{html.escape(col)}</a>' for col in arrays)
        meta["description_html"] = f"<p>{html.escape(table.description)}</p><p>Facet by list values: {links}</p>"
    label = LABEL_COLUMNS.get(table.name, schema.get("x-label"))
    if label:
        meta["label_column"] = label
    if table.primary_key:
        meta["sort"] = table.primary_key[0]
    return meta


def datasette_metadata(data: Tables) -> dict[str, Any]:
    """The metadata.json that `scodata serve` passes to Datasette."""
    info = dataset_info()
    licence = info["licenses"][0]
    source, source_url = _source(data)
    tables = load_tables()
    return {
        "title": info["title"],
        "description_html": (
            f"<p>{html.escape(info['description'])}</p>"
            '<p><a href="/-/read">Read the communiqués</a> · '
            '<a href="/-/search">Search paragraphs</a> (any length of Chinese term) · '
            '<a href="/-/charts">Charts</a> (stances per document, cited documents by year) · '
            '<a href="/-/downloads">Downloads</a> (Parquet, SQLite, data package)</p>'
        ),
        "license": licence["name"],
        "license_url": licence["path"],
        "source": source,
        "source_url": source_url,
        "about": "scodata on GitHub",
        "about_url": info["homepage"],
        "databases": {
            DATABASE: {
                "description": info["description"],
                "tables": {name: table_metadata(t) for name, t in tables.items()},
                "queries": CANNED_QUERIES,
            }
        },
    }
