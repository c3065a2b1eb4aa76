"""Mentions of states and international organisations in each paragraph (gazetteer scan)."""

from __future__ import annotations

from collections.abc import Callable

from scodata import gazetteer
from scodata.extract.records import number_records, span_record
from scodata.model import Paragraph, Record


def extract_mentions(doc_id: str, paragraphs: list[Paragraph], scan: Callable = gazetteer.scan) -> list[Record]:
    """One record per state or organisation name; the SCO itself and its bodies are skipped.

    scan finds the names in a text (the Chinese gazetteer by default; another language passes its own).
    """
    records: list[Record] = []
    for para in paragraphs:
        for m in scan(para.text):
            if m.entity.is_sco:
                continue
            record = span_record(doc_id, "mention_id", para, m.start, m.end)
            record.update(entity_id=m.entity.entity_id, kind=m.entity.kind)
            records.append(record)
    return number_records(doc_id, "mention_id", "n", records)
