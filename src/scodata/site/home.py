"""The home page's account of the data: what is covered, where it came from, how to cite, what each table is for.

Built from the served database at request time (never from the seed): `coverage` summarises the
documents rows; the plugin queries them and counts every table.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

DOCUMENT_COLUMNS = ("doc_id", "title", "doc_type", "meeting_date", "meeting_place", "language", "is_truncated",
                    "truncation_reason", "source_url", "original_script", "n_paragraphs")
OPTIONAL_COLUMNS = ("wire_agency",)
SHOWN = 100  # documents listed on the home page (all of them are on /-/read)


@dataclass
class Coverage:
    """What the served dataset covers, in numbers and words."""

    documents: int
    first_date: str | None
    last_date: str | None
    undated: int
    languages: list[tuple[str, int]]
    doc_types: list[tuple[str, int]]
    truncated: list[dict[str, Any]]
    sources: list[tuple[str, int]]  # where the texts came from: host or agency, with counts
    listed: list[dict[str, Any]] = field(default_factory=list)

    @property
    def complete(self) -> int:
        return self.documents - len(self.truncated)


def source_of(doc: dict[str, Any]) -> str:
    """Where a document's text came from, briefly: the agency of a wire copy, else the source URL's host."""
    if doc.get("wire_agency"):
        return str(doc["wire_agency"])
    url = doc.get("source_url")
    if url:
        return urlsplit(str(url)).netloc or str(url)
    return "bundled file (no source URL)"


def coverage(docs: list[dict[str, Any]]) -> Coverage:
    """Summarise documents rows (any order) into a Coverage."""
    dates = sorted(d["meeting_date"] for d in docs if d.get("meeting_date"))
    ordered = sorted(docs, key=lambda d: (d.get("meeting_date") or "", d["doc_id"]))
    for d in ordered:
        d["source"] = source_of(d)
    return Coverage(
        documents=len(docs), first_date=dates[0] if dates else None, last_date=dates[-1] if dates else None,
        undated=len(docs) - len(dates),
        languages=Counter(str(d.get("language") or "unknown") for d in docs).most_common(),
        doc_types=Counter(str(d.get("doc_type") or "other").replace("_", " ") for d in docs).most_common(),
        truncated=[d for d in ordered if d.get("is_truncated")],
        sources=Counter(d["source"] for d in ordered).most_common(),
        listed=ordered[:SHOWN],
    )


def documents_sql(available: list[str]) -> str:
    columns = [c for c in DOCUMENT_COLUMNS + OPTIONAL_COLUMNS if c in available]
    return f"SELECT {', '.join(columns)} FROM documents"
