"""Participants of the meeting: attendance lists and the chair.

An attendance sentence is read whole and cut at its leads (出席会议的有：, 与会的有, 出席会议的成员国代表团团长：,
…出席会议：), closing verbs (…出席会议, …与会, …出席了元首理事会会议) and chair phrases (会议由…主持, …主持会议,
在…主持下, …担任会议主席); a lead that closes its paragraph goes on into the next paragraphs. A list is cut into
entries at 、，；and line breaks (only at ；and line breaks when it has them), and at 和/以及 before a gazetteer name
or between two complete entries (never inside a name: 中华人民共和国); an entry is anchored on a gazetteer name (any
alias), an office word and the name after it; numbering (1．, （一）), a closing 等 and lead-in words before a state
(各方欢迎…) are not part of it, and a name is never a group word (成员国) nor holds a state's name. Role markers count
wherever they stand: before a group (观察员国代表——, 作为国际组织代表，, 成员国外交部长：), after an entry or a list
(作为主席国客人, （观察员国）). A role comes from these markers first, then from the status on the meeting date; a
state never takes a member/observer/partner status it did not hold that day."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from scodata import gazetteer
from scodata.extract.labels import label_end
from scodata.extract.records import number_records, span_record
from scodata.extract.roles import marked_or_dated_role
from scodata.extract.segment import deliberates
from scodata.model import Paragraph, Record

# Last word of an office title; the look-aheads keep 主席国, 代表团, 委员会, 秘书处 out.
HEAD = (
    r"(?:总统|总理|首相|主席(?!国)|议长|部长(?!会)|外长|大臣|秘书长|秘书(?![处长])|主任|负责人|代表(?!团)|委员长"
    r"|特使|大使|顾问|总干事|协调员|首脑|元首|国王|王储|埃米尔|司长|局长|署长|书记|委员(?!会)|助理"
    r"|领导人|领袖|行长|总裁|会长|理事长|执行官|团长|检察长|院长|代办|国务卿|总督|州长|市长|省长|董事长|所长|司令员|司令)"
)
MODIFIER = r"(?:第一|常务|执行|轮值|代理|代|副|名誉|特别|高级|首席|常设机构|总)"
TITLE = rf"{MODIFIER}*{HEAD}"
TITLE_CHAIN = re.compile(rf"{TITLE}(?:[、兼]{TITLE})*")
HEAD_RE = re.compile(HEAD)
OFFICE_RE = re.compile(rf"{HEAD}(?!们)")  # an office held by one person (元首们, 外长们 speak for their states)
NAME_RE = re.compile(r"^[\u4e00-\u9fff·•・‧．.\-]{1,15}$")
TERM_RE = re.compile(r"(?P<term>\d{4}(?:\s*-\s*\d{4})?年度?)$")
# Organs between an organisation's name and the office: 理事会, 执行委员会, 秘书处 (and a term of office).
ORGAN_RE = re.compile(r"(?:执行委员会|执委会|理事会|委员会|秘书处|执行局|董事会|大会|执行机构)*(?:\d{4}(?:\s*-\s*\d{4})?年度?)?")
COMMISSION_BOARD = re.compile(r"执委会|执行委员会")  # a commission's executive committee (its board, Коллегия)
SCO_PREFIX = re.compile(r"上海合作组织|上合组织")
SECRETARY = {"秘书长": "SCO-SEC", "副秘书长": "SCO-SEC"}

_SCO = r"(?:上海合作组织|上合组织)?"
_AS = r"(?:作为|以)?"  # "作为观察员国，", "以国际组织代表身份"
_CLOSE = r"(?:身份)?(?:[：:]|[—–－-]{1,2})?"  # what may close a marker: 身份, a colon or a dash
ROLE_MARKERS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"^{_AS}{_SCO}观察员(?:国家?)?的?(?:代表团团长|代表|领导人|元首|政府首脑)?{_CLOSE}"), "observer_state"),
    (re.compile(rf"^{_AS}{_SCO}对话伙伴(?:国家?)?的?(?:代表团团长|代表|领导人)?{_CLOSE}"), "dialogue_partner"),
    (re.compile(rf"^{_AS}(?:会议)?(?:主办国|主席国|东道国)?的?(?:特邀)?(?:客人|嘉宾){_CLOSE}"), "guest"),
    (re.compile(r"^应[^，,。；;]{0,20}?邀请[，,]?"), "guest"),
    (re.compile(rf"^{_AS}{_SCO}成员国家?的?(?:代表团团长|代表|领导人|元首|政府首脑|总理|外长|[\u4e00-\u9fff]{{0,4}}?部长)"
                rf"{_CLOSE}"), "member_state"),
    (re.compile(rf"^{_AS}国际(?:和地区)?组织(?:(?:[和及与、][\u4e00-\u9fff]{{1,8}}?)?的?(?:代表|负责人|领导人))?{_CLOSE}"),
     "international_organisation"),  # 国际组织代表, 国际组织和多边机构负责人
]
# Any of the markers, matched at a position (their ^ dropped: match anchors anyway): None when none starts there.
ANY_MARKER = re.compile("|".join(f"(?:{pattern.pattern.removeprefix('^')})" for pattern, _ in ROLE_MARKERS))
# The characters a marker can start with (作为, 以, 上合组织, 观察员, 对话伙伴, 会议, 主席国, 东道国, 的, 特邀, 客人, 嘉宾, 应, 成员国,
# 国际组织): a test before ANY_MARKER.
MARKER_FIRST = frozenset("作以上观对会主东的特客嘉应成国")
# A capacity written after the list: "X和Y作为主席国客人出席会议", "X以观察员国身份出席会议".
TRAILING_MARKER = re.compile(
    r"(?:作为|以)(?:会议)?(?P<what>(?:主办国|主席国|东道国)?的?(?:特邀)?(?:客人|嘉宾)|观察员国?|对话伙伴国?|成员国|国际组织)"
    r"(?:的)?(?:代表团团长|代表团长|代表|领导人|元首|政府首脑)?(?:身份)?$"
)
RUN_JOIN = re.compile(r"\s*(?:、|和|及|以及)\s*")  # between two entries of one run (not a comma)
TRAILING_ROLE = {"观察员国": "observer_state", "观察员": "observer_state", "成员国": "member_state",
                 "国际组织": "international_organisation"}
# Role of a state with no marker in the text, from its SCO status on the meeting date.
# The cuts of an attendance sentence. A lead opens the list after it (出席会议的有：, 与会的还有, 出席会议的国际组织代表有：,
# 出席会议的成员国代表团团长：, 下列成员国元首出席会议：); a verb at a clause's end closes the list before it (…也出席了会议,
# …与会, …出席了元首理事会会议); a chair phrase holds one entry (会议由…主持, …主持会议, …担任会议主席).
_LEAD = (
    r"(?:(?:出席|列席|参加)(?:本次|此次|上述)?(?:会议|峰会|会晤)|与会|参会)的(?P<group>[^，,。：:；;、\n]{0,12}?)"
    r"(?:还?(?:有|包括)[：:]?|[：:])"
    r"|(?P<verb>出席|列席|参加)了?(?:本次|此次)?(?:会议|峰会|会晤)[：:]"
)
# (LEAD and VERB open with a look-ahead for the characters a match can start with: the same matches, but the regex
# engine passes over every other position with one test, three times faster than trying each word there.)
LEAD = re.compile(rf"(?=[出列参与])(?:{_LEAD})")
# Words between the last entry and its verb, and after the verb (…乙等应邀以视频方式出席会议并发表讲话).
BEFORE_VERB = (r"(?:等人?|分别|也|还|亦|均|都|同时|一同|共同|应邀|应[\u4e00-\u9fff]{1,10}?邀请|特邀|率(?:代表)?团|以视[频讯](?:连线)?(?:方式|形式)"
               r"|通过视[频讯](?:连线)?(?:方式|形式)?|在线|线上|远程)*")
# The meeting named after the verb: 出席了元首理事会会议, 出席上海合作组织成员国外长理事会第二十次会议, 出席上合组织峰会.
MEETING_NAME = (r"(?:(?:上海合作组织|上合组织)?(?:成员国)?(?:(?:(?!举行|的)[\u4e00-\u9fff（）()]){0,14}?理事会)?"
                r"(?:第[〇零一二三四五六七八九十百两0-9]+次)?(?:例行)?(?:[“\"「][^”\"」，,。]{1,12}[”\"」](?:形式)?)?"
                r"(?=会议|峰会|会晤))?")  # not 在…举行的…会议; a quoted format: 出席“某某+”会议
_VERB = (
    rf"{BEFORE_VERB}(?P<verb>出席|列席|参加|与会|参会)了?(?:本次|此次|上述)?{MEETING_NAME}(?:会议|峰会|会晤|活动)?"
    r"(?:并(?:发表|作|致)?了?(?:题为《[^》]{1,40}》的)?(?:重要)?(?:讲话|致辞|发言|演讲))?(?=[，,；;]|$)"
)
VERB = re.compile(f"(?=[等分也还亦均都同一共应特率以通在线远出列参与]){_VERB}")  # the first characters of BEFORE_VERB and the verbs
CHAIR_OPEN = re.compile(r"(?:会议|会晤|峰会)由")
CHAIR_CLOSE = re.compile(
    r"担任(?:本次)?会议主席(?=[，,；;]|$)|主持了?(?:本次|此次)?(?:会议|峰会|会晤)?(?:并(?:致|发表|作)?(?:开幕词|闭幕词|讲话|致辞|发言|总结发言))?(?=[，,；;]|$)"
)
# A chair named after a copula, to the clause's end: 主持会议的是某国总统丙, 本次会晤的主席为某国外长丁.
CHAIR_IS = re.compile(r"(?:主持了?(?:本次|此次)?(?:会议|会晤|峰会)的|(?:本次|此次)?(?:会议|会晤|峰会)的?主席)(?:是|为)")
CHAIR_UNDER = re.compile(r"在(?P<who>[^，,。；;在]{2,40}?)(?:的)?主持下")  # 会议在哈萨克斯坦共和国总统丙主持下举行
# A list's heading alone on its first line, with no attendance verb (各成员国代表团团长：, 观察员国代表团团长名单：, 与会代表：):
# the lines or paragraphs after it are the entries.
LIST_HEADING = re.compile(r"(?:各|下列)?(?:(?:上海合作组织|上合组织)?(?:成员|观察员|对话伙伴)国家?的?|国际组织的?)?"
                          r"(?:代表团团长|代表团长|代表团负责人|与会代表|与会人员|参会代表|参会人员|代表)(?:名单)?(?:如下)?[：:][ \t]*(?:\n|$)")
# A bracket after an entry: the chair (（会议主席）) or the entry's state (总理莫汉（印度共和国）).
BRACKET = re.compile(r"[（(](?P<inner>[^（）()]{1,20})[）)]$")
# A note that the entry stands in for someone (（代表某国总理出席）, （代总统与会）): not part of the title or the name.
STANDING_IN = re.compile(r"代表[^（）()]{1,16}?(?:出席|与会|参会|参加)(?:会议)?")
GLOSS = re.compile(r"[a-zA-Z\u00c0-\u024f\u0300-\u036f' -]+")  # a romanisation in brackets, lower-case pinyin with tones
CAPACITY = re.compile(r"(?:作为|以)[^，,、；;（）()]{2,16}?(?:的)?(?:身份)?$")  # 作为主席国元首, 以东道国身份
CHAIR_HEADING = re.compile(r"(?:本次)?会议(?:主席|主持人)[：:]?")
HONORIFIC = re.compile(r"(?<=.)(?:先生|女士|阁下|殿下|陛下)$")
HOST_PREFIX = re.compile(r"(?:本次|本届|此次)?(?:会议)?(?:轮值)?(?:主席国|东道国|主办国)")
CHAIR_NOTE = re.compile(r"(?:会议|本次会议)?(?:主席|主持人)|主持(?:了)?(?:本次)?会议")
CLAUSE = re.compile(r"[，,；;]")
SENTENCE = re.compile(r"[^。！？!?]+")
ATTENDANCE_VERB = re.compile("出席|列席|参加|主持|与会|参会|会议主席")  # LEAD, VERB and the chair phrases each need one
SEPARATOR = re.compile(r"[、，,；;\n]|以及|及|和|与")
STRONG = re.compile(r"[；;\n]")  # in a list that has them, only these separate entries
GROUP_WORD = re.compile(r"(?:成员|观察员|对话伙伴)国家?|对话伙伴|国际组织|各方|各国|代表团|与会各方")  # never a name
COLON = re.compile(r"[：:]")
ENTRY_END = re.compile(r"[、，,；;\n]")
TRAILING_ETC = re.compile(r"(?<=.)等人?$")  # "…总统乙等。": the list's closing 等, not part of a name
ORG_SUFFIX = re.compile(
    r"(?:组织|联盟|联合体|委员会|秘书处|机构|银行|基金|办公室|理事会|论坛|中心|署|协会|联合会|商会|研究院|研究所"
    r"|大学|集团|公司|俱乐部|红十字会|红新月会|共同体|议会|大会|办事处|代表处)"
)
# An organ closing a longer name that opens with an organisation's name: that organisation's organ, with its id.
OWN_ORGAN = re.compile(r"(?:理事会|委员会|执委会|大会|秘书处|执行局)$")
# The words of a state's official form after its short name (…伊斯兰过渡国, …民主共和国, …联合王国), ending in 国.
STATE_FORM = re.compile(r"(?:伊斯兰|民主|联邦|社会主义|人民|过渡|临时|联合|合众|多民族|玻利瓦尔|阿拉伯|酋长)+(?:共和国|王国|酋长国|国)")
# An organisation's office in a place: 驻某城办事处, 驻华代表处, 驻某国代表团.
STATIONED_OFFICE = re.compile(r"驻[\u4e00-\u9fff]{1,12}?(?:办事处|代表处|办公室|代表团|联络处|中心)")


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
    if text[pos : pos + 1] not in MARKER_FIRST or ANY_MARKER.match(text, pos, end) is None:
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


def _is_person(entry: str) -> bool:
    """True when an entry is complete: an office and the name after it (集体安全条约组织秘书长丑)."""
    parsed = parse_entry(entry)
    return bool(parsed["title"] and parsed["name"])


def _inside_name(text: str, at: int) -> bool:
    """True when position at falls inside a gazetteer name (the 和 of 中华人民共和国)."""
    for start, found in gazetteer.starts(text).items():  # (in order of start)
        if start >= at:
            return False
        if at < found.end:
            return True
    return False


def _joins_two_people(text: str, left: int, at: int, after: int, end: int) -> bool:
    """True when a conjunction (和, 以及) stands between two complete entries, whatever the second names: an
    organisation outside the gazetteer (…秘书长丑和欧亚开发银行行长寅), but not a title (经济和贸易部长)."""
    if _inside_name(text, at):
        return False
    stop = ENTRY_END.search(text, after, end)
    if not _is_person(text[left:at]):
        return False
    right = parse_entry(text[after : stop.start() if stop else end])
    # a second entry opens with an entity (a state, an organisation) or with its office (总理丑); words before an
    # office that name no organisation continue the first entry's title (总理经济与外交事务顾问丑: one office)
    return bool(right["title"] and right["name"]) and (right["kind"] is not None or right["organisation"] is None)


def _heading(text: str, a: int, b: int) -> tuple[int, str | None] | None:
    """A heading closed by a colon at the start of an entry (上海合作组织成员国外交部长：…): where the entry goes on
    and the role it names; None when the text before the colon is not a heading (a person, a chair heading)."""
    colon = COLON.search(text, a, b)
    if colon is None or CHAIR_HEADING.fullmatch(text, a, colon.end()):
        return None
    head = text[a : colon.start()]
    parsed = parse_entry(head) if head else None
    if parsed is None or parsed["name"]:
        return None
    if parsed["kind"] is not None and _group_role(head) is None and _could_be_name(text[colon.end() : b]):
        return None  # 某国外交部长：甲 is one entry, a colon between an entity's office and the name
    return colon.end(), _group_role(head)


def split_items(text: str, start: int, end: int) -> list[Item]:
    """Entries of an attendance list between start and end (、 or 以及/和 before an entity separates them)."""
    gazetteer.starts(text)  # one scan of the paragraph for the name lookups at every separator
    cuts = [start]
    strong = STRONG.search(text, start, end) is not None  # "甲部、乙部部长X；…": the 、 stays inside the entry
    for m in SEPARATOR.finditer(text, start, end):
        separator = m.group()
        weak, is_strong = separator in "、，,", STRONG.fullmatch(separator) is not None
        opens = _starts_item(text, m.end()) or (
            not weak and not is_strong and _joins_two_people(text, cuts[-1], m.start(), m.end(), end))
        if strong and not is_strong and not opens:
            continue
        if weak or is_strong or opens:
            cuts += [m.start(), m.end()]
    cuts.append(end)
    items: list[Item] = []
    role: str | None = None
    for a, b in zip(cuts[::2], cuts[1::2], strict=True):
        while a < b and text[a].isspace():
            a += 1
        a = label_end(text, a, b)  # (numbering: 1．, （一）)
        a, marker = _strip_marker(text, a, b)
        if not marker and (heading := _heading(text, a, b)):
            a, marker = heading
        role = marker or role
        if a >= b:
            continue
        if items and not marker and not gazetteer.match_at(text, a):
            previous = parse_entry(text[items[-1].start : items[-1].end])
            # the previous entry is unfinished: "代总理、第一副总理诺维科夫", "工业、矿业和贸易部长阿塔巴克", and a state's
            # office then an organ of that state not in the gazetteer ("某国民族领袖、人民委员会主席某某")
            current = parse_entry(text[a:b])
            unfinished = previous["name"] is None and (current["kind"] != "organisation" or (
                previous["kind"] == "state" and current["organisation_id"] is None))
            if not previous["title"] or unfinished:
                items[-1].end = b
                continue
        items.append(Item(a, b, role))
    return items


def _could_be_name(text: str) -> bool:
    """True when text reads as a person's name: CJK letters and dots, no office word, no state's name in it
    (元首们欢迎伊朗伊斯兰共和国 is a sentence, not 元首 and a name)."""
    return bool(NAME_RE.match(text)) and not HEAD_RE.search(text) and not GROUP_WORD.fullmatch(text) and not any(
        found.entity.kind == "state" and len(found.text) >= 3 for found in gazetteer.scan(text))


def _title_and_name(rest: str) -> tuple[str, str | None]:
    """Split the text after a state or organisation into (title part, name)."""
    for m in reversed(list(HEAD_RE.finditer(rest))):
        tail = rest[m.end() :]
        if not tail or _could_be_name(tail):
            return rest[: m.end()], tail or None
        if COLON.match(tail) and _could_be_name(tail[1:]):  # a colon between the office and the name (部长：甲)
            return rest[: m.end()], tail[1:]
    if _could_be_name(rest):
        return "", rest
    return rest, None


def parse_entry(entry: str) -> dict[str, object]:
    """State or organisation, title, name and term of one attendance entry."""
    out: dict[str, object] = dict(state=None, state_code=None, organisation=None, organisation_id=None,
                                  title=None, name=None, term=None, kind=None)
    host = HOST_PREFIX.match(entry)
    if host and gazetteer.match_at(entry, host.end()):
        return parse_entry(entry[host.end() :])  # 主席国哈萨克斯坦共和国总统丙: the state is the entity
    bracket = BRACKET.search(entry)
    if bracket and bracket.start() and (found := gazetteer.match_at(bracket["inner"], 0)) \
            and found.end == len(bracket["inner"]):
        return parse_entry(bracket["inner"] + entry[: bracket.start()])  # 总理莫汉（印度共和国）: the state first
    found = gazetteer.match_at(entry, 0)
    entity, entity_end = (found.entity, found.end) if found else (None, 0)
    if entity is not None and entity.entity_id == "SCO":
        body = gazetteer.match_at(entry, entity_end)
        if body and body.entity.kind == "sco_body":
            entity, entity_end = body.entity, body.end
    head_part, name = _title_and_name(entry[entity_end:])
    out["name"] = HONORIFIC.sub("", name) if name else name
    if entity is not None and entity.kind == "state" and (form := STATE_FORM.match(entry, entity_end)) \
            and entry[:entity_end] == entity.name_zh_short and form.end() < len(entry):
        # a short name with the words of an official form the gazetteer lacks (某国伊斯兰过渡国总统, 某国民主共和国总理):
        # the whole form is the state as written
        entity_end = form.end()
        head_part, name = _title_and_name(entry[entity_end:])
        out["name"] = HONORIFIC.sub("", name) if name else name
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
        board = body_text if _commission_board(entry[:entity_end], body_text) else ""
        title = head_part[len(body_text) :].strip() or None
        title_m = next((m for k in range(len(title or "")) if (m := TITLE_CHAIN.fullmatch(title or "", k))), None)
        extra = title[: title_m.start()] if title and title_m else ""
        office = STATIONED_OFFICE.search(extra) if extra else None
        stationed = office is not None and office.end() == len(extra)  # (an office word in 代表处 is no title)
        if extra and _organisation_like(extra) and (HEAD_RE.search(extra) is None or stationed):
            # a longer organisation opening with a gazetteer name (联合国人口基金): not that entity, no id; but an
            # office of that organisation somewhere (…驻某城办事处, …驻华代表处) is still that organisation
            # (…驻某城办事处), and an organ of it closing the longer name (…议会间大会理事会, …某某委员会)
            own_office = (stationed and office is not None and office.start() == 0) or (
                not entity.is_sco and OWN_ORGAN.search(extra) is not None)
            out.update(organisation=entry[:entity_end] + body_text + extra,
                       organisation_id=entity.entity_id if own_office else None,
                       title=title_m.group(), kind="sco" if entity.is_sco else "organisation")
            return out
        term = TERM_RE.search(body_text)
        if term:
            body_text = body_text[: term.start()]
            out["term"] = re.sub(r"\s+", "", term["term"])
        if board:
            body_text, title = "", board + (title or "")
        organisation = entry[:entity_end] + body_text
        out["kind"] = "sco" if entity.is_sco else "organisation"
    org_id = entity.entity_id if entity is not None else None
    if org_id == "SCO" and title in SECRETARY:
        org_id = SECRETARY[title]
    out.update(organisation=organisation, organisation_id=org_id, title=title)
    return out


def _commission_board(name: str, organ: str) -> bool:
    """True when the organ after an organisation's name is a commission's executive committee (欧亚经济委员会执委会):
    its head heads the commission, and the organ belongs to the title (执委会主席, as 'Chairman of the Board' and
    'Председатель Коллегии' do), not to the organisation. Other organs stay with it (独联体执委会, …理事会)."""
    return name.endswith("委员会") and COMMISSION_BOARD.fullmatch(organ) is not None


def _lead_in(entry: str) -> int:
    """Length of the words before an entry that opens with no entity, marker or office, up to its first state
    when a person follows (各方欢迎土库曼斯坦总统辛 → 土库曼斯坦总统辛; 元首们感谢吉尔吉斯共和国总统丙): 0 otherwise."""
    if gazetteer.match_at(entry, 0) is not None or BRACKET.search(entry):
        return 0
    for found in gazetteer.scan(entry):
        if found.entity.kind == "state" and OFFICE_RE.search(entry, 0, found.start) is None:
            person = HOST_PREFIX.search(entry, 0, found.start) is None and _is_person(entry[found.start :])
            return found.start if person else 0
    return 0


def _is_group(parsed: dict[str, object]) -> bool:
    """True when an entry names a group, not a person or an office: a word after the entity that is no office
    and no name (上合组织成员国、观察员国领导人和国际组织负责人出席会议)."""
    title = parsed["title"]
    return not parsed["name"] and isinstance(title, str) and HEAD_RE.search(title) is None


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
    role = marked_or_dated_role(parsed, marker, meeting_date)
    if role is not None:
        return role
    kind = parsed["kind"]
    code = str(parsed["state_code"]) if parsed["state_code"] else None
    if kind == "state" and verb == "出席":
        return "member_state"
    entity = gazetteer.get(code) if code else None
    if entity is not None and entity.sco_status in ("observer", "member"):
        return "observer_state"
    return "guest"


def _name_first(entry: str) -> dict[str, object] | None:
    """A person named before the office, without a state (会议由托卡耶夫总统主持: 托卡耶夫, 总统); None otherwise."""
    title = next((m for k in range(1, len(entry)) if (m := TITLE_CHAIN.fullmatch(entry, k))), None)
    if title is None or not _could_be_name(entry[: title.start()]):
        return None
    return dict(state=None, state_code=None, organisation=None, organisation_id=None, title=title.group(),
                name=entry[: title.start()], term=None, kind=None)


def _same_name(a: str, b: str) -> bool:
    """The same person's name, full or by the last part (索隆拜·热恩别科夫 and 热恩别科夫)."""
    short, full = sorted((a, b), key=len)
    return short == full or (full.endswith(short) and full[-len(short) - 1] in "·•・‧．.-")


def _same_person(record: Record, parsed: dict[str, object]) -> bool:
    if parsed["name"] and record["name"] and parsed["kind"] is None and parsed["title"] == record["title"]:
        return _same_name(str(record["name"]), str(parsed["name"]))  # named before the office, no state
    if parsed["name"] and record["name"] and parsed["kind"] is None and not parsed["title"]:
        return _same_name(str(record["name"]), str(parsed["name"]))  # a bare name (会议由丙主持): the listed 丙
    if parsed["name"] and record["name"]:
        same_entity = all(record[k] == parsed[k] for k in ("state_code", "organisation_id"))
        return same_entity and _same_name(str(record["name"]), str(parsed["name"]))
    keys = ("state_code", "organisation_id", "title")
    return all(record[k] == parsed[k] for k in keys)


Part = tuple[str, int, int, str | None, str]  # kind (list or chair), local span, role of a group marker, verb


def _group_role(phrase: str) -> str | None:
    """Role named by a phrase before or inside a lead (下列成员国元首, 国际组织代表), or None."""
    for k in range(len(phrase)):
        for pattern, role in ROLE_MARKERS:
            if pattern.match(phrase[k:]):
                return role
    return None


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Start of the clause holding pos (after the last ，；, at or after lo)."""
    cut = max(text.rfind(c, lo, pos) for c in "，,；;")
    return cut + 1 if cut >= 0 else lo


def attendance_parts(text: str, a: int, b: int) -> list[Part]:
    """Cut a sentence at its leads, closing verbs and chair phrases into attendance lists and chair entries."""
    events = sorted(
        [(m.start(), 0, "lead", m) for m in LEAD.finditer(text, a, b)]
        + [(m.start(), 1, "open", m) for m in CHAIR_OPEN.finditer(text, a, b)]
        + [(m.start(), 2, "close", m) for m in CHAIR_CLOSE.finditer(text, a, b)]
        + [(m.start(), 3, "verb", m) for m in VERB.finditer(text, a, b)]
        + [(m.start(), 4, "under", m) for m in CHAIR_UNDER.finditer(text, a, b)]
        + [(m.start(), 5, "is", m) for m in CHAIR_IS.finditer(text, a, b)],
        key=lambda e: (e[0], e[1]),
    )
    parts: list[Part] = []
    pos, open_list, chair_from = a, None, None  # open_list: (start, role, verb) of a list opened by a lead
    for at, _, kind, m in events:
        if at < pos:
            continue  # inside an event already read (出席 of 出席会议的有)
        if kind == "lead":
            if open_list:
                parts.append(("list", open_list[0], at, open_list[1], open_list[2]))
            role = _group_role(m["group"] or "") or _group_role(text[_clause_start(text, pos, at) : at])
            open_list, pos = (m.end(), role, m["verb"] or m.group()[:2]), m.end()
        elif kind == "open":
            if open_list:
                parts.append(("list", open_list[0], at, open_list[1], open_list[2]))
                open_list = None
            chair_from = m.end()
        elif kind == "close":
            start = chair_from if chair_from is not None else _clause_start(text, pos, at)
            if open_list and chair_from is None:
                start = max(start, open_list[0])
            if "举行" not in text[start:at] and start < at:
                if open_list and chair_from is not None:
                    open_list = None
                parts.append(("chair", start, at, None, "出席"))
            chair_from, pos = None, m.end()
        elif kind == "is":
            if open_list:
                parts.append(("list", open_list[0], at, open_list[1], open_list[2]))
                open_list = None
            stop = CLAUSE.search(text, m.end(), b)
            parts.append(("chair", m.end(), stop.start() if stop else b, None, "出席"))
            pos = stop.end() if stop else b
        elif kind == "under":
            if parse_entry(m["who"])["name"]:  # a person (在印方主持下 names no one)
                parts.append(("chair", m.start("who"), m.end("who"), None, "出席"))
        else:
            start, role, verb = open_list if open_list else (pos, None, m["verb"])
            parts.append(("list", start, at, role, "出席" if verb == "与会" else verb))
            open_list, pos = None, m.end()
    if open_list:
        parts.append(("list", open_list[0], b, open_list[1], open_list[2]))
    return parts


def _list_records(doc_id: str, para: Paragraph, start: int, end: int, role: str | None, verb: str,
                  meeting_date: str | None) -> list[Record]:
    """Records of the entries of one attendance list: a capacity after the list (作为主席国客人) applies to
    every entry, unless entries carry their own."""
    text = para.text
    trailing = TRAILING_MARKER.search(text, start, end)
    if trailing:
        end = trailing.start()
    items = split_items(text, start, end)
    if items and (etc := TRAILING_ETC.search(text, items[-1].start, items[-1].end)):
        items[-1].end = etc.start()
    # a capacity after an entry inside the list (甲作为主席国客人、乙作为观察员国代表出席会议): each entry its own
    own = [TRAILING_MARKER.search(text, item.start, item.end) for item in items]
    if any(own):
        for k, (item, m) in enumerate(zip(items, own, strict=True)):
            if m:
                item.end, item.role = m.start(), item.role or _trailing_role(m["what"])
                j = k  # "甲、乙、丙作为观察员国代表团团长，丁作为主席国客人": the run joined by 、 before the marker shares it
                while j > 0 and not own[j - 1] and not items[j - 1].role and RUN_JOIN.fullmatch(text, items[j - 1].end, items[j].start):
                    j -= 1
                    items[j].role = item.role
        own_last = _trailing_role(trailing["what"]) if trailing else None
        if items and own_last:
            items[-1].role = items[-1].role or own_last
        trailing = None
    records: list[Record] = []
    chair_next = False  # "会议主席、哈萨克斯坦共和国总统丙": a heading for the entry after it
    previous_end: int | None = None  # end of the entry of the last record
    for item in items:
        item.role = item.role or role or (_trailing_role(trailing["what"]) if trailing else None)
        entry = text[item.start : item.end]
        if CHAIR_HEADING.fullmatch(entry):
            chair_next = True
            continue
        chair, chair_next = chair_next, False
        bracket = BRACKET.search(entry)
        if bracket and (GLOSS.fullmatch(bracket["inner"]) or STANDING_IN.fullmatch(bracket["inner"])):
            # a pinyin gloss after the name (阿里波夫(ā lǐ bō fū)) or a stand-in note (（代表某国总理出席）)
            item.end -= len(bracket.group())
            entry = text[item.start : item.end]
            bracket = BRACKET.search(entry)
        inner_role = _strip_marker(bracket["inner"], 0, len(bracket["inner"])) if bracket else (0, None)
        if bracket and (CHAIR_NOTE.fullmatch(bracket["inner"]) or inner_role[0] == len(bracket["inner"])):
            # （会议主席）, （观察员国）, （主席国客人） after an entry
            item.end -= len(bracket.group())
            entry = text[item.start : item.end]
            chair = chair or inner_role[1] is None
            item.role = inner_role[1] or item.role
        capacity = CAPACITY.search(entry)
        if capacity and capacity.start():  # a capacity no marker names (作为主席国元首): not part of the name
            item.end -= len(capacity.group())
            entry = text[item.start : item.end]
        item.start += _lead_in(entry)
        parsed = parse_entry(text[item.start : item.end])
        if parsed["kind"] is None and not (parsed["name"] and parsed["title"]) and not item.role or _is_group(parsed):
            continue
        if records and previous_end is not None and _shares_state(parsed, records[-1], text[previous_end : item.start]):
            # a state written once for two of its officials (某国总理甲、外交部长乙): the second is that state's too
            parsed.update(state=records[-1]["state"], state_code=records[-1]["state_code"], organisation=None,
                          title=f"{parsed['organisation'] or ''}{parsed['title']}", kind="state")
        previous_end = item.end
        record = span_record(doc_id, "participant_id", para, item.start, item.end)
        record["role"] = _role(parsed, item.role, verb, meeting_date)
        record.update({k: v for k, v in parsed.items() if k != "kind"})
        record["is_chair"] = chair
        records.append(record)
    _share_title(records)
    return records


def _shares_state(parsed: dict[str, object], previous: Record, between: str) -> bool:
    """True when an entry names no state or organisation of its own, only an office (or an organ without an
    organisation's ending, 外交部副部长) and a name, right after a state's official joined by 、: the state is written
    once for both."""
    return (parsed["kind"] is None and bool(parsed["name"]) and bool(parsed["title"]) and bool(previous["state_code"])
            and bool(previous["name"]) and between.strip() == "、")


def _share_title(records: list[Record]) -> None:
    """An office written once after several states (甲国、乙国和丙国外交部长出席会议) is each state's office."""
    for i, record in enumerate(records):
        if not record["title"] or record["name"] or not record["state_code"]:
            continue
        k = i - 1
        while k >= 0 and records[k]["state_code"] and not records[k]["title"] and not records[k]["name"]:
            records[k]["title"] = record["title"]
            k -= 1


def _continued_list(doc_id: str, para: Paragraph, pending: tuple[str | None, str], meeting_date: str | None,
                    records: list[Record], start: int = 0) -> tuple[str | None, str] | None:
    """Read a paragraph (from start, after its heading line) after a lead that closed its own paragraph: a role
    heading (观察员国代表：) or entries (中华人民共和国主席甲；), each anchored on a gazetteer name. Returns what goes on,
    or None when the list ended."""
    text = para.text
    end = len(text.rstrip().rstrip("；;。，,、"))
    role, verb = pending
    first, marker = _strip_marker(text, start, end)
    if marker and not text[first:end].strip():
        return marker, verb  # a heading
    if any(attendance_parts(text, start + a, start + b) for a, b in sentences(text[start:])):
        return None
    items = split_items(text, start, end)
    if not items or any(parse_entry(text[i.start : i.end])["kind"] is None for i in items):
        return None
    records += _list_records(doc_id, para, start, end, role, verb, meeting_date)
    return None if text.rstrip().endswith("。") else (marker or role, verb)


def _reports_attendance(para: Paragraph) -> bool:
    """True when a paragraph can hold the attendance list: a preamble paragraph, or a body paragraph that does not
    open with a speaker or a stance (各代表团团长指出，X首次出席会议… reports what was said, not who attended)."""
    return para.section == "preamble" or not deliberates(para.text)


def extract_participants(doc_id: str, paragraphs: list[Paragraph], meeting_date: str | None = None) -> list[Record]:
    """Attendees of the meeting, in the order listed; the chair is flagged is_chair. Roles come from the
    text's markers, else from each state's status on meeting_date."""
    records: list[Record] = []
    chairs: list[tuple[Paragraph, int, int]] = []
    pending: tuple[str | None, str] | None = None  # (role, verb) of a lead whose entries are the next paragraphs
    for para in paragraphs:
        text = para.text
        if pending is not None:
            pending = _continued_list(doc_id, para, pending, meeting_date, records)
            if pending is not None:
                continue
        heading = LIST_HEADING.match(text)
        if heading:  # 各成员国代表团团长：, then one entry a line or the next paragraphs
            role = _group_role(heading.group())
            if not text[heading.end() :].strip():
                pending = (role, "出席")
                continue
            found = len(records)
            pending = _continued_list(doc_id, para, (role, "出席"), meeting_date, records, heading.end())
            if len(records) > found:
                continue
        if not _names_attendance(text) or not _reports_attendance(para):
            continue
        for a, b in sentences(text):
            if not _names_attendance(text[a:b]):
                continue
            for kind, start, end, role, verb in attendance_parts(text, a, b):
                if kind == "chair":
                    chairs.append((para, start, end))
                    continue
                if not text[start:end].strip() and end == len(text.rstrip()):
                    pending = (role, verb)  # "出席会议的有：" closing its paragraph
                records += _list_records(doc_id, para, start, end, role, verb, meeting_date)
    for para, a, b in chairs:
        a, marker = _strip_marker(para.text, a, b)
        capacity = CAPACITY.search(para.text, a, b)
        if capacity and capacity.start() > a:  # 哈萨克斯坦共和国总统丙作为主席国元首主持会议
            b = capacity.start()
            trailing = TRAILING_MARKER.search(capacity.group())
            marker = marker or (_trailing_role(trailing["what"]) if trailing else None)
        a += _lead_in(para.text[a:b])
        parsed = parse_entry(para.text[a:b])
        if parsed["state_code"] is None and parsed["organisation_id"] is None:
            parsed = _name_first(para.text[a:b]) or parsed
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
