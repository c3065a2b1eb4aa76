"""An attendance list cut into its entries, and what opens an entry or reads as one."""

from __future__ import annotations

import re

from scodata.lang import names
from scodata.lang.adjectives import _adjective_state
from scodata.lang.entries import _has_title, _name_part, _person_like, _trim_entry, parse_entry
from scodata.lang.words import Words

PARAGRAPH_NUMBER = re.compile(r"\s*(?:\d{1,3}[.)]|\(\d{1,3}\)|[IVXL]{1,6}\.)\s+")


def _title_word_taken_for_name(entry: str, name: str) -> bool:
    """True when what an entry's parse took for a name reads as words of its office: a lone word without an initial, a
    comma inside, or capitalised words right after "of", "and" ("Minister of| Natural Resources")."""
    if re.search(r"(?:^|[\s.-])[A-ZА-ЯЁ][a-zа-яё]?\.", name):
        return False
    return not _person_like(name) or "," in name or bool(re.search(r"(?:^|\s)(?:of|and|for|on|the)\s+" + re.escape(name)
                                                                       + r"[\s,;:]*$", entry))


def _marker(text: str, words: Words) -> tuple[re.Match[str], str] | None:
    for rx, role in words.markers:
        m = rx.search(text)
        if m:
            return m, role
    return None


def _starts_entry(text: str, language: str, words: Words) -> bool:
    """True when a fragment opens a new entry: an office word, a gazetteer name or a role marker."""
    lead = words.entry_lead.match(text)
    body = text[lead.end() :] if lead else text
    while (honorific := words.honorifics.match(body)) and honorific.end():  # "H.E. Premier …"
        body = body[honorific.end() :]
    first = body.split(" ", 1)[0].lower().strip(",.;:")
    return (first in words.title_words or all(p in words.title_words for p in first.split("-")) or names.match_at(body, 0, language) is not None
            or _marker(body[:60], words) is not None or _adjective_at_start(body, language, words))


def _looks_like_entry(text: str, language: str, words: Words) -> bool:
    """A short paragraph that is one entry of a list laid out as paragraphs (or a role marker heading)."""
    body = text[m.end() :] if (m := PARAGRAPH_NUMBER.match(text)) else text
    if len(text.split()) > 40 or any(rx.search(body) for rx in words.chair) or words.stances.search(text) \
            or words.attend.search(text):
        return False
    honorific = words.honorifics.match(text)
    if honorific:  # "H.E. Mr. X, Prime Minister of …"
        return bool(names.scan(text, language))
    if _starts_entry(text, language, words):
        return True
    parsed = parse_entry(_trim_entry(text), language, words)  # name first: "Roman Golovko, Prime Minister of …"
    return len(text.split()) <= 25 and bool(parsed["kind"] and parsed["name"] and _has_title(parsed, words))


def _adjective_at_start(text: str, language: str, words: Words) -> bool:
    """True when an entry opens with a state's nationality adjective (Chinese President …)."""
    lead = words.entry_lead.match(text)
    first = re.compile(r"[^\W\d_]+").match(text, lead.end() if lead else 0)
    return first is not None and _adjective_state(text, first, language) is not None


NAME_THEN_STATE = re.compile(r"\s*\(([^()]{2,60})\)")
ENTRY_GAP = re.compile(r"(?:[\s,;]|\band\b|\bas well as\b|\bи\b|\bа также\b)*$")


def _name_state_starts(text: str, start: int, end: int, language: str, words: Words) -> list[int]:
    """Starts of "<person's name> (<state>)" entries between start and end ("A. Rustamov (Tajikistan), Minister of
    …"): the name closes the text before the bracket and the bracket holds a state's name only."""
    starts: list[int] = []
    at = start
    for m in NAME_THEN_STATE.finditer(text, start, end):
        inner = names.match_at(text, m.start(1), language)
        if inner is None or inner.entity.kind != "state" or m.start(1) + (inner.end - inner.start) != m.end(1):
            continue
        comma = re.match(r"\s*,\s*([^,;]*)", text[m.end() : end])
        if comma is None or not _has_title({"title": comma.group(1)}, words):
            continue  # the office follows the bracket after a comma ("Name (State), Minister of …")
        rest, name = _name_part(text[at : m.start()], words)
        if not name or not _person_like(name) or not text[at : m.start()].rstrip().endswith(name):
            continue
        starts.append(text.rindex(name, at, m.start()))
        at = m.end()
    return starts


def _name_state_entries(text: str, start: int, end: int, language: str, words: Words) -> list[tuple[int, int]] | None:
    """Entries of a run-on list of "<name> (<state>), <title>" entries, each up to the next name (its title may hold
    commas and "and"); the last title ends where a further entry opens with a gazetteer name (", as well as SCO
    Secretary-General …"), and the entries after it are split as usual. None for fewer than two such entries."""
    starts = _name_state_starts(text, start, end, language, words)
    if len(starts) < 2:
        return None
    parts = []
    for i, a in enumerate(starts):
        b = starts[i + 1] if i + 1 < len(starts) else end
        if i + 1 < len(starts):
            b = a + ENTRY_GAP.search(text[a:b]).start()
        parts.append([start if i == 0 else a, b])
    a, b = parts[-1]
    tail = None
    for m in words.separators.finditer(text, text.index(")", a) + 1, b):
        body = text[m.end() : b]
        lead = words.entry_lead.match(body)
        if text[m.start() - 1 : m.start()] != ")" and names.match_at(body, lead.end() if lead else 0, language):
            tail = m.start()
            break
    if tail is None:
        return [(x, y) for x, y in parts]
    parts[-1][1] = a + ENTRY_GAP.search(text[a:tail]).start()
    return [(x, y) for x, y in parts] + split_entries(text, tail, end, language, words)


# a person's name opening a "<name>, <office> …" entry: initials and a surname (В.А.Пучков, A. B. Name), a surname and
# initials (Пучков В.А.) or two or three capitalised words (Гу Чаоси)
_INITIALS = r"(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?-?)+"
_WORD = r"[A-ZА-ЯЁ][a-zа-яё'’]+(?:-[A-ZА-ЯЁa-zа-яё][a-zа-яё'’]+)?"
NAME_THEN_OFFICE = re.compile(rf"(?:{_INITIALS}{_WORD}(?:\s{_WORD})?|{_WORD}\s{_INITIALS}|{_WORD}(?:\s{_WORD}){{1,2}})(?=\s*,\s*(?P<office>\S+))")
NAME_FIRST_GAP = re.compile(r"(?:^|[,;]\s*(?:(?:и|and|а также|as well as)\s+)?|\s(?:и|and)\s+)$")


def _name_first_starts(text: str, start: int, end: int, language: str, words: Words) -> list[int]:
    """Starts of the "<person's name>, <office> …" entries of a run-on list between start and end: a name at the
    list's start or after a comma, a semicolon or "and", followed by a comma and an office word, and not a gazetteer name."""
    lead = words.entry_lead.match(text, start, end)
    first = lead.end() if lead else start
    starts: list[int] = []
    for m in NAME_THEN_OFFICE.finditer(text, first, end):
        if m.start() != first and not NAME_FIRST_GAP.search(text, first, m.start()):
            continue
        office = m.group("office").lower().strip(".,;:")
        if office not in words.title_words or office in words.title_link or office in {"of", "the", "and", "и"}:
            continue
        if names.scan(m.group(), language) or not _person_like(m.group()):
            continue
        starts.append(m.start())
    return starts if starts and starts[0] == first else []


def _name_first_entries(text: str, start: int, end: int, language: str, words: Words) -> list[tuple[int, int]] | None:
    """Entries of a run-on list of "<name>, <office> of <state>" entries, each up to the next name (its office may
    hold commas and "и"/"and": «В.А.Пучков, Министр … по делам гражданской обороны, чрезвычайным ситуациям и …»); the
    last ends where, after its state, a further entry opens with an office word or a gazetteer name (", as well as
    SCO Secretary-General …"), split as usual. None for fewer than two such entries."""
    starts = _name_first_starts(text, start, end, language, words)
    if len(starts) < 2:
        return None
    parts = []
    for a, b in zip(starts, [*starts[1:], end], strict=True):
        gap = NAME_FIRST_GAP.search(text, a, b) if b != end else None
        parts.append((a, gap.start() if gap else b))
        if b != end and ";" in text[a : parts[-1][1]]:
            return None  # a ;-separated entry that is not of the shape: the list is read as usual
    a, b = parts[-1]
    found = names.scan(text[a:b], language)
    if not found:
        return parts
    for m in words.separators.finditer(text, a + found[0].end, b):
        if _starts_entry(text[m.end() : b].lstrip(), language, words):
            parts[-1] = (a, m.start())
            return parts + split_entries(text, m.end(), end, language, words)
    return parts


def split_entries(text: str, start: int, end: int, language: str, words: Words) -> list[tuple[int, int]]:
    """Local spans of the entries of an attendance list between start and end."""
    run_on = _name_state_entries(text, start, end, language, words)
    if run_on is None:
        run_on = _name_first_entries(text, start, end, language, words)
    if run_on is not None:
        return run_on
    cuts = [start]
    brackets = [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", text[start:end])]
    for m in words.separators.finditer(text, start, end):
        if any(a < m.start() < b for a, b in _entity_spans(text[start:end], language, start)):
            continue  # "Great Britain and Northern Ireland"
        if any(start + a < m.start() < start + b for a, b in brackets):
            continue  # "Olga Sidorchuk (Minister of Foreign Affairs, Republic of Belarus)"
        cuts += [m.start(), m.end()]
    cuts.append(end)
    parts: list[list[int]] = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=True):
        while a < b and text[a] in " \n":
            a += 1
        if a >= b:
            continue
        if len(parts) >= 2 and "\n" in text[parts[-2][1] : parts[-1][0]]:
            # two-line entries ("Prime Minister of the Republic of Belarus" / "R. Golovko"): a bare name on its own
            # line closes the state line above it
            above, bare = (parse_entry(text[x:y], language, words) for x, y in parts[-2:])
            if above["kind"] == "state" and not above["name"] and bare["kind"] is None and bare["name"] \
                    and not _has_title(bare, words):
                bare_end = parts.pop()[1]
                parts[-1][1] = bare_end
        if parts:
            prev = text[parts[-1][0] : parts[-1][1]]
            prev_has_entity = bool(names.scan(prev, language)) or _adjective_at_start(prev, language, words)
            prev_name = parse_entry(prev, language, words)["name"]
            between = text[parts[-1][1] : a]
            strong = ";" in between or "\n" in between  # entries of a ;- or line-separated list are complete
            piece = parse_entry(text[a:b], language, words)
            following = text[b:end].lstrip(" ")
            next_sep = words.separators.match(following)
            closes = following[:1] in ("", ";", "\n", ".") or (
                following[:1] == "," and _starts_entry(following[1:].lstrip(), language, words))
            closes_any = closes or bool(next_sep and _starts_entry(following[next_sep.end() :].lstrip(), language, words))
            first_word = text[a:b].split(" ", 1)[0].lower()
            if prev_name and not _person_like(str(piece["name"] or "")) and words.participle_aside.match(text, a + _lead_len(text[a:b], words), b):
                continue  # an aside about the person before (a participle phrase): left out of every entry
            two_line = len(parts) >= 2 and "\n" in text[parts[-2][1] : parts[-1][0]] \
                and (above := parse_entry(text[parts[-2][0] : parts[-2][1]], language, words))["kind"] == "state" \
                and not above["name"]
            if not prev_has_entity and prev_name and "," in between and piece["kind"] == "state" and not piece["name"] \
                    and not piece["title"] and closes_any and not two_line:
                parts[-1][1] = b  # the state after a person ("H.E. Prime Minister Ivan Karpovich, Belarus;")
                continue
            if prev_has_entity and prev_name and "," in between and piece["kind"] is None and not piece["name"] \
                    and _has_title({"title": first_word}, words) and closes \
                    and not _has_title(parse_entry(prev, language, words), words):
                # a title after the name ("Антон Сидоренко, премьер-министр"); a previous entry with an office of its
                # own is complete, the piece opens the next entry ("Министр планирования, развития и реформ …")
                parts[-1][1] = b
                continue
            if prev_has_entity and (not prev_name or _title_word_taken_for_name(prev, str(prev_name))) and not strong \
                    and piece["kind"] is None and _field_list_goes_on(prev, text[a:b], words):
                parts[-1][1] = b  # "Minister of Water Resources, Agriculture and Food A. Name": one field list
                continue
            if prev_has_entity and prev_name and _title_word_taken_for_name(prev, str(prev_name)) and not strong \
                    and piece["kind"] is None and not _starts_entry(text[a:b], language, words):
                parts[-1][1] = b  # "Minister of Water, Forests and … A.B. Name": the lone word taken for a name
                continue  # before is part of a title that goes on up to the person's name
            person = not prev_has_entity and prev_name and (_has_title(parse_entry(prev, language, words), words)
                                                             or ELLIPSIS.match(text, a + _lead_len(text[a:b], words), b))
            if person and (names.match_at(text, a + _lead_len(text[a:b], words), language)
                           or _adjective_at_start(text[a:b], language, words)):
                parts.append([a, b])  # "Prime Minister O. Bektenov, Russia by …": a person without a state, then an entry
                continue
            if _title_goes_on(prev, between, text[a:b], language, words):
                parts[-1][1] = b  # "от Республики Х – Министр права| и |юстиции А.Б.Имя": one office with "и" inside
                continue
            opens_role = prev_name and (found := _marker(text[a:b], words)) is not None and found[0].start() == 0
            if not opens_role and (not prev_has_entity
                                   or (not prev_name and not strong and not _starts_entry(text[a:b], language, words))):
                parts[-1][1] = b  # (a piece opening with a role marker after a named person starts an entry of its own)
                continue
        parts.append([a, b])
    return [(a, b) for a, b in parts]


FIELD_LIST_OPEN = re.compile(r"(?:^|\s)(?:of|for|and)\s+(?:the\s+)?[A-Z][\w'’-]*(?:,?\s+(?:and\s+)?[A-Z][\w'’-]*)*[\s,]*$")


def _field_list_goes_on(prev: str, piece: str, words: Words) -> bool:
    """True when a piece after a comma or "and" goes on with the fields of the office before it: that entry named its
    state and an office whose fields (capitalised words after "of") are still without a person, and the piece opens
    with a capitalised word and holds no word of an office of its own ("… Minister of Water Resources" | "Agriculture"
    | "Processing Industry A. Name"). Only for a language that lists its office words (capitalised titles)."""
    if not words.offices or not piece[:1].isupper() or not FIELD_LIST_OPEN.search(prev):
        return False
    return not any(w.lower().strip(".,;:") in words.offices for w in piece.split())


AND_ONLY = re.compile(r"\s+(?:и|and)\s+")


def _title_goes_on(prev: str, between: str, piece: str, language: str, words: Words) -> bool:
    """True when a piece after a bare "и"/"and" goes on with the office of the entry before it: that entry named its
    state before an office still without a person («от Республики Х – Министр права» | «юстиции А.Б.Имя»), and the
    piece opens with a lower-case office word (a field in the genitive, never a new office of its own)."""
    if not AND_ONLY.fullmatch(between) or not piece[:1].islower() or piece.split(" ", 1)[0] not in words.title_words:
        return False
    found = names.scan(prev, language)
    if not found or parse_entry(prev, language, words)["name"]:
        return False
    return any(w.lower() in words.title_words for w in prev[found[-1].end :].split())


# an elided entry of a list, a state's name or adjective then a dash or "by": "Казахстанскую делегацию возглавлял
# О.Бектенов, кыргызскую – А.Жапаров", "… headed by O. Bektenov, the Kyrgyz one by A. Zhaparov"
ELLIPSIS = re.compile(r"[^\W\d_][\w-]*(?: [^\W\d_][\w-]*)?\s*(?:[–—]\s|(?:delegation |one )?by\s)")


def _lead_len(text: str, words: Words) -> int:
    lead = words.entry_lead.match(text)
    return lead.end() if lead else 0


def _entity_spans(text: str, language: str, offset: int) -> list[tuple[int, int]]:
    return [(offset + m.start, offset + m.end) for m in names.scan(text, language)]


def _entry_item(text: str, s: int, e: int, language: str,
                words: Words) -> tuple[int, int, str | None, str | None, str]:
    """One part of an attendance sentence: (start, end, role of a marker opening it, role of a marker inside or after
    its entry, the entry's text without that marker); start == end when the part is a marker only."""
    lead_m = words.entry_lead.match(text, s, e)
    s = lead_m.end() if lead_m else s
    found = _marker(text[s:e], words)
    opening = after = None
    entry = None
    if found:
        m, marker_role = found
        pre = text[s : s + m.start()]
        if m.start() == 0 or not (names.scan(pre, language) or _adjective_at_start(pre, language, words)):
            s, opening = s + m.end(), marker_role
            lead_m = words.entry_lead.match(text, s, e)
            s = lead_m.end() if lead_m else s
        elif _name_part(_trim_entry(text[s + m.end() : e]), words)[1] \
                and not parse_entry(text[s : s + m.start()], language, words)["name"]:
            after = marker_role  # "от Туркменистана в качестве гостя – заместитель … Р.Мередов"
            entry = _trim_entry(text[s : s + m.start()] + " " + text[s + m.end() : e])
        else:
            e, after = s + m.start(), marker_role
    e = s + len(_trim_entry(text[s : e + 1 if text[e : e + 1] == "." else e]))  # the sentence's stop after an initial
    return s, max(s, e), opening, after, entry if entry is not None else text[s:max(s, e)]
