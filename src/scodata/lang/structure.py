"""Structure tables and paragraph annotations of an alphabetic communiqué (English, Russian), and where its preamble ends."""

from __future__ import annotations

import dataclasses
import re

from scodata import gazetteer
from scodata.extract import mentions
from scodata.extract.segment import Segmented
from scodata.extract.structure import member_states_present
from scodata.lang import names
from scodata.lang.alphabetic import Rules
from scodata.lang.attendance import _sentence_records, extract_participants
from scodata.lang.citations import extract_citations
from scodata.lang.entries import _person_like
from scodata.lang.entry_lists import PARAGRAPH_NUMBER, _looks_like_entry, _marker
from scodata.lang.initiatives import extract_initiatives
from scodata.lang.meetings import extract_meetings
from scodata.lang.speakers import annotate
from scodata.lang.words import Words
from scodata.model import Paragraph, Record, Tables


def extract_mentions(doc_id: str, paragraphs: list[Paragraph], language: str) -> list[Record]:
    """One record per state or organisation name (the SCO and its bodies skipped), found by this language's names."""
    return mentions.extract_mentions(doc_id, paragraphs, scan=lambda text: names.scan(text, language))


def _lists_people(para: Paragraph, language: str, words: Words) -> bool:
    """True when a paragraph reads as attendance entries: two person-like names anchored on states or offices, or one
    under a role marker."""
    found, _ = _sentence_records("", para, 0, len(para.text), language, words, None)
    named = sum(1 for r in found if _person_like(str(r["name"] or "")))
    number = PARAGRAPH_NUMBER.match(para.text)
    return named >= 2 or (named == 1 and _marker(para.text[number.end() if number else 0 :], words) is not None)


def _speaks(text: str, words: Words) -> bool:
    """True when a paragraph opens with a collective speaker and names no role and no list after a colon: a statement
    of the meeting whatever its verb ("The ministers observed a minute of silence in memory of …"), not a list."""
    lead = re.match(r"(?:The|the)\s+", text)
    return words.speakers.match(text, lead.end() if lead else 0) is not None and ":" not in text \
        and _marker(text, words) is None


def end_preamble_at_statements(seg: Segmented, language: str, words: Words) -> Segmented:
    """The preamble goes on over paragraphs that list people whatever their words (a table of delegations), and ends
    at the first paragraph that is a statement of the meeting (a speaker and a stance verb: "The Heads of State
    welcomed the Forum attended by …"), whatever attendance words it holds."""
    paragraphs = list(seg.paragraphs)
    n_pre = sum(1 for p in paragraphs if p.section == "preamble")
    listing = False  # inside a list laid out as paragraphs, under a lead ending in a colon
    while 0 < n_pre < len(paragraphs):
        para, previous = paragraphs[n_pre], paragraphs[n_pre - 1].text.rstrip()
        entry = (listing or previous.endswith(":")) and _looks_like_entry(para.text, language, words)
        body = para.text[m.end() :] if (m := PARAGRAPH_NUMBER.match(para.text)) else para.text
        attendance = words.attend.search(body) or any(rx.search(body) for rx in words.chair)
        if not (entry or attendance or _lists_people(para, language, words)) or (not attendance and _speaks(body, words)) \
                or annotate(dataclasses.replace(para, section="body"), [], language, words)["stances"]:
            break
        paragraphs[n_pre] = dataclasses.replace(para, section="preamble")
        listing, n_pre = entry, n_pre + 1
    for i, para in enumerate(paragraphs):
        if para.section != "preamble":
            break
        if i and annotate(dataclasses.replace(para, section="body"), [], language, words)["stances"]:
            paragraphs[i:] = [dataclasses.replace(p, section="body") for p in paragraphs[i:]]
            break
    return Segmented(seg.header, paragraphs)


def members_on(meeting_date: str | None) -> list[str]:
    """Member states on the meeting date (the gazetteer's membership periods, or member_since by year)."""
    if not meeting_date:
        return []
    dated = getattr(gazetteer, "members_on", None)
    return list(dated(meeting_date)) if dated else gazetteer.member_states(int(meeting_date[:4]))


def extract_structure(doc_id: str, paragraphs: list[Paragraph], meeting_date: str | None, rules: Rules,
                      words: Words) -> tuple[list[dict[str, object]], Tables]:
    """Paragraph annotations and the structure tables of one alphabetic-language document."""
    participants = extract_participants(doc_id, paragraphs, rules, words, meeting_date)
    members = member_states_present(participants) or members_on(meeting_date)
    annotations = [annotate(p, members, rules.tag, words) for p in paragraphs]
    tables: Tables = {
        "participants": participants,
        "cited_documents": extract_citations(doc_id, paragraphs, rules, words),
        "meetings": extract_meetings(doc_id, paragraphs, rules, words, meeting_date),
        "initiatives": extract_initiatives(doc_id, paragraphs, rules.tag, words),
        "mentions": extract_mentions(doc_id, paragraphs, rules.tag),
    }
    return annotations, tables
