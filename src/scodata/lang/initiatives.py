"""The initiatives table: initiatives attributed to a state, with subject, stance and form."""

from __future__ import annotations

import re

from scodata.extract.records import number_records, span_record
from scodata.lang import names
from scodata.lang.adjectives import _adjective_state
from scodata.lang.meetings import _name_around
from scodata.lang.words import Words
from scodata.model import Paragraph, Record


def _stance_before(text: str, pos: int, words: Words) -> str | None:
    """The last stance verb before pos in its sentence (not a noun after a determiner, "their support", nor the object
    of the verb before it, "expressed support", as «подтвердили поддержку» is no verb of its own)."""
    sentence_start = max(text.rfind(". ", 0, pos) + 1, 0)
    found = [m for rx in (words.stances, words.gerunds) for m in rx.finditer(text, sentence_start, pos)
             if not re.search(r"\b(?:their|its|our|the|full|for|of|a|an)\s+$", text[max(0, m.start() - 8) : m.start()])]
    ends = {m.end() for m in found}
    found = [m for m in found if not (m.start() - 1 in ends and text[m.start() - 1] == " ")]
    return max(found, key=lambda m: m.start()).group() if found else None


INITIATIVE_WORD = re.compile(r"^\w*нициатив\w*\s+|\s+[Ii]nitiative$")


def _subject_before(text: str, pos: int, words: Words) -> tuple[int, str]:
    """What was done at someone's initiative: the phrase before pos, back to a stance verb, comma or article;
    a meeting named there is the subject (its name only)."""
    bounds = [m.end() for m in re.finditer(r"[,;:.](?!\s*\d)", text[:pos])]  # not the comma of "April 8-9, 2030"
    bounds += [m.end() for m in words.stances.finditer(text, 0, pos)]
    bounds += [m.end() for m in re.finditer(r"\b(?:the|The|a|an)\s+", text[:pos])]
    start = max(bounds, default=0)
    while start < pos and text[start] == " ":
        start += 1
    if words.held.match(text, start) and start > 0:  # "the Forum, held in Tashkent … at the initiative of"
        previous = [b for b in bounds if b < start - 1]
        start = max(previous, default=0)
        while start < pos and text[start] == " ":
            start += 1
    nouns = list(words.meeting_noun.finditer(text, start, pos))
    if nouns:
        a, b = _name_around(text[:pos], nouns[-1], words)
        return max(a, start), text[max(a, start) : b].strip(" ,")
    stop = words.subject_stop.search(text, start, pos)
    return start, text[start : stop.start() if stop else pos].strip(" ,")


def _subject_after(text: str, pos: int, proposer_end: int, words: Words) -> tuple[int, str] | None:
    """The meeting named after the proposer when a participle opens the phrase before the initiative and its noun comes
    after ("состоявшийся 12 мая в Оше по инициативе Кыргызской стороны Форум …", Russian word order), else None."""
    bounds = [m.end() for m in re.finditer(r"[,;:.](?!\s*\d)", text[:pos])]
    bounds += [m.end() for m in words.stances.finditer(text, 0, pos)]
    start = max(bounds, default=0)
    opens = re.compile(r"\s*").match(text, start)
    if not words.held.match(text, opens.end() if opens else start):
        return None
    gap = re.compile(r"\s+").match(text, proposer_end)
    noun = words.meeting_noun.match(text, gap.end()) if gap else None
    if noun is None:
        return None
    a, b = _name_around(text, noun, words)
    a = max(a, noun.start())  # (not back over the proposer)
    return a, text[a:b].strip(" ,")


def extract_initiatives(doc_id: str, paragraphs: list[Paragraph], language: str, words: Words) -> list[Record]:
    """Initiatives attributed to a state: X's initiative on Y (proposal_on), Y put forward by X (proposed_by),
    at the initiative of X (at_the_initiative_of)."""
    records: list[Record] = []
    for para in paragraphs:
        text, rows = para.text, []
        forms = [(rx, "proposal_on") for rx in words.initiative_of] + [(rx, "proposed_by") for rx in words.proposed_by]
        for rx, form in forms:
            at = 0
            while (m := rx.search(text, at)) is not None:
                at = m.start("who") + 1
                who = names.match_at(text, m.start("who"), language) or _adjective_state(text, m, language)
                if who is None or who.entity.kind != "state":
                    continue
                subject = INITIATIVE_WORD.sub("", m.group("subject")).strip(" ,«»\"“”")
                stop = words.subject_stop.search(subject)
                subject = subject[: stop.start()] if stop else subject
                row = span_record(doc_id, "initiative_id", para, m.start(), max(m.end(), who.end))
                row.update(proposer=who.text, state_code=who.entity.entity_id, subject=subject,
                           stance=_stance_before(text, m.start(), words), form=form)
                rows.append(row)
        for m in words.at_initiative.finditer(text):
            who = names.match_at(text, m.start("who"), language)
            if who is None or who.entity.kind != "state":
                continue
            after = _subject_after(text, m.start(), who.end, words)
            start, subject = after if after else _subject_before(text, m.start(), words)
            if not subject:
                continue
            # (the subject before the initiative, or after its proposer: the span covers both)
            a, b = (m.start(), start + len(subject)) if after else (start, who.end)
            row = span_record(doc_id, "initiative_id", para, a, b)
            row.update(proposer=who.text, state_code=who.entity.entity_id, subject=subject,
                       stance=_stance_before(text, m.start(), words), form="at_the_initiative_of")
            rows.append(row)
        unique = {(r["start"], r["end"]): r for r in rows}
        records += sorted(unique.values(), key=lambda r: int(r["start"]))  # type: ignore[call-overload]
    return number_records(doc_id, "initiative_id", "i", records)
