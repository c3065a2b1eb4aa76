"""The participants table: attendance sentences and lists, role markers and the chair."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from scodata import gazetteer
from scodata.extract.records import number_records, span_record
from scodata.extract.roles import marked_or_dated_role
from scodata.lang import names
from scodata.lang.alphabetic import Rules, sentences
from scodata.lang.entries import _has_title, _name_part, _person_like, _trim_entry, parse_entry
from scodata.lang.entry_lists import PARAGRAPH_NUMBER, _entry_item, _looks_like_entry, _marker, split_entries
from scodata.lang.speakers import annotate
from scodata.lang.words import Words
from scodata.model import Paragraph, Record

AUXILIARIES = re.compile(r"(?:(?<![\w-])(?:was|were|is|are|has|have|had|been|also|then|также|был|была|было|были)\s+)+$")


def _role(parsed: dict[str, object], marker: str | None, meeting_date: str | None) -> str:
    """The text's own marker first (a guest of the presiding party is a guest whatever its status); else the
    state's SCO status on the meeting date (a state without a status that day is a guest), as in Chinese;
    without a date, the current status."""
    role = marked_or_dated_role(parsed, marker, meeting_date)
    if role is not None:
        return role
    code = str(parsed["state_code"]) if parsed["state_code"] else None
    entity = gazetteer.get(code) if code else None
    if entity is not None and entity.sco_status == "member":
        return "member_state"
    if entity is not None and entity.sco_status == "observer":
        return "observer_state"
    return "guest"


@dataclass
class _Item:
    """A part of an attendance sentence: an entry (parsed) or a role marker alone (parsed None)."""

    clause: int
    s: int
    e: int
    parsed: dict[str, object] | None
    opening: str | None = None  # role of a marker opening the part
    after: str | None = None  # role of a marker inside or after the entry
    chair: bool = False  # the entry carries a chair mark: "(председательствующий)", "(Chair)"


MARKER_THEN_COMMA = re.compile(r"\S[^,:;]*,\s*(?:(?:and|и|а также)\s+)?(?:the\s+)?$")


def _joined_title(text: str, state: _Item, person: _Item, words: Words) -> object:
    """The title of a state part merged with the person part after it: the person's title, or both titles when only
    a comma stands between them ("Государственный советник, Министр иностранных дел Ван И": two offices held)."""
    p, q = state.parsed or {}, person.parsed or {}
    if p.get("title") and q.get("title") and _has_title(p, words) and text[state.e : person.s].strip() == ",":
        return f"{p['title']}, {q['title']}"
    return q.get("title") or p.get("title")


def _sentence_records(doc_id: str, para: Paragraph, a: int, b: int, language: str, words: Words,
                      meeting_date: str | None, role: str | None = None) -> tuple[list[Record], str | None]:
    """Records of an attendance sentence, wherever its entries stand: the attendance verbs cut it into clauses, each
    clause into entries (anchored on gazetteer names, office words and person names). A role marker opens the entries
    after it in its clause, or, when none follow, closes the clause before (X attended as an observer). A state part
    without a person and a person part without a state next to each other are one entry (Монголию … представляет
    президент …). Returns the records and the role in force at the end (for entries in the next paragraphs)."""
    text = para.text
    cuts = [(a, a)]
    for m in words.attend.finditer(text, a, b):
        tail = words.attend_tail.match(text, m.end(), b)
        aux = AUXILIARIES.search(text, a, m.start())  # "… were also in attendance"
        cuts.append((aux.start() if aux else m.start(), tail.end() if tail else m.end()))
    attend_ends = {ca for _, ca in cuts[1:]}
    chair_at = {m.end() for m in words.chair_cut.finditer(text, a, b)}  # the entry after it is the chair
    cuts += [(m.start(), m.end()) for m in words.chair_cut.finditer(text, a, b)]
    cuts = sorted(cuts) + [(b, b)]
    chair_clauses = {i for i, (_, ca) in enumerate(cuts) if ca in chair_at}
    items: list[_Item] = []
    for clause, ((_, ca), (cb, _)) in enumerate(zip(cuts, cuts[1:], strict=False)):
        lead_m = words.entry_lead.match(text, ca, cb)
        opening_m = _marker(text[lead_m.end() if lead_m else ca : cb], words)
        if opening_m and opening_m[0].start() == 0:  # a marker opening the clause: "главы государств – членов ШОС:"
            ca = (lead_m.end() if lead_m else ca) + opening_m[0].end()
            items.append(_Item(clause, ca, ca, None, opening=opening_m[1]))
        else:
            ca = _after_plain_lead(text, ca, cb, language)
        if ca >= cb:
            continue
        spans, at = [], ca
        for rs, re_, entries in _respectively(text, ca, cb, language, words):  # Kazakhstan and … – X and …
            spans += split_entries(text, at, rs, language, words) if text[at:rs].strip(" ,;:") else []
            items += [_Item(clause, es, ee, parsed) for es, ee, parsed in entries]
            at = re_
        for s, e in spans + split_entries(text, at, cb, language, words) if at < cb else spans:
            raw = text[s:e]  # with a relative chair clause the entry's text leaves out (", who chaired the meeting")
            s, e, opening, after, entry = _entry_item(text, s, e, language, words)
            chair_mark = words.chair_mark.search(entry)
            if chair_mark:
                entry = (entry[: chair_mark.start()] + " " + entry[chair_mark.end() :]).strip()
            chaired = bool(chair_mark or words.chair_mark.search(raw))
            parsed = parse_entry(entry, language, words) if s < e else None
            if parsed is not None and parsed["kind"] is None and not parsed["name"]:
                parsed = None
            if parsed is not None or opening is not None or after is not None:
                items.append(_Item(clause, s, e, parsed, opening, after, chair=chaired))
    merged: list[_Item] = []
    for item in items:  # a state without a person next to a person without a state (markers between): one entry
        prev = next((m for m in reversed(merged) if m.parsed), None)
        p, q = prev.parsed if prev else None, item.parsed
        if prev and p and q and p["kind"] == "state" and not p["name"] and q["kind"] is None and q["name"] \
                and not item.opening and item.clause - prev.clause <= 1:
            prev.parsed = dict(p, title=_joined_title(text, prev, item, words), name=q["name"])
            prev.e, prev.after = item.e, item.after or prev.after
            continue
        merged.append(item)
    roles: list[str | None] = [None] * len(merged)
    current = role
    closed: set[int] = set()  # markers that closed the clause before them
    for i, item in enumerate(merged):
        if item.opening is not None and cuts[item.clause][1] in attend_ends \
                and not any(o.clause == item.clause for o in merged[:i]):
            # "X attended as a guest of the presiding party, and Y …": the marker right after the verb, then a comma
            # before the next entry, closes the entries before the verb
            first = next((o for o in merged[i:] if o.clause == item.clause and o.parsed), None)
            previous = [j for j in range(i) if merged[j].parsed and not merged[j].after and roles[j] is None
                        and merged[j].clause == item.clause - 1]
            if first is not None and previous and MARKER_THEN_COMMA.search(text, cuts[item.clause][1], first.s):
                for j in previous:
                    roles[j] = item.opening
                closed.add(i)
                if item.parsed is None:
                    continue
                item = dataclasses.replace(item, opening=None)
        if item.opening is not None and item.parsed is None:  # a marker alone: forward, or back over its clause
            later = any(o.parsed and o.clause == item.clause for o in merged[i + 1 :])
            earlier = [j for j in range(i) if merged[j].parsed and not merged[j].after and merged[j].clause == item.clause]
            earlier = earlier or [j for j in range(i) if merged[j].parsed and not merged[j].after
                                  and merged[j].clause == item.clause - 1]
            if any(o.opening is not None for j, o in enumerate(merged[:i]) if o.clause == item.clause and j not in closed):
                earlier = earlier[-1:]  # under a role opened earlier in the clause: the closing marker is the last entry's
            if not later and earlier:
                for j in earlier:
                    roles[j] = item.opening
            else:
                current = item.opening
            continue
        if item.opening is not None:
            current = item.opening
        if roles[i] is None:
            roles[i] = item.after or current
    records: list[Record] = []
    for item, item_role in zip(merged, roles, strict=True):
        parsed = item.parsed
        if not parsed or not (_has_title(parsed, words) or (parsed["name"] and parsed["kind"])):
            continue
        chair = (item.clause in chair_clauses or item.chair) and not any(r["is_chair"] for r in records)
        listed = next((r for r in records if _same(r, parsed)), None) if item.clause in chair_clauses else None
        if listed is not None:  # the chair phrase names an attendee already listed: "Мы, … – под председательством …"
            listed["is_chair"] = chair
            continue
        record = span_record(doc_id, "participant_id", para, item.s, item.e)
        record["role"] = _role(parsed, item_role, meeting_date)
        record.update({k: v for k, v in parsed.items() if k != "kind"})
        record["is_chair"] = chair
        records.append(record)
    return records, current


def _respectively(text: str, a: int, b: int, language: str,
                  words: Words) -> list[tuple[int, int, list[tuple[int, int, dict[str, object]]]]]:
    """Entries written state by state then person by person: "the Prime Ministers of Kazakhstan, Kyrgyzstan and
    Tajikistan – O. Bektenov, A. Zhaparov and K. Rasulzoda", "… of India and Pakistan, N. Rao and S. Sharif,
    respectively", «главы правительств Казахстана и Киргизии – соответственно О.Бектенов и А.Жапаров»: the n-th
    person is the n-th state's, when a dash or the word respectively follows the states and as many persons as
    states follow. Returns (start, end, entries) of each such run; an entry is (start, end, parsed)."""
    found = [m for m in names.scan(text[a:b], language) if m.entity.kind == "state"]
    runs: list[tuple[int, int, list[tuple[int, int, dict[str, object]]]]] = []
    i = 0
    while i < len(found):
        run = [found[i]]
        while i + len(run) < len(found) and RESP_AND.fullmatch(text, a + run[-1].end, a + found[i + len(run)].start):
            run.append(found[i + len(run)])
        i += len(run)
        after = RESP_AFTER_STATES.match(text, a + run[-1].end, b)
        if len(run) < 2 or after is None:
            continue
        pos, people = after.end(), []
        while len(people) < len(run) and (name := RESP_NAME.match(text, pos, b)):
            people.append(name)
            pos = name.end()
            sep = RESP_AND.match(text, pos, b)
            if len(people) < len(run):
                if sep is None:
                    break
                pos = sep.end()
        tail = RESP_TAIL.match(text, pos, b)
        if len(people) != len(run) or not (after.group("sep") != "," or after.group("word") or tail) \
                or any(names.scan(p.group(), language) for p in people):
            continue
        title = _plural_office(text[a : a + run[0].start], words)
        entries = []
        for state, person in zip(run, people, strict=True):
            parsed = parse_entry(f"{state.text} {person.group()}", language, words)
            if parsed["state_code"] != state.entity.entity_id or parsed["name"] != person.group():
                break
            entries.append((a + state.start, person.end(), dict(parsed, title=title)))
        else:
            runs.append((a + run[0].start, tail.end() if tail else pos, entries))
    return runs


def _plural_office(lead: str, words: Words) -> str | None:
    """The office of a "respectively" list, in the singular ("the Prime Ministers of" -> Prime Minister,
    «премьер-министры» -> премьер-министр); None for a generic word (heads, leaders, главы)."""
    office = RESP_LEAD_NOISE.sub("", lead).strip()
    office = re.sub(r"\s+of(?:\s+the)?$|^(?:the|The)\s+", "", office).strip()
    if not office or len(office.split()) > 5 or RESP_GENERIC.match(office):
        return None
    parts = office.split(" ")
    for k, w in enumerate(parts):
        single = w[:-1] if w.endswith(("s", "ы", "и")) else ""
        if single and all(p in words.title_words for p in single.lower().split("-")):
            return " ".join([*parts[:k], single, *parts[k + 1 :]])
    return None


RESP_AND = re.compile(r"\s*,\s*(?:and\s+|и\s+)?|\s+(?:and|и|as well as|а также)\s+")
RESP_AFTER_STATES = re.compile(r"\s*(?P<sep>[–—]|,)\s*(?P<word>(?:respectively|соответственно),?\s+)?")
RESP_TAIL = re.compile(r",?\s*(?:respectively|соответственно)\b")
RESP_NAME = re.compile(r"(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?){1,3}[A-ZА-ЯЁ][\w'’-]+"
                       r"|[A-ZА-ЯЁ][\w'’-]+(?:\s(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?){1,3}(?![\w'’-])|(?:\s[A-ZА-ЯЁ][\w'’-]+){1,2})")
RESP_GENERIC = re.compile(r"(?i)^(?:heads?|leaders?|representatives?|главы|лидеры|руководители|представители)\b")
RESP_LEAD_NOISE = re.compile(r"^.*\b(?:by|were|was|included|including|участие|участвовали|присутствовали)\s+|^\W+")


LEAD_COLON = re.compile(r"[^:;()]{1,60}?:\s*")


def _after_plain_lead(text: str, a: int, b: int, language: str) -> int:
    """Where the entries of a clause start: after a short lead ending in a colon that names no state, body or
    person ("heads of delegation:", "главы делегаций:"); the lead is the list's heading, not a first entry's title."""
    lead = LEAD_COLON.match(text, a, b)
    if lead is None or len(lead.group().split()) > 6 or names.scan(lead.group(), language) \
            or re.search(r"[A-ZА-ЯЁ][a-zа-яё]?\.", lead.group()):
        return a
    return lead.end()


def extract_participants(doc_id: str, paragraphs: list[Paragraph], rules: Rules, words: Words,
                         meeting_date: str | None = None) -> list[Record]:
    """Attendees in the order listed, with roles from the text's markers; the chair flagged is_chair.
    A list may follow its lead sentence ("… was attended by:") as paragraphs of their own, one entry each."""
    language = rules.tag
    records: list[Record] = []
    chairs: list[tuple[Paragraph, int, int]] = []
    listed: set[int] = set()  # paragraphs consumed as entries of a preceding list
    for k, para in enumerate(paragraphs):
        if k in listed or annotate(dataclasses.replace(para, section="body"), [], language, words)["stances"]:
            continue  # a statement of the meeting ("The Heads of State welcomed the Forum, attended by …")
        text = para.text
        mark = len(records)
        for a, b in sentences(text, rules):
            # a line after a sentence that gave entries goes on with its list ("…: Name;" / "SCO Secretariat: …")
            list_goes_on, mark = len(records) > mark and text[:a].rstrip(" \t").endswith("\n"), len(records)
            number = PARAGRAPH_NUMBER.match(text, a, b)  # "4. Председательствовал …"
            a = number.end() if number else a
            sentence = text[a:b]
            chair = next((m for rx in words.chair if (m := rx.search(sentence))), None)
            attend = words.attend.search(sentence)
            if chair and not attend:
                if para.section == "preamble":  # "Мы, <list>, собравшись …, под председательством <chair>,"
                    found = _sentence_records(doc_id, para, a, b, language, words, meeting_date)[0]
                    listed_people = sum(1 for r in found if not r["is_chair"] and _person_like(str(r["name"] or "")))
                    if listed_people >= 2 and any(r["is_chair"] for r in found):
                        records += found  # the list, its chair flagged (named again after the chair phrase)
                        continue
                chairs.append((para, a + chair.start("who"), a + chair.end("who")))
                continue
            heading = (not attend and not chair and sentence.rstrip().endswith(":") and len(sentence.split()) <= 10
                       and b >= len(text.rstrip()) - 1 and k + 1 < len(paragraphs)
                       and _looks_like_entry(paragraphs[k + 1].text, language, words))  # "Participants:" then entries
            if not attend and not heading:
                if para.section == "preamble" and not chair:  # a list under an unknown lead ("Among those present …")
                    found = _sentence_records(doc_id, para, a, b, language, words, meeting_date)[0]
                    named = sum(1 for r in found if _person_like(str(r["name"] or "")))
                    if named >= 2 or (named and (_marker(sentence, words) or list_goes_on)):
                        # two entries, or one under a role heading or on a line of a list going on
                        records += found
                continue
            attend_start, attend_end = (attend.start(), attend.end()) if attend else (len(sentence), len(sentence))
            tail = words.attend_tail.match(sentence, attend_end)
            after_start = tail.end() if tail else attend_end
            rest = sentence[after_start:]
            opening = _marker(rest, words)
            if opening and opening[0].start() <= 4 and not rest[opening[0].end() :].strip(" :"):
                rest = ""  # "attended by the heads of delegations of the member states:" then the entries
            if heading:
                lead, (ls, le) = sentence, (b, b)
            elif names.scan(rest, language) or _name_part(rest, words)[1]:
                lead, (ls, le) = sentence[: attend_start], (a + after_start, b)
            elif not rest.strip(" :") and (text[a:].rstrip().endswith(":") or not sentence[: attend_start].strip()):
                lead, (ls, le) = sentence[: attend_start], (b, b)  # the entries follow as paragraphs
            else:
                lead, (ls, le) = sentence[attend_end :], (a, a + attend_start)
            if ls != le or ls != b:  # entries on either side of the verb(s), anywhere in the sentence
                records += _sentence_records(doc_id, para, a, b, language, words, meeting_date)[0]
                continue
            lead_marker = _marker(lead, words) or (opening if not rest else None)
            role: str | None = lead_marker[1] if lead_marker else None
            for j in range(k + 1, len(paragraphs)):  # the entries follow as paragraphs of their own
                following = paragraphs[j]
                if not _looks_like_entry(following.text, language, words):
                    break
                listed.add(j)
                found, role = _sentence_records(doc_id, following, 0, len(following.text), language, words, meeting_date, role)
                records += found
    for para, a, b in chairs:
        lead_m = words.entry_lead.match(para.text, a, b)
        a = lead_m.end() if lead_m else a
        b = a + len(_trim_entry(para.text[a : b + 1 if para.text[b : b + 1] == "." else b]))
        parsed = parse_entry(para.text[a:b], language, words)
        office = CHAIR_OFFICE_AFTER.match(para.text, b)
        if parsed["kind"] is None and _person_like(str(parsed["name"] or "")) and office:
            # "under the chairmanship of Mr. A. Name, Minister of … of <state>.": the office after the name is his
            fuller = parse_entry(para.text[a : office.end("office")], language, words)
            if fuller["kind"] is not None and fuller["name"] == parsed["name"] and _has_title(fuller, words):
                parsed, b = fuller, office.end("office")
        match = next((r for r in records if _same(r, parsed)), None)
        if match is None and parsed["kind"] is None and parsed["name"]:  # a name alone: "chaired by D.K. Amangeldiev"
            surname = _surname(str(parsed["name"]))[:4]
            named = [r for r in records if r["name"] and _surname(str(r["name"]))[:4] == surname]
            match = named[0] if len(named) == 1 else None
        if match is None and parsed["kind"] is not None and _person_like(str(parsed["name"] or "")):
            # the chair named with another office ("Chairman of the body's Council – Minister of … A.B. Name") is the
            # listed person of the same full name
            key = re.sub(r"\s+", "", str(parsed["name"]))
            named = [r for r in records if r["name"] and re.sub(r"\s+", "", str(r["name"])) == key]
            match = named[0] if len(named) == 1 else None
        if match is not None:
            match["is_chair"] = True
            continue
        if parsed["kind"] is None and not parsed["name"]:
            continue
        record = span_record(doc_id, "participant_id", para, a, b)
        record["role"] = _role(parsed, None, meeting_date)
        record.update({k: v for k, v in parsed.items() if k != "kind"})
        record["is_chair"] = True
        records.append(record)
    records.sort(key=lambda r: int(r["start"]))  # type: ignore[call-overload]
    return number_records(doc_id, "participant_id", "a", records)


CHAIR_OFFICE_AFTER = re.compile(r",\s*(?P<office>[^,;:()\n]+?)\s*(?:[.;]\s|[.;]?$|,\s*(?=(?:the|The)\s))")


def _surname(name: str) -> str:
    """The longest word of a name without its initials (Головко Р.А., R.A. Golovko, Ли Цян -> Головко, Golovko, Цян)."""
    return max(re.findall(r"[^\W\d_]{2,}(?![.\w])", name) or [name], key=len)


def _same(record: Record, parsed: dict[str, object]) -> bool:
    """Same attendee: same state or body, and (when both have one) names sharing their last word's stem."""
    if parsed["state_code"] != record["state_code"] or parsed["organisation_id"] != record["organisation_id"]:
        return False
    if parsed["state_code"] is None and parsed["organisation_id"] is None:
        return False
    if parsed["name"] and record["name"]:
        a, b = _surname(str(parsed["name"])), _surname(str(record["name"]))
        return a[:4] == b[:4]
    return True
