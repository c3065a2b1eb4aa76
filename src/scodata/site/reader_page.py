"""The /-/read pages: a list of documents, and /-/read/<doc_id> to read one (reader.py shapes it)."""

from __future__ import annotations

from typing import Any

from datasette.utils import tilde_encode
from datasette.utils.asgi import Response

from ..release.metadata import DATABASE
from . import reader as r

DOCUMENT_SQL = ("SELECT doc_id, title, doc_type, issuing_body, council, session_number, meeting_date, meeting_end_date, "
                "meeting_format, meeting_place, published_at, language, original_script, source_url, is_truncated, "
                "truncation_reason, n_paragraphs, n_cleaning_edits, {extra} FROM documents WHERE doc_id = :doc_id")
LIST_SQL = ("SELECT doc_id, title, meeting_date, meeting_place, language, is_truncated, n_paragraphs FROM documents "
            "ORDER BY coalesce(meeting_date, ''), doc_id")
ALIGNMENTS = "paragraph_alignments"


def rows(result: Any) -> list[dict[str, Any]]:  # noqa: ANN401 (Datasette Results)
    return [dict(row) for row in result.rows]


async def _columns(db: Any, table: str) -> list[str]:  # noqa: ANN401
    return await db.table_columns(table) if await db.table_exists(table) else []


async def alignments(db: Any, doc_id: str | None = None,  # noqa: ANN401 (Datasette Database)
                     paragraph_ids: list[str] | None = None) -> dict[str, list[dict[str, Any]]]:
    """Aligned paragraphs in other languages (of one document's or the listed paragraphs), when a
    paragraph_alignments table exists; {} otherwise."""
    columns = await _columns(db, ALIGNMENTS)
    ids = [c for c in columns if c.endswith("paragraph_id")]
    if len(ids) < 2 or (doc_id is None and not paragraph_ids):
        return {}
    if doc_id is not None:
        scope, params = "SELECT paragraph_id FROM paragraphs WHERE doc_id = :doc_id", {"doc_id": doc_id}
    else:
        params = {f"p{i}": pid for i, pid in enumerate(paragraph_ids or [])}
        scope = ", ".join(f":{k}" for k in params)
    parts = []
    for a, b in ((ids[0], ids[1]), (ids[1], ids[0])):
        parts.append(f"SELECT x.[{a}] AS paragraph_id, p.paragraph_id AS other, p.doc_id, p.seq, d.language, p.text "
                     f"FROM [{ALIGNMENTS}] x JOIN paragraphs p ON p.paragraph_id = x.[{b}] "
                     f"JOIN documents d ON d.doc_id = p.doc_id WHERE x.[{a}] IN ({scope})")
    out: dict[str, list[dict[str, Any]]] = {}
    for row in rows(await db.execute(" UNION ".join(parts), params)):
        row["anchor"] = r.anchor(row["other"])
        out.setdefault(row["paragraph_id"], []).append(row)
    return out


async def read_page(datasette, request):  # noqa: ANN001 (Datasette's view signature)
    """One document to read; /-/read alone lists the documents."""
    db = datasette.get_database(DATABASE)
    doc_id = request.url_vars.get("doc_id")
    base = {"database": DATABASE}
    if not doc_id:
        return Response.html(await datasette.render_template(
            "scodata_read_index.html", {**base, "documents": rows(await db.execute(LIST_SQL))}, request=request))
    doc_columns = await _columns(db, "documents")
    extra = ", ".join(c for c in ("wire_agency", "wire_dateline", "work_id") if c in doc_columns) or "NULL AS none_"
    found = rows(await db.execute(DOCUMENT_SQL.format(extra=extra), {"doc_id": doc_id}))
    if not found:
        return Response.html(await datasette.render_template(
            "scodata_read_index.html", {**base, "missing": doc_id, "documents": rows(await db.execute(LIST_SQL))},
            request=request), status=404)
    doc = found[0]
    params = {"doc_id": doc_id}
    records: list[r.Record] = []
    for kind, sql in r.RECORD_SQL.items():
        if await db.table_exists(r.KIND_TABLE[kind]):
            records += r.records_from_rows(kind, rows(await db.execute(sql, params)))

    def row_url(table: str, pk: str) -> str:
        return datasette.urls.row(DATABASE, table, tilde_encode(pk))

    paragraphs = r.reader_paragraphs(rows(await db.execute(r.PARAGRAPH_SQL, params)), records, row_url,
                                     await alignments(db, doc_id=doc_id))
    neighbours = rows(await db.execute(r.NEIGHBOURS_SQL, {"doc_id": doc_id, "date": doc.get("meeting_date")}))[0]
    names = {g["entity_id"]: g for g in rows(await db.execute(
        "SELECT entity_id, name_en, name_zh_short FROM gazetteer WHERE kind = 'state'"))}
    context = {**base, "doc": doc, "paragraphs": paragraphs, "facts": r.meeting_facts(doc),
               "provenance": r.provenance(doc), "cleaning": rows(await db.execute(r.CLEANING_SQL, params)),
               "previous": neighbours["previous"], "next": neighbours["next"], "names": names,
               "lang": doc.get("language") or "zh-Hans", "row_url": row_url}
    return Response.html(await datasette.render_template("scodata_read.html", context, request=request))
