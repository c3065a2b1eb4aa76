"""Canned queries shown on the Datasette database page."""

from __future__ import annotations

CANNED_QUERIES: dict[str, dict[str, str]] = {
    "paragraphs_by_document": {
        "title": "Paragraphs of a document",
        "description": "Every paragraph of one communiqué in reading order, with speaker and stances.",
        "sql": "select seq, section, speaker, stances, text from paragraphs where doc_id = :doc_id order by seq",
    },
    "cleaning_edits_by_rule": {
        "title": "Cleaning edits by rule",
        "description": "How many edits each cleaning rule made, per document.",
        "sql": "select doc_id, rule, count(*) as edits from cleaning_log group by doc_id, rule order by doc_id, edits desc",
    },
}
