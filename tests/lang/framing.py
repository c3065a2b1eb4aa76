"""A test text set in a frame (title, a lead, the closing paragraph), then cleaned and segmented by its language."""

from __future__ import annotations

from scodata import lang
from scodata.clean import CleanResult
from scodata.extract.segment import Segmented
from scodata.lang import Language


def framed(frame: str, body: str) -> tuple[Language, CleanResult, Segmented]:
    """frame.format(body) read as the pipeline reads it: the language detected, the clean text and its segments."""
    text = frame.format(body)
    language = lang.for_text(text)
    cleaned = language.clean(text)
    return language, cleaned, language.segment(cleaned.text)


def segmented(text: str) -> tuple[Language, Segmented]:
    """text read as the pipeline reads it: its language and its segments."""
    language, _, segments = framed("{}", text)
    return language, segments


def extracted(text: str, meeting_date: str | None) -> tuple[list, dict]:
    """The paragraph notes and the tables its language extracts from text (doc_id "d")."""
    language, segments = segmented(text)
    return language.extract("d", segments.paragraphs, meeting_date)


NOTE_FIELDS = ("speaker", "endorsing_states", "all_members_endorse", "stances")


def paragraph_note(module, text: str, members: list[str], fields: tuple[str, ...] = NOTE_FIELDS) -> tuple[object, ...]:
    """The annotations an English or Russian extractor module gives text as a body paragraph, as a tuple of fields."""
    from scodata.lang.speakers import annotate
    from scodata.model import Paragraph

    note = annotate(Paragraph(5, text, 0, len(text), "body"), members, module.RULES.tag, module.WORDS)
    return tuple(note[field] for field in fields)


def zh_paragraph_note(text: str, members: list[str], fields: tuple[str, ...] = NOTE_FIELDS) -> tuple[object, ...]:
    """The annotations the Chinese stance annotator gives text as a body paragraph, as a tuple of fields."""
    from scodata.extract.stances import annotate
    from scodata.model import Paragraph

    note = annotate(Paragraph(5, text, 0, len(text), "body"), members)
    return tuple(note[field] for field in fields)
