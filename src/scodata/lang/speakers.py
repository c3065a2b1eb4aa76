"""Paragraph annotations: the speaker, endorsing states and stance verbs of a body paragraph."""

from __future__ import annotations

import re

from scodata.lang import names
from scodata.lang.adjectives import _adjective_sides
from scodata.lang.words import Words
from scodata.model import Paragraph


def _state_list(text: str, pos: int, language: str, words: Words) -> tuple[int, list[str]]:
    """A run of named states starting at pos ("the Republic of Kazakhstan, the Kyrgyz Republic and …")."""
    codes: list[str] = []
    end = pos
    while True:
        lead = words.entry_lead.match(text, end)
        at = lead.end() if lead else end
        m = names.match_at(text, at, language)
        if m is None or m.entity.kind != "state":
            break
        codes.append(m.entity.entity_id)
        end = m.end
        sep = words.list_sep.match(text, end)
        if not sep:
            break
        lead = words.entry_lead.match(text, sep.end())
        following = names.match_at(text, lead.end() if lead else sep.end(), language)
        if following is None or following.entity.kind != "state":
            break
        end = sep.end()
    return (end if codes else pos), codes


SENTENCE_END = re.compile(r"[.;]\s+")
THE = re.compile(r"(?:The|the)\s+")
OF = re.compile(r"\s+(?:of\s+(?:the\s+)?)?")
WORD = re.compile(r"[^\W\d_][\w'’-]*\s*")
DELEGATION = re.compile(r"(?i:delegations?|делегаци\w*)$")


def _office_then_states(text: str, pos: int, language: str, words: Words) -> tuple[int, list[str]]:
    """A run of named states after an office or delegation of them ("the Minister of Foreign Affairs of India",
    «Министра иностранных дел Республики Индия»): (end, codes), (pos, []) when no state follows the office words."""
    at = pos
    for _ in range(10):
        end, codes = _state_list(text, at, language, words)
        if codes:
            return end, codes
        word = WORD.match(text, at)
        if word is None:
            break
        token = word.group().strip().lower()
        if token not in words.title_words and not DELEGATION.match(token):
            break
        at = word.end()
    return pos, []


def _body_of_states(text: str, pos: int, language: str, words: Words) -> tuple[int, list[str]]:
    """(end, codes) of a subject naming a body of two or more named states: up to five words, the first capitalised,
    then "of (the)" (Russian: the genitive) and the states ("Supreme Courts of the Republic of Kazakhstan and the Kyrgyz
    Republic", «Верховные суды Республики Казахстан и Кыргызской Республики»); (pos, []) when none."""
    if not text[pos : pos + 1].isupper():
        return pos, []
    at = pos
    for _ in range(5):
        word = WORD.match(text, at)
        if word is None or names.match_at(text, at, language) is not None \
                or words.stances.fullmatch(word.group().strip()):
            break
        at = word.end()
        of = OF.match(text, word.start() + len(word.group().rstrip()))
        end, codes = _state_list(text, of.end(), language, words) if of else (pos, [])
        if codes:  # a body of one state ("The Head of the Delegation of X, A.B. Name, …") may be an attendance entry
            return (end, codes) if len(codes) >= 2 else (pos, [])
    return pos, []


def _speaker_verbs(text: str, i: int, language: str, words: Words) -> list[re.Match[str]]:
    """The stance verbs after position i that go on the paragraph's first: after a conjunction (", and welcomed",
    «и приветствовали») or opening a later sentence whose subject is a collective speaker ("The Member States
    stressed …", «Государства-члены подчеркнули …»), in reading order."""
    found = []
    for m in words.conj.finditer(text, i):
        verb = words.stances.match(text, m.end())
        if verb and not _inside_quote(text, m.start()) \
                and not (m.group().strip() == "," and words.participle.match(text, verb.start())):
            found.append(verb)
    for m in SENTENCE_END.finditer(text, i):
        lead = THE.match(text, m.end())
        subject = _subject(text, lead.end() if lead else m.end(), language, words)
        if subject is None or _inside_quote(text, m.start()):
            continue
        adverbs = words.adverbs.match(text, subject[0])
        verb = words.stances.match(text, adverbs.end() if adverbs else subject[0])
        if verb:
            found.append(verb)
    if len(found) > 1:
        found.sort(key=lambda v: v.start())
    verbs = []
    for verb in found:
        if verb.start() >= i:
            verbs.append(verb)
            i = verb.end()
    return verbs


SPACE = re.compile(r"\s*")


def _office_word(token: str, words: Words) -> bool:
    """A word of an office title, or the plural of one ("Councils", "Committees")."""
    lower = token.lower()
    return lower in words.title_words or (lower.endswith("s") and lower[:-1] in words.title_words)


def _stance_at(text: str, pos: int, words: Words) -> bool:
    """True when a stance verb (after adverbs) opens at pos."""
    adverbs = words.adverbs.match(text, pos)
    return bool(words.stances.match(text, pos) or words.stances.match(text, adverbs.end() if adverbs else pos))


def _office_after(text: str, pos: int, language: str, words: Words) -> int:
    """End of the office words after a plural office speaker («Министры| иностранных дел», "Ministers| of Foreign
    Affairs", "Secretaries| of Security Councils"), up to a named state and without trailing link words; pos when there
    are none. When no stance verb follows them, a title-case language takes every capitalised word and link word up to
    the verb ("Ministers| of Science and Technology| welcomed")."""
    at = end = pos
    for _ in range(8):
        start = SPACE.match(text, at).end()
        word = WORD.match(text, start)
        if word is None or names.match_at(text, start, language) is not None:
            break
        token = word.group().rstrip()
        if not _office_word(token, words):
            break
        at = start + len(token)
        if token.lower() not in words.title_link:
            end = at
    if words.capitalised_titles and not _stance_at(text, SPACE.match(text, end).end(), words):
        at = pos
        for _ in range(10):
            start = SPACE.match(text, at).end()
            word = WORD.match(text, start)
            if word is None or names.match_at(text, start, language) is not None or _stance_at(text, start, words):
                break
            token = word.group().rstrip()
            if not (token[0].isupper() or token.lower() in words.title_link):
                break
            at = start + len(token)
        if at > end and text[at - 1].isalpha() and _stance_at(text, SPACE.match(text, at).end(), words) \
                and text[:at].rsplit(None, 1)[-1].lower() not in words.title_link:
            end = at
    return end


def _subject(text: str, at: int, language: str, words: Words) -> tuple[int, bool] | None:
    """(end, is a plural office) of a collective speaker opening at at ("Member States", "Ministers", "Defence
    Ministers"), or None."""
    speaker = words.speakers.match(text, at)
    if speaker:
        return speaker.end(), bool(words.plural_office.fullmatch(speaker.group()))
    office = _field_office(text, at, language, words)
    return (office.end(), True) if office else None


def _field_office(text: str, pos: int, language: str, words: Words) -> re.Match[str] | None:
    """A plural office after the words of its field, in title case ("Defence Ministers", "Foreign Trade Ministers"):
    the match of the office noun, or None."""
    at = pos
    for _ in range(3):
        word = WORD.match(text, at)
        if word is None or not word.group()[0].isupper() or names.match_at(text, at, language) is not None:
            return None
        token = word.group().rstrip()
        if token.lower() not in words.title_words or token.lower() in words.title_link:
            return None
        at = word.end()
        if at == word.start() + len(token):
            return None  # no space after the word
        office = words.plural_office.match(text, at)
        if office and not text[office.end() : office.end() + 1].isalnum():
            return office
    return None


def annotate(para: Paragraph, members: list[str], language: str, words: Words) -> dict[str, object]:
    """speaker, endorsing_states, all_members_endorse and stances of one paragraph."""
    if para.section == "preamble":
        return {"speaker": None, "endorsing_states": [], "all_members_endorse": None, "stances": []}
    # a body paragraph without a speaker is the communiqué's own voice: all members present endorse it
    empty = {"speaker": None, "endorsing_states": sorted(set(members)), "all_members_endorse": True if members else None,
             "stances": []}
    text = para.text
    numbered = re.match(r"^\s*(?:\d{1,3}[.)]|\(\d{1,3}\)|[IVXL]{1,6}\.)\s+", text)
    pos = numbered.end() if numbered else 0
    lead = THE.match(text, pos)
    subject_at = lead.end() if lead else pos
    if not _subject(text, subject_at, language, words) and words.fronted.match(text, pos):
        sentence_end = min((i for c in ".;" if (i := text.find(c, pos)) >= 0), default=len(text))
        for comma in re.finditer(r",\s*", text[:sentence_end]):
            if comma.start() > pos:
                after = THE.match(text, comma.end())
                if _subject(text, after.end() if after else comma.end(), language, words):
                    pos = comma.end()
                    lead = after
                    subject_at = lead.end() if lead else pos
                    break
    codes: list[str] | None = None
    excluded = named_subject = subset = False
    speaker_m = _subject(text, subject_at, language, words)
    if speaker_m:
        end, plural_office = speaker_m
        if plural_office and (office := _office_after(text, end, language, words)) > end:
            subset_m = words.subset_after.match(text, office)  # «Министры обороны отметили», "… of Iran, … welcomed"
            end = subset_m.end() if subset_m else office
        exc = words.except_.match(text, end)
        of = OF.match(text, end)
        of_end, of_states = _state_list(text, of.end(), language, words) if of and not exc else (end, [])
        if exc:
            exc_end, listed = _state_list(text, exc.end(), language, words)
            if not listed:  # an office of the state excepted: "except the Minister of Foreign Affairs of India"
                exc_end, listed = _office_then_states(text, exc.end(), language, words)
            if listed:
                codes, excluded = listed, True
                end = exc_end + len(re.match(r",?", text[exc_end:]).group())  # type: ignore[union-attr]
        elif of_states:  # "The leaders of Kazakhstan, Kyrgyzstan and Russia", "Лидеры Казахстана и России"
            codes, end, named_subject = of_states, of_end, True
        elif clause := words.speaker_clause.match(text, end):  # "Member States that are parties to the Treaty …"
            end, subset = clause.end(), True
        speaker = text[subject_at:end].rstrip(" ,")
    else:
        lead_m = words.entry_lead.match(text, pos)
        end, listed = _state_list(text, pos, language, words)
        if not listed:
            end, listed = _adjective_sides(text, lead_m.end() if lead_m else pos, language)
        if not listed:  # "The Supreme Courts of Kazakhstan and Russia proposed": a body of named states, with its verb
            end, listed = _body_of_states(text, lead_m.end() if lead_m else pos, language, words)
            if not listed:
                return empty
        codes, speaker = listed, text[lead_m.end() if lead_m else pos : end]
    adverbs = words.adverbs.match(text, end)
    verb_at = adverbs.end() if adverbs else end
    first = words.stances.match(text, end + len(text[end:]) - len(text[end:].lstrip())) or words.stances.match(text, verb_at)
    if first is None and text[end : end + 1] == ",":  # a participial clause between subject and verb
        sentence_end = min((i for c in ".;" if (i := text.find(c, end)) >= 0), default=len(text))
        later = [m for m in re.finditer(r",\s*", text[:sentence_end]) if m.start() > end]
        for comma in later:
            adv = words.adverbs.match(text, comma.end())
            first = words.stances.match(text, comma.end()) or words.stances.match(text, adv.end() if adv else comma.end())
            if first:
                break
    if first is None and codes is not None and not excluded and not named_subject:
        return empty
    stances = [first.group()] if first else []
    stances += [verb.group() for verb in _speaker_verbs(text, first.end() if first else end, language, words)]
    if codes is not None:
        endorsing = sorted(set(members) - set(codes)) if excluded else sorted(set(codes))
        return {"speaker": speaker, "endorsing_states": endorsing,
                "all_members_endorse": bool(members) and set(endorsing) >= set(members), "stances": stances}
    if subset or words.partial.search(speaker):
        return {"speaker": speaker, "endorsing_states": [], "all_members_endorse": False, "stances": stances}
    return {"speaker": speaker, "endorsing_states": sorted(set(members)),
            "all_members_endorse": True if members else None, "stances": stances}


QUOTE_MARK = re.compile(r"[«»„“”]")


def _inside_quote(text: str, pos: int) -> bool:
    """True when pos is inside quotes: «…», “…” or „…“ (a “ closes an open „ and opens otherwise), nested or not."""
    open_marks: list[str] = []
    for m in QUOTE_MARK.finditer(text, 0, pos):
        mark = m.group()
        if mark in "«„" or (mark == "“" and (not open_marks or open_marks[-1] != "„")):
            open_marks.append(mark)
        elif open_marks and {"»": "«", "”": "“", "“": "„"}[mark] == open_marks[-1]:
            open_marks.pop()
    return bool(open_marks)
