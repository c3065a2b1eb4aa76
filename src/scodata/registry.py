"""Corpus-wide registries: one row per person and per cited document across all communiqués."""

from __future__ import annotations

import hashlib
from collections import defaultdict

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


def people(participants: list[Record]) -> list[Record]:
    """One row per person_key: name, affiliation, titles held and documents attended."""
    groups: dict[str, list[Record]] = defaultdict(list)
    for row in participants:
        if row.get("person_key"):
            groups[str(row["person_key"])].append(row)
    out = []
    for key, rows in sorted(groups.items()):
        docs = sorted({str(r["doc_id"]) for r in rows})
        out.append({
            "person_key": key, "name": rows[0]["name"], "state_code": rows[0].get("state_code"),
            "organisation_id": rows[0].get("organisation_id"),
            "titles": sorted({str(r["title"]) for r in rows if r.get("title")}),
            "roles": sorted({str(r["role"]) for r in rows}),
            "n_documents": len(docs), "doc_ids": docs,
        })
    return out


def cited_document_registry(cited: list[Record]) -> list[Record]:
    """One row per cited_document_key: the title, how often and where it is cited, its known dates."""
    groups: dict[str, list[Record]] = defaultdict(list)
    for row in cited:
        groups[str(row["cited_document_key"])].append(row)
    out = []
    for key, rows in sorted(groups.items()):
        docs = sorted({str(r["doc_id"]) for r in rows})
        out.append({
            "cited_document_key": key, "title": rows[0]["title_normalised"],
            "dates": sorted({str(r["date"]) for r in rows if r.get("date")}),
            "places": sorted({str(r["place"]) for r in rows if r.get("place")}),
            "actions": sorted({str(r["action"]) for r in rows if r.get("action")}),
            "n_citations": len(rows), "n_documents": len(docs), "doc_ids": docs,
        })
    return out


def add_registries(data: Tables) -> Tables:
    """The tables with participants linked to people, both registries added and the paragraphs of the language
    versions of each work aligned (paragraph_alignments)."""
    from .align import paragraph_alignments

    participants = link_people(data.get("participants", []))
    return {**data, "participants": participants, "people": people(participants),
            "cited_document_registry": cited_document_registry(data.get("cited_documents", [])),
            "paragraph_alignments": paragraph_alignments(data)}
