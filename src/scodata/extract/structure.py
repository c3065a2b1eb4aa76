"""Entry point of structured extraction: paragraph annotations and the structure tables of one document."""

from __future__ import annotations

from scodata import gazetteer
from scodata.extract.citations import extract_citations
from scodata.extract.initiatives import extract_initiatives
from scodata.extract.meetings import extract_meetings
from scodata.extract.mentions import extract_mentions
from scodata.extract.participants import extract_participants
from scodata.extract.stances import annotate_paragraphs
from scodata.model import Paragraph, Tables

STRUCTURE_TABLES = ("participants", "cited_documents", "meetings", "initiatives", "mentions")


def member_states_present(participants: list[dict[str, object]]) -> list[str]:
    """ISO codes of the member states whose delegations attend, in listing order."""
    codes = [str(p["state_code"]) for p in participants if p["role"] == "member_state" and p["state_code"]]
    return list(dict.fromkeys(codes))


def speaking_members(present: list[str], on_date: list[str]) -> list[str]:
    """Member states a collective subject (成员国, 元首们) speaks for: the delegations listed as attending, or the
    members on the meeting date when the text lists fewer than half of them (declarations, statements)."""
    return present if len(present) * 2 >= len(on_date) else on_date


def extract_structure(doc_id: str, paragraphs: list[Paragraph],
                      meeting_date: str | None = None) -> tuple[list[dict[str, object]], Tables]:
    """Per-paragraph annotations (speaker, endorsing_states, all_members_endorse, stances) and the tables
    participants, cited_documents, meetings, initiatives and mentions of one document. `meeting_date` is the date
    the states' SCO status is taken on: the meeting date, else the best date the document gives
    (document.document_date: title, dateline, publication)."""
    participants = extract_participants(doc_id, paragraphs, meeting_date)
    members = speaking_members(member_states_present(participants), gazetteer.members_on(meeting_date))
    annotations = annotate_paragraphs(paragraphs, members)
    tables: Tables = {
        "participants": participants,
        "cited_documents": extract_citations(doc_id, paragraphs),
        "meetings": extract_meetings(doc_id, paragraphs, meeting_date),
        "initiatives": extract_initiatives(doc_id, paragraphs),
        "mentions": extract_mentions(doc_id, paragraphs),
    }
    return annotations, tables
