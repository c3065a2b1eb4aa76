"""Plain functions that turn one raw source into table records, and many into a dataset."""

from __future__ import annotations

from dataclasses import replace

from . import lang
from .clean import CleanResult
from .errors import InputError, ValidationFailed
from .extract.document import DocumentInfo, document_date
from .extract.records import paragraph_id
from .htmltext import html_to_text, looks_like_html
from .ingest import decode_bytes
from .model import DocumentBuild, Paragraph, RawSource, Record, Tables
from .registry import add_registries, link_people
from .tables import load_tables

LANGUAGE = "zh-Hans"


def _paragraph_records(doc_id: str, paragraphs: list[Paragraph], cleaned: CleanResult,
                       annotations: list[dict[str, object]]) -> list[Record]:
    return [
        {
            "paragraph_id": paragraph_id(doc_id, p.seq),
            "doc_id": doc_id,
            "seq": p.seq,
            "section": p.section,
            "text": p.text,
            "start": p.start,
            "end": p.end,
            "raw_start": cleaned.raw_offset(p.start),
            "raw_end": cleaned.raw_offset(p.end - 1) + 1,
            **note,
        }
        for p, note in zip(paragraphs, annotations, strict=True)
    ]


def _edit_records(doc_id: str, cleaned: CleanResult) -> list[Record]:
    return [
        {"edit_id": f"{doc_id}:e{i:04d}", "doc_id": doc_id, "seq": i, "rule": e.rule, "before": e.before,
         "after": e.after, "raw_start": e.raw_start, "raw_end": e.raw_end}
        for i, e in enumerate(cleaned.edits, 1)
    ]


def _document_record(doc_id: str, info: DocumentInfo, source: RawSource, digest: str, encoding: str,
                     cleaned: CleanResult, n_paragraphs: int) -> Record:
    return {
        "doc_id": doc_id,
        **vars(info),
        "language": LANGUAGE,
        "original_script": cleaned.original_script,
        "source_url": source.origin_url or source.final_url or (source.uri if source.kind == "url" else None),
        "raw_sha256": digest,
        "encoding": encoding,
        "is_truncated": cleaned.is_truncated,
        "truncation_reason": "; ".join(cleaned.truncation_reasons) or None,
        "n_paragraphs": n_paragraphs,
        "n_cleaning_edits": len(cleaned.edits),
        "raw_text": cleaned.raw,
        "clean_text": cleaned.text,
    }


def _source_record(source: RawSource, digest: str, encoding: str, doc_id: str) -> Record:
    return {
        "sha256": digest, "kind": source.kind, "uri": source.uri, "origin_url": source.origin_url,
        "final_url": source.final_url, "http_status": source.http_status, "retrieved_at": source.retrieved_at,
        "content_type": source.content_type, "etag": source.etag, "last_modified": source.last_modified,
        "bytes": len(source.data), "encoding": encoding, "raw_path": f"raw/{digest}", "doc_id": doc_id,
    }


def process_source(source: RawSource) -> DocumentBuild:
    """Decode, clean, segment, describe and extract one source (pure: no I/O, the source is not changed)."""
    digest = source.sha256
    decoded = decode_bytes(source.data, source.content_type)
    text, title_hint, published_hint = decoded.text, source.hints.get("title"), source.hints.get("published_at")
    if looks_like_html(text, source.content_type):
        page = html_to_text(text)
        text, title_hint = page.text, title_hint or page.title
        published_hint = published_hint or page.published
        source = replace(source, origin_url=source.origin_url or page.canonical_url)  # a copy: the caller's stays
    if not text.strip():
        raise InputError(f"{source.uri}: no text found")
    language = lang.for_text(text)  # zh-Hans/zh-Hant, en, ru: each language's own clean/segment/describe/extract
    cleaned = language.clean(text)
    seg = language.segment(cleaned.text)
    info = language.describe(seg, title_hint, published_hint, (cleaned.wire_dateline, cleaned.wire_agency))
    doc_id, work_id = language.ids(info, digest)
    # the states' SCO status is looked up on the meeting date, else on the best date the document gives
    # (title, dateline, publication), never on today's: documents.meeting_date stays as the text has it
    annotations, structure = language.extract(doc_id, seg.paragraphs, document_date(info, seg))
    tables: Tables = {
        "documents": [_document_record(doc_id, info, source, digest, decoded.encoding, cleaned, len(seg.paragraphs))],
        "paragraphs": _paragraph_records(doc_id, seg.paragraphs, cleaned, annotations),
        "cleaning_log": _edit_records(doc_id, cleaned),
        "sources": [_source_record(source, digest, decoded.encoding, doc_id)],
        **structure,
    }
    tables["documents"][0].update(language=language.tag, work_id=work_id)
    tables["participants"] = link_people(tables.get("participants", []))  # person_key: the people table's key
    return DocumentBuild(doc_id, digest, tables)


def _completeness(build: DocumentBuild) -> tuple[bool, int]:
    doc = build.tables["documents"][0]
    return (not doc["is_truncated"], len(str(doc["clean_text"])))


def assemble(builds: list[DocumentBuild], static: Tables | None = None) -> Tables:
    """Merge per-document tables; one document per doc_id (the most complete); rows sorted by key."""
    chosen: dict[str, DocumentBuild] = {}
    for build in builds:
        current = chosen.get(build.doc_id)
        if current is None or _completeness(build) > _completeness(current):
            chosen[build.doc_id] = build
    defs = load_tables()
    merged: Tables = {name: [] for name, t in defs.items() if not t.is_report}
    for build in sorted(chosen.values(), key=lambda b: b.doc_id):
        for name, rows in build.tables.items():
            merged.setdefault(name, []).extend(rows)
    seen_sources = {b.sha256 for b in chosen.values()}
    merged["sources"] += [r for b in builds if b.sha256 not in seen_sources
                          for r in b.tables["sources"] if r["sha256"] not in seen_sources]
    for name, rows in (static or {}).items():
        merged[name] = list(rows)
    merged = add_registries(merged)
    for name, rows in merged.items():
        if name not in defs:
            continue  # validation reports tables without a schema
        keys = defs[name].primary_key
        unique = {tuple(r[k] for k in keys): r for r in rows}
        if len(unique) != len(rows):
            raise ValidationFailed(f"{name}: {len(rows) - len(unique)} rows share a primary key "
                                   f"({', '.join(keys)}), e.g. {_first_duplicate(rows, keys)}")
        merged[name] = [unique[k] for k in sorted(unique)]
    return merged


def _first_duplicate(rows: list[Record], keys: list[str]) -> tuple[object, ...] | None:
    seen: set[tuple[object, ...]] = set()
    for row in rows:
        key = tuple(row[k] for k in keys)
        if key in seen:
            return key
        seen.add(key)
    return None
