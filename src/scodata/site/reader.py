"""The reader page of one communiqué: its paragraphs in order, with the extracted records marked in the text.

Plain functions over rows (dicts) so that they are testable without a server; reader_page.py queries.
Every record carries a start/end span into documents.clean_text, as do paragraphs, so a record's
place in its paragraph is ``record.start - paragraph.start``.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

# Two layers are marked: phrases (initiatives, participants, meetings) as outlined spans with a link
# to their record, and within them the names (states and organisations, cited documents) as links.
# In each layer the most specific kinds come first; a record overlapping one already marked in its
# layer, or a name crossing a phrase's edge, is listed under its paragraph instead.
KINDS = ("mention", "cited_document", "participant", "meeting", "initiative")
INNER = ("mention", "cited_document")
OUTER = ("participant", "initiative", "meeting")
KIND_TABLE = {"mention": "mentions", "cited_document": "cited_documents", "participant": "participants",
              "meeting": "meetings", "initiative": "initiatives"}
RECORD_SQL = {
    "mention": "SELECT m.mention_id AS id, m.paragraph_id, m.start, m.[end], m.text, m.entity_id AS target, "
               "coalesce(g.name_en, m.entity_id) AS label, m.kind AS detail FROM mentions m "
               "LEFT JOIN gazetteer g ON g.entity_id = m.entity_id WHERE m.doc_id = :doc_id",
    "cited_document": "SELECT cited_document_id AS id, paragraph_id, start, [end], text, NULL AS target, "
                      "title AS label, coalesce(action, '') AS detail FROM cited_documents WHERE doc_id = :doc_id",
    "participant": "SELECT participant_id AS id, paragraph_id, start, [end], text, person_key AS target, "
                   "coalesce(name, state, organisation, text) AS label, role AS detail FROM participants "
                   "WHERE doc_id = :doc_id",
    "meeting": "SELECT meeting_id AS id, paragraph_id, start, [end], text, NULL AS target, name AS label, "
               "coalesce(start_date, '') AS detail FROM meetings WHERE doc_id = :doc_id",
    "initiative": "SELECT initiative_id AS id, paragraph_id, start, [end], text, NULL AS target, "
                  "subject AS label, coalesce(proposer, '') || ' ' || coalesce(stance, '') AS detail "
                  "FROM initiatives WHERE doc_id = :doc_id",
}
PARAGRAPH_SQL = ("SELECT paragraph_id, seq, section, text, start, [end], speaker, endorsing_states, "
                 "all_members_endorse, stances FROM paragraphs WHERE doc_id = :doc_id ORDER BY seq")
CLEANING_SQL = "SELECT seq, rule, before, after, raw_start, raw_end FROM cleaning_log WHERE doc_id = :doc_id ORDER BY seq"
NEIGHBOURS_SQL = """SELECT
 (SELECT doc_id FROM documents WHERE (coalesce(meeting_date, ''), doc_id) < (coalesce(:date, ''), :doc_id)
  ORDER BY coalesce(meeting_date, '') DESC, doc_id DESC LIMIT 1) AS previous,
 (SELECT doc_id FROM documents WHERE (coalesce(meeting_date, ''), doc_id) > (coalesce(:date, ''), :doc_id)
  ORDER BY coalesce(meeting_date, ''), doc_id LIMIT 1) AS next"""

RowUrl = Callable[[str, str], str]  # (table, primary key) -> URL of the record page


@dataclass(frozen=True)
class Record:
    """An extracted record with its span in documents.clean_text."""

    kind: str
    id: str
    paragraph_id: str | None
    start: int
    end: int
    text: str
    label: str
    detail: str = ""
    target: str | None = None  # person_key of a participant, entity_id of a mention

    def href(self, row_url: RowUrl) -> str:
        if self.kind == "mention" and self.target:
            return row_url("gazetteer", self.target)
        if self.kind == "participant" and self.target:
            return row_url("people", self.target)
        return row_url(KIND_TABLE[self.kind], self.id)


@dataclass(frozen=True)
class Piece:
    """A run of paragraph text, marked with the record it shows when it is one."""

    text: str
    record: Record | None = None
    href: str | None = None


@dataclass(frozen=True)
class Group:
    """A run of paragraph text: a marked phrase (initiative, participant, meeting) or the text between."""

    pieces: list[Piece]
    record: Record | None = None
    href: str | None = None


@dataclass
class ReaderParagraph:
    """One numbered paragraph as shown on the reader page."""

    paragraph_id: str
    anchor: str
    seq: int
    section: str
    speaker: str | None
    stances: list[str]
    endorsing: list[str]
    all_members_endorse: bool | None
    groups: list[Group]
    records: list[Record] = field(default_factory=list)
    unmarked: list[Record] = field(default_factory=list)
    aligned: list[dict[str, Any]] = field(default_factory=list)

    @property
    def pieces(self) -> list[Piece]:
        return [piece for group in self.groups for piece in group.pieces]

    @property
    def endorsement(self) -> str:
        """Who endorses the paragraph, in words: all members, the listed ones, or unknown."""
        if self.all_members_endorse:
            return "all members present"
        if self.endorsing:
            return "only " + ", ".join(self.endorsing)
        return "unknown (no named states)" if self.section == "body" else ""


def anchor(paragraph_id: str) -> str:
    """The fragment of a paragraph on its reader page (p001 for doc:p001)."""
    return paragraph_id.rsplit(":", 1)[-1]


def as_list(value: object) -> list[str]:
    """A list column as a list, whether stored as a JSON string or already decoded."""
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    try:
        decoded = json.loads(str(value))
    except ValueError:
        return [str(value)]
    return [str(v) for v in decoded] if isinstance(decoded, list) else [str(decoded)]


def records_from_rows(kind: str, rows: Iterable[dict[str, Any]]) -> list[Record]:
    """Records of one kind from rows shaped like RECORD_SQL's."""
    return [Record(kind, str(r["id"]), r.get("paragraph_id"), int(r["start"]), int(r["end"]), str(r.get("text") or ""),
                   str(r.get("label") or r.get("text") or r["id"]), str(r.get("detail") or "").strip(), r.get("target"))
            for r in rows if r.get("start") is not None and r.get("end") is not None]


def choose_marks(records: Iterable[Record], start: int, end: int) -> tuple[list[Record], list[Record]]:
    """Records to mark in the text [start, end) without overlaps (in KINDS order, sorted by start), and
    those left over."""
    ordered = sorted(records, key=lambda r: (KINDS.index(r.kind), r.start, -(r.end - r.start)))
    starts: list[int] = []
    chosen: list[Record] = []
    left: list[Record] = []
    for record in ordered:
        if not (start <= record.start < record.end <= end):
            left.append(record)
            continue
        i = bisect.bisect_left(starts, record.start)
        overlaps = (i > 0 and chosen[i - 1].end > record.start) or (i < len(chosen) and chosen[i].start < record.end)
        if overlaps:
            left.append(record)
            continue
        starts.insert(i, record.start)
        chosen.insert(i, record)
    return chosen, left


def mark_text(text: str, offset: int, marks: list[Record], row_url: RowUrl) -> list[Piece]:
    """The paragraph text (starting at `offset` in clean_text) cut into plain and marked pieces."""
    pieces: list[Piece] = []
    pos = 0
    for record in marks:  # sorted by start, not overlapping
        a, b = record.start - offset, record.end - offset
        if a > pos:
            pieces.append(Piece(text[pos:a]))
        pieces.append(Piece(text[a:b], record, record.href(row_url)))
        pos = b
    if pos < len(text):
        pieces.append(Piece(text[pos:]))
    return pieces


def group_text(text: str, offset: int, records: list[Record], row_url: RowUrl) -> tuple[list[Group], list[Record]]:
    """The paragraph text cut into phrase groups, each holding its marked names; records not shown."""
    end = offset + len(text)
    phrases, left = choose_marks([r for r in records if r.kind in OUTER], offset, end)
    names, unplaced = choose_marks([r for r in records if r.kind in INNER], offset, end)
    left += unplaced
    groups: list[Group] = []
    pos = offset
    spans = [(p.start, p.end, p) for p in phrases]
    for a, b, phrase in [*spans, (end, end, None)]:
        if a > pos:  # the text before this phrase
            inside = [n for n in names if pos <= n.start and n.end <= a]
            groups.append(Group(mark_text(text[pos - offset:a - offset], pos, inside, row_url)))
        if phrase is not None:
            inside = [n for n in names if a <= n.start and n.end <= b]
            groups.append(Group(mark_text(text[a - offset:b - offset], a, inside, row_url), phrase,
                                phrase.href(row_url)))
        pos = max(pos, b)
    placed = {id(n) for g in groups for piece in g.pieces if (n := piece.record) is not None}
    left += [n for n in names if id(n) not in placed]  # names crossing a phrase's edge
    return groups, left


def reader_paragraphs(paragraphs: Iterable[dict[str, Any]], records: Iterable[Record], row_url: RowUrl,
                      alignments: dict[str, list[dict[str, Any]]] | None = None) -> list[ReaderParagraph]:
    """Every paragraph in seq order with its records marked; records outside any paragraph are dropped."""
    by_paragraph: dict[str, list[Record]] = {}
    for record in records:
        by_paragraph.setdefault(record.paragraph_id or "", []).append(record)
    out = []
    for p in sorted(paragraphs, key=lambda p: int(p["seq"])):
        own = by_paragraph.get(p["paragraph_id"], [])
        start, text = int(p["start"]), str(p["text"])
        groups, left = group_text(text, start, own, row_url)
        flag = p.get("all_members_endorse")
        out.append(ReaderParagraph(
            paragraph_id=p["paragraph_id"], anchor=anchor(p["paragraph_id"]), seq=int(p["seq"]),
            section=str(p.get("section") or ""), speaker=p.get("speaker"), stances=as_list(p.get("stances")),
            endorsing=as_list(p.get("endorsing_states")), all_members_endorse=None if flag is None else bool(flag),
            groups=groups,
            records=sorted(own, key=lambda r: (r.start, KINDS.index(r.kind))), unmarked=left,
            aligned=(alignments or {}).get(p["paragraph_id"], [])))
    return out


@dataclass
class Provenance:
    """Where a document's text came from, in words."""

    source_url: str | None
    wire: str | None
    truncated: bool
    reason: str | None
    script: str | None

    @property
    def summary(self) -> str:
        parts = [f"Copy published by {self.wire}" if self.wire else "Text as published"]
        if self.source_url:
            parts.append(f"at {self.source_url}")
        if self.script == "traditional":
            parts.append("(traditional script, converted to simplified for extraction)")
        text = " ".join(parts) + "."
        return text + (f" Truncated: {self.reason}." if self.truncated else " Complete.")


def provenance(doc: dict[str, Any]) -> Provenance:
    """The provenance facts of a documents row."""
    wire = " ".join(x for x in (doc.get("wire_agency"), doc.get("wire_dateline")) if x) or None
    return Provenance(doc.get("source_url"), wire, bool(doc.get("is_truncated")), doc.get("truncation_reason"),
                      doc.get("original_script"))


def meeting_facts(doc: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, value) pairs describing the meeting, skipping unknown ones."""
    date = doc.get("meeting_date")
    if date and doc.get("meeting_end_date"):
        date = f"{date} – {doc['meeting_end_date']}"
    facts = [("Issued by", doc.get("issuing_body")), ("Session", doc.get("session_number")), ("Date", date),
             ("Place", doc.get("meeting_place")), ("Format", (doc.get("meeting_format") or "").replace("_", " ")),
             ("Type", (doc.get("doc_type") or "").replace("_", " ")), ("Language", doc.get("language")),
             ("Published", doc.get("published_at"))]
    return [(label, str(value)) for label, value in facts if value not in (None, "")]
