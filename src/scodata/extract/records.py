"""Common columns and identifiers of the records extracted from a document's paragraphs."""

from __future__ import annotations

from scodata.model import Paragraph, Record


def paragraph_id(doc_id: str, seq: int) -> str:
    """Identifier of a document's paragraph: <doc_id>:p<seq>, e.g. sco-hos-2019-06-14-declaration:p007."""
    return f"{doc_id}:p{seq:03d}"


def record_id(doc_id: str, letter: str, n: int) -> str:
    """Identifier of the n-th record of a table in a document: <doc_id>:<letter><n>, e.g. …:a012."""
    return f"{doc_id}:{letter}{n:03d}"


def span_record(doc_id: str, key: str, para: Paragraph, local_start: int, local_end: int) -> Record:
    """Common columns of a record found in a paragraph: id (empty until numbered), doc, paragraph, document span
    and text."""
    start, end = para.span(local_start, local_end)
    return {
        key: "",
        "doc_id": doc_id,
        "paragraph_id": paragraph_id(doc_id, para.seq),
        "seq": para.seq,
        "start": start,
        "end": end,
        "text": para.text[local_start:local_end],
    }


def number_records(doc_id: str, key: str, letter: str, records: list[Record]) -> list[Record]:
    """Fill the primary key `key` as <doc_id>:<letter><n> in order; return the records."""
    for n, record in enumerate(records, 1):
        record[key] = record_id(doc_id, letter, n)
    return records
