"""Mentions of states and international organisations in each paragraph (gazetteer scan)."""

from __future__ import annotations

from scodata import gazetteer
from scodata.model import Paragraph, Record


def span_record(doc_id: str, key: str, para: Paragraph, local_start: int, local_end: int) -> Record:
    """Common columns of a record found in a paragraph: id, doc, paragraph, document span and text."""
    start, end = para.span(local_start, local_end)
    return {
        key: "",
        "doc_id": doc_id,
        "paragraph_id": f"{doc_id}:p{para.seq:03d}",
        "seq": para.seq,
        "start": start,
        "end": end,
        "text": para.text[local_start:local_end],
    }


def number_records(doc_id: str, key: str, letter: str, records: list[Record]) -> list[Record]:
    """Fill the primary key `key` as <doc_id>:<letter><n> in order."""
    for n, record in enumerate(records, 1):
        record[key] = f"{doc_id}:{letter}{n:03d}"
    return records


def extract_mentions(doc_id: str, paragraphs: list[Paragraph]) -> list[Record]:
    """One record per state or organisation name; the SCO itself and its bodies are skipped."""
    records: list[Record] = []
    for para in paragraphs:
        for m in gazetteer.scan(para.text):
            if m.entity.is_sco:
                continue
            record = span_record(doc_id, "mention_id", para, m.start, m.end)
            record.update(entity_id=m.entity.entity_id, kind=m.entity.kind)
            records.append(record)
    return number_records(doc_id, "mention_id", "n", records)
