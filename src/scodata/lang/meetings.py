"""The meetings table: dated meetings and forums, with name, dates, place, format and host."""

from __future__ import annotations

import re

from scodata.extract.records import number_records, paragraph_id, span_record
from scodata.lang import names
from scodata.lang.alphabetic import Rules, sentences
from scodata.lang.words import Words
from scodata.model import Paragraph, Record

# a Russian finite verb after a meeting's name ends it: открылся, завершилась, начинает, проходит
FINITE_VERB = re.compile(r"[а-яё]+(?:лся|лась|лось|лись|ется|ются|ится|ятся|ает|яет|ует|ают|яют|уют|одит|одят)")


# lower-case English words that end a meeting's name (verbs and relatives): "… expert group discussed", "… which"
NAME_STOP_EN = re.compile(r"^(?:\w+ed|was|were|is|are|be|being|been|will|would|shall|has|have|had|took|takes|due|set|slated"
                          r"|which|that|who|whose|where|when)$")


def _ends_name(word: str, following: str, name: str, words: Words) -> bool:
    """True when word ends a meeting's name: held, a date, a stance or finite verb, a relative word; a preposition before a
    place or date (in Beijing, on 5 May, в Шанхае) but not before a complement (on international security, в области);
    Russian «и» unless it joins two nouns (министров экономики и торговли); English lower-case words only in the name's
    of-complement (meeting of the SCO expert group)."""
    lower = word.lower()
    if words.held.fullmatch(word) or re.match(r"^\d", word) or words.stances.fullmatch(word) or FINITE_VERB.fullmatch(word) \
            or lower in ("held", "а", "что", "which", "который", "которое", "которая", "которые"):
        return True
    if lower in ("in", "on", "at", "в", "во", "на"):
        return not following or following[0].isupper() or following[0].isdigit() \
            or following.lower() in ("the", "a", "its", "their", "городе", "г.", "г", "ходе", "рамках", "период")
    if lower == "и":
        return not re.fullmatch(r"[а-яё]+", following) or bool(words.meeting_noun.fullmatch(following)) \
            or bool(words.stances.fullmatch(following)) or bool(FINITE_VERB.fullmatch(following)) \
            or bool(re.search(r"[аеиоуыя]ли(?:сь)?$", following))
    if words.capitalised_titles and not (word[0].isupper() or lower in words.title_link or word[0] in "(–-"):
        return " of " not in f" {name} " or bool(NAME_STOP_EN.match(lower))
    return False


def _name_around(text: str, noun: re.Match[str], words: Words) -> tuple[int, int]:
    """Span of the meeting's name around its noun: back over modifiers, forward over its complements."""
    start = noun.start()
    for prev in reversed(list(re.finditer(r"[\w'’-]+", text[:start]))):
        gap = text[prev.end() : start]
        w = prev.group()
        if gap.strip() or w.lower() in ("the", "a", "an", "its", "their", "of") or words.held.fullmatch(w) \
                or words.stances.fullmatch(w) or (not words.capitalised_titles and w.lower() in ("в", "на", "и")):
            break
        if not words.capitalised_titles and not w[0].isupper() and not re.match(r"^(?:\w+(?:ое|ого|ом|ая|ой|ую|ые|ых|ий|ый|ье|ьего|ьем)|\d+-\w+|двадцать|тридцать|сорок)$", w):
            break
        if not words.capitalised_titles and w[0].isupper() and re.search(r"(?:^|\s)(?:в|во|на)\s+$", text[: prev.start()]):
            break  # "в Москве Форума": a place before the name
        if words.capitalised_titles and not (w[0].isupper() or w[0].isdigit() or re.match(r"^\d+(?:st|nd|rd|th)$|^[\w-]+(?:th|st|nd|rd)$|^(?:regular|joint|annual|extraordinary|informal|special|jubilee|anniversary|ministerial)$", w)):
            break
        start = prev.start()
    end = noun.end()
    for tok in re.finditer(r"\s+([\w'’()«»\"“”–-]+)", text[noun.end() :]):
        if tok.start() != end - noun.end():
            break
        w = tok.group(1)
        name_so_far = text[start : noun.end() + tok.start()]
        if name_so_far.count("«") > name_so_far.count("»") or name_so_far.count("“") > name_so_far.count("”"):
            end = noun.end() + tok.end()  # inside a quoted name: «ШОС – 2034»
            continue
        following = re.match(r"\s+([\w'’.-]+)", text[noun.end() + tok.end() :])
        if _ends_name(w, following.group(1) if following else "", name_so_far, words):
            break
        end = noun.end() + tok.end()
    while True:
        last = re.search(r"\s+([\w'’-]+)$", text[start:end])
        if last and last.group(1).lower() in words.title_link | {"и", "в", "на"}:
            end = start + last.start()
        else:
            break
    return start, end


def _dated_after(noun: re.Match[str], nouns: list[re.Match[str]], dates: list[tuple[int, int]], end: int) -> bool:
    """True when another date follows the noun before the next meeting noun (the noun is dated by it)."""
    stop = min((n.start() for n in nouns if n.start() > noun.end()), default=end)
    return any(noun.end() <= a < stop for a, _ in dates)


def _bounds(a: int, b: int, nouns: list[re.Match[str]], noun: re.Match[str], dates: list[tuple[int, int]], lo: int,
            hi: int) -> tuple[int, int]:
    """The stretch of the sentence that belongs to one meeting: from the previous date or meeting noun to the next."""
    lo = max([lo] + [e for _, e in dates if e <= a] + [n.end() for n in nouns if n.end() <= a and n is not noun])
    hi = min([hi] + [s for s, _ in dates if s >= b] + [n.start() for n in nouns if n.start() >= b and n is not noun])
    return lo, hi


def _place_near(sentence: str, a: int, b: int, bounds: tuple[int, int], words: Words) -> re.Match[str] | None:
    """The place of a meeting spanning a..b: inside its span (… held in Dushanbe on 5 May), else just after it, else just
    before it, never in the stretch of another meeting of the same sentence."""
    lo, hi = bounds
    inside = next((m for m in words.in_place.finditer(sentence, a) if m.end() <= b), None)
    after = words.in_place.search(sentence, b)
    after = after if after and after.start() < min(hi, b + 40) else None
    before = [m for m in words.in_place.finditer(sentence, max(lo, a - 40)) if m.start() < a]
    return inside or after or (before[-1] if before else None)


def extract_meetings(doc_id: str, paragraphs: list[Paragraph], rules: Rules, words: Words,
                     meeting_date: str | None) -> list[Record]:
    """Dated meetings in the text: name (with a meeting noun), dates, place, format, host; the own meeting flagged."""
    records: list[Record] = []
    own_found = False
    for para in paragraphs:
        text = para.text
        for sa, sb in sentences(text, rules):
            sentence = text[sa:sb]
            for date in rules.find_dates(sentence):
                da, db = date.span
                if words.doc_date.search(sentence[max(0, da - 25) : da]):
                    continue
                clause_a = max(sentence.rfind(c, 0, da) for c in ";:") + 1
                clause_b = min((i for c in ";:" if (i := sentence.find(c, db)) >= 0), default=len(sentence))
                nouns = [n for n in words.meeting_noun.finditer(sentence, clause_a, clause_b)
                         if not (da <= n.start() < db)]
                if not nouns:
                    continue
                # the nearest noun: before the date when "held" stands between, otherwise after it
                before = [n for n in nouns if n.end() <= da]
                after = [n for n in nouns if n.start() >= db]
                others = [d.span for d in rules.find_dates(sentence) if d.span != date.span]
                noun = None
                if before and (words.held.search(sentence, before[-1].end(), da) or not after
                               or _dated_after(after[0], nouns, others, clause_b)):
                    noun = before[-1]  # a noun after the date that has its own date after it is another meeting's
                elif after:
                    noun = after[0]
                if noun is None:
                    continue
                na, nb = _name_around(sentence, noun, words)
                aside = words.aside.search(sentence, na, nb)
                nb = aside.start() if aside else nb
                if any(r["paragraph_id"] == paragraph_id(doc_id, para.seq) and r["start"] == para.start + sa + min(na, da)
                       for r in records):
                    continue
                a, b = min(na, da), max(nb, db)
                context = sentence[min(na, da) : max(nb, db) + 60]
                place = _place_near(sentence, a, b, _bounds(a, b, nouns, noun, others, clause_a, clause_b), words)
                host = words.host.search(sentence, clause_a, clause_b)
                found_host = None
                if host:  # the state at the phrase, or the state of the office named there (Президента Республики …)
                    window = re.split(r"[,;(]", sentence[host.start("host") : host.start("host") + 80])[0]
                    found_host = next((m for m in names.scan(window, rules.tag) if m.entity.kind == "state"), None)
                host_code = found_host.entity.entity_id if found_host else None
                video = rules.video.search(context)
                is_current = False
                if not own_found and para.seq <= 2:
                    is_current = meeting_date == date.start.isoformat() if meeting_date else para.seq == 1
                    own_found = is_current
                record = span_record(doc_id, "meeting_id", para, sa + a, sa + b)
                record.update(
                    name=sentence[na:nb], session_number=rules.session(sentence[na:nb]),
                    start_date=date.start.isoformat(), end_date=date.end.isoformat() if date.end else None,
                    format="video" if video else ("in_person" if place else None),
                    place=None if video or not place else place.group("place"),
                    host=found_host.text if found_host else None, host_code=host_code,
                    is_current_meeting=is_current,
                )
                records.append(record)
    return number_records(doc_id, "meeting_id", "m", records)
