"""Load the seed and the unseen test communiqués as paragraphs, run extraction, project records for comparison."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from scodata.clean import clean_text
from scodata.extract.document import describe
from scodata.extract.segment import segment
from scodata.extract.structure import extract_structure
from scodata.model import Paragraph

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "sources" / "raw" / "000_740a038ea85bf232.txt"
UNSEEN = ROOT / "tests" / "fixtures" / "unseen"
SEED_EXPECTED = ROOT / "tests" / "fixtures" / "seed.expected.json"

# Fields compared per table; the key fields identify a record, the rest are checked once it is matched.
FIELDS: dict[str, tuple[str, ...]] = {
    "participants": ("role", "state", "state_code", "organisation", "organisation_id", "title", "name", "term",
                     "is_chair"),
    "cited_documents": ("seq", "title", "parent_title", "action", "date", "place"),
    "meetings": ("seq", "name", "start_date", "end_date", "format", "place", "host_code", "session_number",
                 "is_current_meeting"),
    "initiatives": ("seq", "proposer", "state_code", "subject", "stance", "form"),
    "mentions": ("seq", "text", "entity_id"),
    "paragraphs": ("seq", "speaker", "endorsing_states", "all_members_endorse", "stances"),
}


@dataclass(frozen=True)
class Case:
    """A test document: its paragraphs, meeting date and hand annotations."""

    name: str
    paragraphs: list[Paragraph]
    meeting_date: str | None
    expected: dict[str, list[dict[str, object]]]
    raw: str = ""
    document: dict[str, object] | None = None


def paragraphs_of(raw: str) -> list[Paragraph]:
    """Clean (page-break joins, t2s conversion…) and segment a raw communiqué."""
    return segment(clean_text(raw).text).paragraphs


def with_preamble(paragraphs: list[Paragraph], n_preamble: int) -> list[Paragraph]:
    """The same paragraphs with the first n_preamble marked preamble (independent of the segmenter's guess)."""
    return [replace(p, section="preamble" if p.seq <= n_preamble else "body") for p in paragraphs]


def load_case(path: Path, expected_path: Path) -> Case:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    raw = path.read_text(encoding="utf-8")
    paragraphs = paragraphs_of(raw)
    if "n_preamble" in expected:
        paragraphs = with_preamble(paragraphs, int(expected["n_preamble"]))
    return Case(path.stem, paragraphs, expected.get("meeting_date"), expected["tables"], raw, expected.get("document"))


def seed_case() -> Case:
    return load_case(SEED, SEED_EXPECTED)


def unseen_cases() -> list[Case]:
    return [load_case(p, p.with_name(p.stem + ".expected.json")) for p in sorted(UNSEEN.glob("*.txt"))]


def project(table: str, rows: list[dict[str, object]], all_rows: list[dict[str, object]] | None = None
            ) -> list[dict[str, object]]:
    """Keep the compared fields of each record (parent_id becomes the parent's title)."""
    titles = {r.get("cited_document_id"): r.get("title") for r in (all_rows or rows)}
    out = []
    for row in rows:
        row = dict(row)
        if table == "cited_documents":
            row["parent_title"] = titles.get(row.get("parent_id")) if row.get("parent_id") else None
        out.append({f: row.get(f) for f in FIELDS[table]})
    return out


DOCUMENT_FIELDS = ("doc_id", "title", "doc_type", "council", "session_number", "meeting_date", "wire_dateline",
                   "wire_agency")


def describe_case(case: Case) -> dict[str, object]:
    """Document-level fields (id, title, type, council, session, date, wire dateline) of a case's raw text."""
    cleaned = clean_text(case.raw)
    info = describe(segment(cleaned.text), wire=(cleaned.wire_dateline, cleaned.wire_agency))
    fields = vars(info).copy()
    fields["doc_id"] = info.doc_id("0" * 64)
    return {f: fields.get(f) for f in DOCUMENT_FIELDS}


def predict(case: Case, doc_id: str = "test-doc") -> dict[str, list[dict[str, object]]]:
    """Run extract_structure on a case and project every table (paragraph annotations included)."""
    annotations, tables = extract_structure(doc_id, case.paragraphs, case.meeting_date)
    result = {name: project(name, rows) for name, rows in tables.items()}
    result["paragraphs"] = project(
        "paragraphs", [{"seq": p.seq, **a} for p, a in zip(case.paragraphs, annotations, strict=True)]
    )
    return result


def attendance_rows(body: str, date: str = "2024-07-04") -> list[dict[str, object]]:
    """Participants of a Chinese attendance passage placed in a minimal heads-of-state communiqué of that date."""
    from scodata.extract.participants import extract_participants

    y, m, d = (int(x) for x in date.split("-"))
    text = f"{y}年{m}月{d}日，上海合作组织成员国元首理事会会议在阿斯塔纳举行。{body}\n\n元首们指出，合作重要。"
    return extract_participants("d", paragraphs_of(text), date)


def participant_summary(rows: list[dict[str, object]]) -> list[tuple[object, ...]]:
    """(state or organisation, title, name, role, chair) of each participant row."""
    return [(r["state_code"] or r["organisation"], r["title"], r["name"], r["role"], r["is_chair"]) for r in rows]
