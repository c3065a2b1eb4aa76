"""The /-/read pages: a list of documents, and /-/read/<doc_id> to read one (reader.py shapes it).

Every query of a page runs in one call on Datasette's connection (one thread hop, not fifteen).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from datasette.utils import tilde_encode
from datasette.utils.asgi import Response

from ..release.metadata import DATABASE
from . import reader as r
from .render import render_partial

DOCUMENT_SQL = ("SELECT doc_id, title, doc_type, issuing_body, council, session_number, meeting_date, meeting_end_date, "
                "meeting_format, meeting_place, published_at, language, original_script, source_url, is_truncated, "
                "truncation_reason, n_paragraphs, n_cleaning_edits, {extra} FROM documents WHERE doc_id = :doc_id")
LIST_SQL = ("SELECT doc_id, title, meeting_date, meeting_place, language, is_truncated, n_paragraphs FROM documents "
            "ORDER BY coalesce(meeting_date, ''), doc_id")
STATES_SQL = "SELECT entity_id, name_en, name_zh_short FROM gazetteer WHERE kind = 'state'"
ALIGNMENTS = "paragraph_alignments"


def fetch(conn: sqlite3.Connection, sql: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params or {})
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def columns_of(conn: sqlite3.Connection, table: str) -> list[str]:
    """The columns of a table ([] when there is no such table)."""
    return [row[1] for row in conn.execute(f"PRAGMA table_info([{table}])").fetchall()]


def aligned_rows(conn: sqlite3.Connection, doc_id: str | None = None,
                 paragraph_ids: list[str] | None = None) -> dict[str, list[dict[str, Any]]]:
    """Aligned paragraphs in other languages (of one document's or the listed paragraphs), when a
    paragraph_alignments table exists; {} otherwise."""
    columns = columns_of(conn, ALIGNMENTS)
    if not {"paragraph_id", "aligned_paragraph_id"} <= set(columns) or (doc_id is None and not paragraph_ids):
        return {}
    if doc_id is not None:
        scope, params = "SELECT paragraph_id FROM paragraphs WHERE doc_id = :doc_id", {"doc_id": doc_id}
    else:
        params = {f"p{i}": pid for i, pid in enumerate(paragraph_ids or [])}
        scope = ", ".join(f":{k}" for k in params)
    sql = (f"SELECT x.paragraph_id, p.paragraph_id AS other, p.doc_id, p.seq, d.language, p.text "
           f"FROM [{ALIGNMENTS}] x JOIN paragraphs p ON p.paragraph_id = x.aligned_paragraph_id "
           f"JOIN documents d ON d.doc_id = p.doc_id WHERE x.paragraph_id IN ({scope}) ORDER BY d.language, p.seq")
    out: dict[str, list[dict[str, Any]]] = {}
    for row in fetch(conn, sql, params):
        row["anchor"] = r.anchor(row["other"])
        out.setdefault(row["paragraph_id"], []).append(row)
    return out


async def alignments(db: Any, paragraph_ids: list[str]) -> dict[str, list[dict[str, Any]]]:  # noqa: ANN401
    """aligned_rows for a list of paragraphs, on Datasette's connection."""
    if not paragraph_ids:
        return {}
    return await db.execute_fn(lambda conn: aligned_rows(conn, paragraph_ids=paragraph_ids))


def load_document(conn: sqlite3.Connection, doc_id: str) -> dict[str, Any] | None:
    """Everything the reader page shows of one document (None when there is no such document)."""
    doc_columns = columns_of(conn, "documents")
    extra = ", ".join(c for c in ("wire_agency", "wire_dateline", "work_id") if c in doc_columns) or "NULL AS none_"
    found = fetch(conn, DOCUMENT_SQL.format(extra=extra), {"doc_id": doc_id})
    if not found:
        return None
    doc = found[0]
    params = {"doc_id": doc_id}
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    records: list[r.Record] = []
    for kind, sql in r.RECORD_SQL.items():
        if r.KIND_TABLE[kind] in tables:
            records += r.records_from_rows(kind, fetch(conn, sql, params))
    return {"doc": doc, "records": records, "paragraphs": fetch(conn, r.PARAGRAPH_SQL, params),
            "aligned": aligned_rows(conn, doc_id=doc_id), "cleaning": fetch(conn, r.CLEANING_SQL, params),
            "neighbours": fetch(conn, r.NEIGHBOURS_SQL, {"doc_id": doc_id, "date": doc.get("meeting_date")})[0],
            "names": {g["entity_id"]: g for g in fetch(conn, STATES_SQL)}}


async def read_page(datasette, request):  # noqa: ANN001 (Datasette's view signature)
    """One document to read; /-/read alone lists the documents."""
    db = datasette.get_database(DATABASE)
    doc_id = request.url_vars.get("doc_id")
    base = {"database": DATABASE}
    if not doc_id:
        documents = await db.execute_fn(lambda conn: fetch(conn, LIST_SQL))
        return Response.html(await datasette.render_template(
            "scodata_read_index.html", {**base, "documents": documents}, request=request))
    loaded = await db.execute_fn(lambda conn: load_document(conn, doc_id))
    if loaded is None:
        documents = await db.execute_fn(lambda conn: fetch(conn, LIST_SQL))
        return Response.html(await datasette.render_template(
            "scodata_read_index.html", {**base, "missing": doc_id, "documents": documents}, request=request),
            status=404)

    def row_url(table: str, pk: str) -> str:
        return datasette.urls.row(DATABASE, table, tilde_encode(pk))

    doc = loaded["doc"]
    paragraphs = r.reader_paragraphs(loaded["paragraphs"], loaded["records"], row_url, loaded["aligned"])
    html = render_partial("_scodata_read_paragraphs.html", paragraphs=paragraphs, cleaning=loaded["cleaning"],
                          names=loaded["names"], row_url=row_url, lang=doc.get("language") or "zh-Hans",
                          read_url=lambda doc_id: datasette.urls.path(f"/-/read/{doc_id}"))
    context = {**base, "doc": doc, "paragraphs": paragraphs, "paragraphs_html": html, "facts": r.meeting_facts(doc),
               "provenance": r.provenance(doc), "previous": loaded["neighbours"]["previous"],
               "next": loaded["neighbours"]["next"], "lang": doc.get("language") or "zh-Hans"}
    return Response.html(await datasette.render_template("scodata_read.html", context, request=request))
