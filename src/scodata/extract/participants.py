"""Participants of the meeting: attendance lists (X出席会议, X列席会议) and the chair (X主持会议)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from scodata import gazetteer
from scodata.extract.records import number_records, span_record
from scodata.model import Paragraph, Record

# Last word of an office title; the look-aheads keep 主席国, 代表团, 委员会, 秘书处 out.
HEAD = (
    r"(?:总统|总理|首相|主席(?!国)|议长|部长(?!会)|外长|大臣|秘书长|秘书(?![处长])|主任|负责人|代表(?!团)"
    r"|特使|大使|顾问|总干事|协调员|首脑|元首|国王|王储|埃米尔|司长|局长|署长|书记|委员(?!会)|助理"
    r"|领导人|领袖|行长|总裁|会长|理事长|执行官|团长)"
)
MODIFIER = r"(?:第一|常务|执行|轮值|代理|代|副|名誉|特别|高级|首席|常设机构|总)"
TITLE = rf"{MODIFIER}*{HEAD}"
TITLE_CHAIN = re.compile(rf"{TITLE}(?:[、兼]{TITLE})*")
HEAD_RE = re.compile(HEAD)
NAME_RE = re.compile(r"^[\u4e00-\u9fff·•・‧．.\-]{1,15}$")
TERM_RE = re.compile(r"(?P<term>\d{4}(?:\s*-\s*\d{4})?年度?)$")
# Organs between an organisation's name and the office: 理事会, 执行委员会, 秘书处 (and a term of office).
ORGAN_RE = re.compile(r"(?:执行委员会|执委会|理事会|委员会|秘书处|执行局|董事会|大会|执行机构)*(?:\d{4}(?:\s*-\s*\d{4})?年度?)?")
SCO_PREFIX = re.compile(r"上海合作组织|上合组织")
SECRETARY = {"秘书长": "SCO-SEC", "副秘书长": "SCO-SEC"}

_SCO = r"(?:上海合作组织|上合组织)?"
ROLE_MARKERS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"^{_SCO}观察员国的?(?:代表团团长|代表|领导人|元首|政府首脑)?[：:]?"), "observer_state"),
    (re.compile(rf"^{_SCO}对话伙伴国?的?(?:代表团团长|代表|领导人)?[：:]?"), "dialogue_partner"),
    (re.compile(r"^(?:会议)?(?:主办国|主席国|东道国)?的?(?:特邀)?(?:客人|嘉宾)[：:]?"), "guest"),
    (re.compile(r"^应[^，,。；;]{0,20}?邀请[，,]?"), "guest"),
    (re.compile(rf"^{_SCO}成员国的?(?:代表团团长|代表|领导人|元首|政府首脑)[：:]?"), "member_state"),
    (re.compile(r"^国际组织的?(?:代表|负责人|领导人)?[：:]?"), "international_organisation"),
]
# Any of the markers, matched at a position (their ^ dropped: match anchors anyway): None when none starts there.
ANY_MARKER = re.compile("|".join(f"(?:{pattern.pattern.removeprefix('^')})" for pattern, _ in ROLE_MARKERS))
# A capacity written after the list: "X和Y作为主席国客人出席会议", "X以观察员国身份出席会议".
TRAILING_MARKER = re.compile(
    r"(?:作为|以)(?:会议)?(?P<what>(?:主办国|主席国|东道国)?的?(?:特邀)?(?:客人|嘉宾)|观察员国|对话伙伴国?|成员国)"
    r"(?:的)?(?:代表|领导人|元首)?(?:身份)?$"
)
TRAILING_ROLE = {"观察员国": "observer_state", "成员国": "member_state"}
# Role of a state with no marker in the text, from its SCO status on the meeting date.
STATUS_ROLE = {"member": "member_state", "observer": "observer_state", "dialogue_partner": "dialogue_partner"}
ATTEND = re.compile(r"(?P<verb>出席|列席|参加)了?(?:本次|此次)?(?:会议|峰会|会晤|活动)?$")
ATTEND_LEAD = re.compile(r"^(?:出席|列席|参加)(?:本次|此次)?(?:会议|峰会|会晤)的(?:还)?(?:有|包括)[：:]")
CHAIR = re.compile(r"^(?:会议由)?(?P<who>.+?)主持了?(?:本次|此次)?(?:会议|峰会|会晤)?$")
CLAUSE = re.compile(r"[，,；;]")
SENTENCE = re.compile(r"[^。！？!?]+")
ATTENDANCE_VERB = re.compile("出席|列席|参加|主持")  # ATTEND, ATTEND_LEAD and CHAIR each need one
SEPARATOR = re.compile(r"[、，,；;]|以及|及|和|与")
ORG_SUFFIX = re.compile(r"(?:组织|联盟|联合体|委员会|秘书处|机构|银行|基金|办公室|理事会|论坛|中心)")


@dataclass
class Item:
    """One entry of an attendance list: local span and the role set by a preceding marker."""

    start: int
    end: int
    role: str | None


def _names_attendance(text: str) -> bool:
    """True when text has a verb that an attendance list or a chair needs (a fast test before the patterns)."""
    return ATTENDANCE_VERB.search(text) is not None


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Local spans of the sentences of a paragraph, without the closing 。."""
    for m in SENTENCE.finditer(text):
        a, b = m.span()
        while a < b and text[a].isspace():
            a += 1
        if a < b:
            yield a, b


def _clause_offset(sentence: str, clause: str) -> int:
    """Offset of a comma-separated clause within its sentence."""
    pos = 0
    for part in CLAUSE.split(sentence):
        if part == clause:
            return pos
        pos += len(part) + 1
    return 0


def _strip_marker(text: str, pos: int, end: int) -> tuple[int, str | None]:
    """Skip a role marker (成员国代表团团长：, 应主席国邀请) at pos: (where the entry goes on, its role or None)."""
    role = None
    if ANY_MARKER.match(text, pos, end) is None:
        return pos, role  # one test for the common case: no marker
    window = text[pos:end]
    for pattern, marker_role in ROLE_MARKERS:
        m = pattern.match(window)
        if m and m.end():
            pos, role = pos + m.end(), marker_role
            break
    return pos, role


def _starts_item(text: str, pos: int) -> bool:
    """True when a gazetteer name or a role marker starts at pos."""
    return gazetteer.match_at(text, pos) is not None or _strip_marker(text, pos, len(text))[1] is not None


def split_items(text: str, start: int, end: int) -> list[Item]:
    """Entries of an attendance list between start and end (、 or 以及/和 before an entity separates them)."""
    gazetteer.starts(text)  # one scan of the paragraph for the name lookups at every separator
    cuts = [start]
    for m in SEPARATOR.finditer(text, start, end):
        if m.group() in "、，,；;" or _starts_item(text, m.end()):
            cuts += [m.start(), m.end()]
    cuts.append(end)
    items: list[Item] = []
    role: str | None = None
    for a, b in zip(cuts[::2], cuts[1::2], strict=True):
        while a < b and text[a].isspace():
            a += 1
        a, marker = _strip_marker(text, a, b)
        role = marker or role
        if a >= b:
            continue
        if items and not marker and not gazetteer.match_at(text, a):
            previous = parse_entry(text[items[-1].start : items[-1].end])
            # the previous entry is unfinished: "代总理、第一副总理诺维科夫", "工业、矿业和贸易部长阿塔巴克"
            unfinished = previous["name"] is None and parse_entry(text[a:b])["kind"] != "organisation"
            if not previous["title"] or unfinished:
                items[-1].end = b
                continue
        items.append(Item(a, b, role))
    return items


def _title_and_name(rest: str) -> tuple[str, str | None]:
    """Split the text after a state or organisation into (title part, name)."""
    for m in reversed(list(HEAD_RE.finditer(rest))):
        tail = rest[m.end() :]
        if not tail or (NAME_RE.match(tail) and not HEAD_RE.search(tail)):
            return rest[: m.end()], tail or None
    if NAME_RE.match(rest):
        return "", rest
    return rest, None


def parse_entry(entry: str) -> dict[str, object]:
    """State or organisation, title, name and term of one attendance entry."""
    out: dict[str, object] = dict(state=None, state_code=None, organisation=None, organisation_id=None,
                                  title=None, name=None, term=None, kind=None)
    found = gazetteer.match_at(entry, 0)
    entity, entity_end = (found.entity, found.end) if found else (None, 0)
    if entity is not None and entity.entity_id == "SCO":
        body = gazetteer.match_at(entry, entity_end)
        if body and body.entity.kind == "sco_body":
            entity, entity_end = body.entity, body.end
    head_part, name = _title_and_name(entry[entity_end:])
    out["name"] = name
    if entity is not None and entity.kind == "state":
        out.update(state=entry[:entity_end], state_code=entity.entity_id, title=head_part or None, kind="state")
        return out
    if entity is None:  # not in the gazetteer: an organisation when it reads like one, office at the end
        title_m = next((m for k in range(len(head_part)) if (m := TITLE_CHAIN.fullmatch(head_part, k))), None)
        organisation = (head_part[: title_m.start()] if title_m else head_part) or None
        title = title_m.group() if title_m else None
        out["kind"] = "organisation" if organisation and _organisation_like(organisation) else None
    else:
        organ = ORGAN_RE.match(head_part)
        body_text = organ.group() if organ else ""
        title = head_part[len(body_text) :].strip() or None
        term = TERM_RE.search(body_text)
        if term:
            body_text = body_text[: term.start()]
            out["term"] = re.sub(r"\s+", "", term["term"])
        organisation = entry[:entity_end] + body_text
        out["kind"] = "sco" if entity.is_sco else "organisation"
    org_id = entity.entity_id if entity is not None else None
    if org_id == "SCO" and title in SECRETARY:
        org_id = SECRETARY[title]
    out.update(organisation=organisation, organisation_id=org_id, title=title)
    return out


def _organisation_like(text: str) -> bool:
    """True when a name not in the gazetteer ends like an organisation (…组织, …委员会)."""
    return bool(text) and ORG_SUFFIX.search(text) is not None


def _trailing_role(what: str) -> str:
    if what.startswith("对话伙伴"):
        return "dialogue_partner"
    return TRAILING_ROLE.get(what, "guest")


def _role(parsed: dict[str, object], marker: str | None, verb: str, meeting_date: str | None = None) -> str:
    """The text's own marker first; else the state's SCO status on the meeting date (a state without a status
    that day is a guest); without a date, the attendance verb and the current status."""
    kind = parsed["kind"]
    if kind == "sco":
        return "sco_body"
    if kind == "organisation":
        return "international_organisation"
    code = str(parsed["state_code"]) if parsed["state_code"] else None
    by_date = STATUS_ROLE.get(gazetteer.status_on(code, meeting_date) or "", "guest") if meeting_date and code else None
    if marker:
        # a member/observer/dialogue-partner marker (often carried over a list) never gives a state a status it
        # did not hold that day
        return by_date if by_date and marker in STATUS_ROLE.values() and marker != by_date else marker
    if by_date:
        return by_date
    if kind == "state" and verb == "出席":
        return "member_state"
    entity = gazetteer.get(code) if code else None
    if entity is not None and entity.sco_status in ("observer", "member"):
        return "observer_state"
    return "guest"


def _same_person(record: Record, parsed: dict[str, object]) -> bool:
    if parsed["name"] and record["name"]:
        return record["name"] == parsed["name"]
    keys = ("state_code", "organisation_id", "title")
    return all(record[k] == parsed[k] for k in keys)


def extract_participants(doc_id: str, paragraphs: list[Paragraph], meeting_date: str | None = None) -> list[Record]:
    """Attendees of the meeting, in the order listed; the chair is flagged is_chair. Roles come from the
    text's markers, else from each state's status on meeting_date."""
    records: list[Record] = []
    chairs: list[tuple[Paragraph, int, int]] = []
    for para in paragraphs:
        text = para.text
        if not _names_attendance(text):
            continue
        for a, b in sentences(text):
            sentence = text[a:b]
            if not _names_attendance(sentence):
                continue
            attend = ATTEND.search(text, a, b)
            lead = ATTEND_LEAD.match(sentence)
            chair = next((c for c in map(CHAIR.match, CLAUSE.split(sentence)) if c), None)
            chair_at = a + _clause_offset(sentence, chair.string) if chair else a
            if attend or lead:
                verb = attend["verb"] if attend else lead.group()[:2]  # type: ignore[union-attr]
                list_start, list_end = (a + lead.end(), b) if lead else (a, attend.start())  # type: ignore[union-attr]
                trailing = TRAILING_MARKER.search(text, list_start, list_end)
                if trailing:
                    list_end = trailing.start()
                for item in split_items(text, list_start, list_end):
                    if trailing and item.role is None:
                        item.role = _trailing_role(trailing["what"])
                    parsed = parse_entry(text[item.start : item.end])
                    if parsed["kind"] is None and not parsed["name"] and not item.role:
                        continue
                    record = span_record(doc_id, "participant_id", para, item.start, item.end)
                    record["role"] = _role(parsed, item.role, verb, meeting_date)
                    record.update({k: v for k, v in parsed.items() if k != "kind"})
                    record["is_chair"] = False
                    records.append(record)
            elif chair and "举行" not in chair["who"]:
                chairs.append((para, chair_at + chair.start("who"), chair_at + chair.end("who")))
    for para, a, b in chairs:
        _, marker = _strip_marker(para.text, a, b)
        a, _ = _strip_marker(para.text, a, b)
        parsed = parse_entry(para.text[a:b])
        match = next((r for r in records if _same_person(r, parsed)), None)
        if match is not None:
            match["is_chair"] = True
            continue
        record = span_record(doc_id, "participant_id", para, a, b)
        record["role"] = _role(parsed, marker, "出席", meeting_date)
        record.update({k: v for k, v in parsed.items() if k != "kind"})
        record["is_chair"] = True
        records.append(record)
    records.sort(key=lambda r: int(r["start"]))  # type: ignore[call-overload]
    return number_records(doc_id, "participant_id", "a", records)
