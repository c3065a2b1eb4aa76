"""Corpus-wide registries: one row per person and per cited document across all communiqués."""

from __future__ import annotations

import hashlib

import pyarrow as pa
import pyarrow.compute as pc

from .model import Record, Tables


def person_key(name: str, affiliation: str) -> str:
    """Stable key of a person: pp- and 12 hex digits of SHA-1 of affiliation (state or body) and name."""
    return "pp-" + hashlib.sha1(f"{affiliation}|{name}".encode()).hexdigest()[:12]


def _affiliation(row: Record) -> str | None:
    return row.get("state_code") or row.get("organisation_id") or row.get("organisation")  # type: ignore[return-value]


def link_people(participants: list[Record]) -> list[Record]:
    """Participants with person_key set (null when the text gives no name or affiliation)."""
    linked = []
    for row in participants:
        name, affiliation = row.get("name"), _affiliation(row)
        key = person_key(str(name), str(affiliation)) if name and affiliation else None
        linked.append({**row, "person_key": key})
    return linked


def _groups(rows: pa.Table | list[Record], key: str, first: list[str], distinct: list[str]) -> list[Record]:
    """One record per key (non-null): the first value of some columns (in row order), the sorted distinct
    non-null values of others, the number of rows and the sorted distinct doc_ids. Aggregated in Arrow, so a
    corpus's rows need not be Python records."""
    columns = [key, *first, *distinct, "doc_id"]
    if isinstance(rows, pa.Table):
        table = rows.select(columns)
    else:  # records hold text in these columns; typed explicitly (an all-null column would be of type null)
        table = pa.table({c: pa.array([r.get(c) for r in rows], pa.string()) for c in columns})
    table = pa.table({c: table[c].cast(pa.string()) if table[c].type == pa.null() else table[c] for c in columns})
    table = table.filter(pc.is_valid(table[key]))
    grouped = table.group_by(key, use_threads=False).aggregate(
        [(c, "first") for c in first] + [(c, "distinct") for c in [*distinct, "doc_id"]] + [(key, "count")])
    out = []
    for row in sorted(grouped.to_pylist(), key=lambda r: r[key]):
        record = {key: row[key], **{c: row[f"{c}_first"] for c in first}}
        record.update({c: sorted(str(v) for v in row[f"{c}_distinct"] if v is not None) for c in distinct})
        record.update(n_rows=row[f"{key}_count"], doc_ids=sorted(row["doc_id_distinct"]))
        out.append(record)
    return out


def _column(rows: pa.Table | list[Record], name: str, kind: pa.DataType) -> pa.Table | list[Record]:
    """Rows with column name present (as nulls when no row has it), so the aggregation can name it."""
    if isinstance(rows, pa.Table) and name not in rows.column_names:
        return rows.append_column(name, pa.nulls(rows.num_rows, kind))
    return rows


def people(participants: pa.Table | list[Record]) -> list[Record]:
    """One row per person_key: name, affiliation, titles held, roles and documents attended."""
    rows = _column(_column(participants, "state_code", pa.string()), "organisation_id", pa.string())
    return [
        {"person_key": g["person_key"], "name": g["name"], "state_code": g["state_code"],
         "organisation_id": g["organisation_id"], "titles": g["title"], "roles": g["role"],
         "n_documents": len(g["doc_ids"]), "doc_ids": g["doc_ids"]}
        for g in _groups(rows, "person_key", ["name", "state_code", "organisation_id"], ["title", "role"])
    ]


def cited_document_registry(cited: pa.Table | list[Record]) -> list[Record]:
    """One row per cited_document_key: the title, how often and where it is cited, its known dates."""
    return [
        {"cited_document_key": g["cited_document_key"], "title": g["title_normalised"], "dates": g["date"],
         "places": g["place"], "actions": g["action"], "n_citations": g["n_rows"],
         "n_documents": len(g["doc_ids"]), "doc_ids": g["doc_ids"]}
        for g in _groups(cited, "cited_document_key", ["title_normalised"], ["date", "place", "action"])
    ]


def add_registries(data: Tables) -> Tables:
    """The tables with participants linked to people, both registries added and the paragraphs of the language
    versions of each work aligned (paragraph_alignments)."""
    from .align import paragraph_alignments

    participants = link_people(data.get("participants", []))
    return {**data, "participants": participants, "people": people(participants),
            "cited_document_registry": cited_document_registry(data.get("cited_documents", [])),
            "paragraph_alignments": paragraph_alignments(data)}
