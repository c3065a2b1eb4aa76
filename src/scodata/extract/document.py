"""Describe a communiqué: title, type, issuing body, session, meeting date, format, place, id."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .. import gazetteer
from ..htmltext import normalise_datetime
from .dates import DateSpan, find_dates, ordinal
from .segment import TIMESTAMP, Segmented

# Title words of each document type, most specific first; anything else is "other".
DOC_TYPES = [("新闻公报", "press_communique"), ("信息公报", "information_report"), ("情况通报", "information_report"),
             ("信息通报", "information_report"), ("通报", "information_report"), ("新闻稿", "press_communique"),
             ("联合公报", "joint_communique"), ("公报", "communique"), ("宣言", "declaration"), ("声明", "statement")]
COUNCILS = [(re.compile(r"元首|峰会"), "heads_of_state", "hos"),
            (re.compile(r"政府首脑|总理"), "heads_of_government", "hog"),
            (re.compile(r"外交部长|外长"), "foreign_ministers", "cfm"),
            (re.compile(r"国防部长"), "defence_ministers", "dm"),
            (re.compile(r"安全会议秘书"), "security_council_secretaries", "scs"),
            (re.compile(r"经贸部长|经济和贸易部长|对外经济|贸易部长|经济部长"), "trade_ministers", "etm"),
            (re.compile(r"交通部长"), "transport_ministers", "tm")]
# The council's name when the text names its members but not the council (成员国元首于…举行会议).
COUNCIL_NAMES = {"heads_of_state": "上海合作组织成员国元首理事会",
                 "heads_of_government": "上海合作组织成员国政府首脑（总理）理事会",
                 "foreign_ministers": "上海合作组织成员国外长理事会"}
BODY = re.compile(r"(?:上海合作组织|上合组织)[^，。、“”]{0,30}?理事会")
# The ordinal of the meeting an opening reports: the SCO's name, the ordinal and 会议, then its verb in the same clause.
HELD_SESSION = re.compile(r"(?:上海合作组织|上合组织)[^，。、“”；]{0,30}?第[〇零一二三四五六七八九十百两0-9]+次(?:例行)?会议"
                          r"[^，。；]{0,30}?(?:举行|召开)")
# A meeting of ministers or officials: 上海合作组织成员国交通部长第十一次会议 (issuing body 上海合作组织成员国交通部长会议),
# also of heads of banks, parliaments or services (…财政部长和央行行长会议, …议会议长会议), or called a 会晤
# (…文化部长第三次会晤, issuing body …文化部长会晤): council "other".
MINISTERIAL = re.compile(r"(?P<who>(?:上海合作组织|上合组织)成员国[^，。、“”（）《》]{0,14}?(?:部长|秘书|总检察长|院长|负责人|领导人|行长|议长|局长|署长|主任|主席|司令))"
                         r"(?:第[〇零一二三四五六七八九十百两0-9]+次)?(?:例行)?(?P<meeting>会议|会晤)")
# A page title's site suffix: "…新闻公报_新华网", "…宣言 - 中国政府网", "…声明｜外交部", "…公报--人民网".
HINT_SEPARATOR = r"[_|｜]|\s[-–—]\s|-{2,}"
SITE_SUFFIX = re.compile(rf"\s*(?:{HINT_SEPARATOR}).*$")
# What a news copy wraps a title in: （受权发布）, 【全文】 before it; （全文）, 全文, 全文如下： after it.
TITLE_TAG = re.compile(r"^(?:[（(【\[](?:受权发布|全文|附全文|授权发布)[）)】\]]\s*)+")
TITLE_TAIL = re.compile(r"(?:[（(](?:全文|附全文|摘要|节选)[）)]|全文(?:如下)?[：:]?|如下[：:])$")
# A dateline closing a title: …宣言（2024年7月4日，阿斯塔纳）, …声明（二〇一九年六月十四日）
TITLE_DATELINE = re.compile(r"\s*[（(][^（）()]{0,10}?(?:\d{4}|[〇零一二三四五六七八九○Ｏ]{4})\s*年[^（）()]{2,12}?日[^（）()]{0,10}[）)]$")
# A day written without its month and year in a news copy's opening (…第十九次会议14日在比什凯克举行).
BARE_DAY = re.compile(r"(?<![月\d])(?P<d>\d{1,2})日(?:[至到-](?P<d2>\d{1,2})日)?[^，。]{0,20}?举行")
WIRE_DAY = re.compile(r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
VIDEO = re.compile(r"以视[频讯](?:会议)?(?:方式|形式)|视[频讯]会议|视[频讯]连线|以线上(?:方式|形式)")  # 视讯: Taiwan usage
PLACE = re.compile(r"在([\u4e00-\u9fff]{2,16}?)(?:市)?(?:以[^，。]{0,10})?举行")
TITLE_HINT = re.compile(r"公报|宣言|声明|会议|理事会")
# A dateline of the text itself: "（2019年6月14日，比什凯克）" under the title, "二〇一九年六月十四日于比什凯克" at the end.
OWN_DATELINE = re.compile(r"^[（(]?\s*(?P<date>[^，,）)\n]{8,24}日)\s*(?:[，,]|于|在)?\s*(?P<place>[\u4e00-\u9fff]{2,8})?\s*[）)]?$")


@dataclass(frozen=True)
class DocumentInfo:
    """What the text says about itself and its meeting."""

    title: str
    doc_type: str
    issuing_body: str | None
    council: str | None
    session_number: int | None
    meeting_date: str | None
    meeting_end_date: str | None
    meeting_format: str | None
    meeting_place: str | None
    published_at: str | None
    wire_dateline: str | None = None
    wire_agency: str | None = None

    def doc_id(self, raw_sha256: str) -> str:
        """Readable, stable id: sco-<council>-<date>-<type>. Without a meeting date, the publication date; without
        either, sco-<council>-undated-<type>-<hash>; doc-<hash> only for a text with neither date nor council."""
        code = next((c for _, name, c in COUNCILS if name == self.council), None)
        kind = self.doc_type.replace("_", "-")
        date = self.meeting_date or (self.published_at or "")[:10] or None
        if date:
            return "-".join(p for p in ["sco", code, date, kind] if p)
        if self.council:
            return "-".join(p for p in ["sco", code, "undated", kind, raw_sha256[:8]] if p)
        return f"doc-{raw_sha256[:16]}"


def _is_opening(block: str) -> bool:
    """True when a header block reads as the text's opening sentence: a date and 举行. The segmenter makes an
    opening ending in a colon paragraph 1 (segment.is_colon_opening); this finds the meeting in a header line it
    keeps (a news copy's lead: …于2015年7月9日在乌法举行，宣言全文如下：)."""
    return "举行" in block and bool(find_dates(block))


def _typed(block: str) -> bool:
    return any(word in block for word, _ in DOC_TYPES)


def _header_title(seg: Segmented) -> str | None:
    """The title among the header blocks; one set on two blocks (the body, then the type: 上海合作组织成员国元首理事会 /
    比什凯克宣言) is joined."""
    blocks = [b for b, _, _ in seg.header if not TIMESTAMP.match(b) and not _is_opening(b)]
    for i, block in enumerate(blocks):
        if not TITLE_HINT.search(block):
            continue
        after = blocks[i + 1] if i + 1 < len(blocks) else ""
        if not _typed(block) and _typed(after) and "。" not in after and len(after) <= 40:
            return block + after
        return block
    return None


def _clean_title(title: str) -> str:
    """One line, without a news copy's wrapping (（受权发布）, （全文）, 全文如下：)."""
    title = re.sub(r"(?<=[\u4e00-\u9fff（）《》“”])\s+(?=[\u4e00-\u9fff（）《》“”])", "", title.strip())  # a title on two lines
    title = TITLE_TAG.sub("", re.sub(r"\s+", " ", title).strip())
    return TITLE_DATELINE.sub("", TITLE_TAIL.sub("", title)).strip()


def _title(seg: Segmented, hint: str | None) -> str:
    if hint:
        parts = [p for p in re.split(HINT_SEPARATOR, hint) if TITLE_HINT.search(p)]
        hint = parts[0] if parts else SITE_SUFFIX.sub("", hint)
    title = _clean_title(_header_title(seg) or hint or "")
    return title or seg.paragraphs[0].text[:60]


def _doc_type(title: str, first: str = "") -> str:
    """Type from the title; else from the opening sentence (声明如下, 发表如下宣言)."""
    kind = next((kind for word, kind in DOC_TYPES if word in title), None)
    if kind is None:
        lead = re.search(r"(?:发表|通过)(?:如下|以下)?(宣言|声明|公报)|(宣言|声明)如下", first)
        word = lead and (lead.group(1) or lead.group(2))
        kind = next((k for w, k in DOC_TYPES if w == word), "other")
    return kind


def _published(seg: Segmented, hint: str | None) -> str | None:
    for block, _, _ in seg.header:
        if TIMESTAMP.match(block):
            return normalise_datetime(block)
    return normalise_datetime(hint)


def _council(issuing_body: str | None, title: str, first: str) -> str | None:
    """The council from the issuing body, else the title, else the opening sentence (成员国元首于…举行会议)."""
    for text in (issuing_body, title, first.split("。")[0][:80]):
        if text:
            found = next((name for rx, name, _ in COUNCILS if rx.search(text)), None)
            if found:
                return found
    return "other" if issuing_body else None


def _datelines(seg: Segmented) -> list[tuple[DateSpan, str | None]]:
    """Dates the text gives itself outside the opening sentence: header lines, then closing lines (date, place)."""
    blocks = [b for b, _, _ in seg.header if not TIMESTAMP.match(b)] + [p.text for p in seg.paragraphs[-3:]]
    found = []
    for block in blocks:
        m = OWN_DATELINE.match(block.strip())
        dates = find_dates(m["date"]) if m else []
        if m and dates:
            found.append((dates[0], m["place"]))
    return found


def _opening(seg: Segmented) -> str:
    """The opening sentence: a header block that reads as one (see _is_opening), else the first paragraph."""
    return next((b for b, _, _ in seg.header[1:] if not TIMESTAMP.match(b) and _is_opening(b)), seg.paragraphs[0].text)


def _meeting_dates(first: str) -> list[DateSpan]:
    """Dates of the opening, the one of the meeting first: the last date before the first 举行 (根据2019年…的决定，
    2020年11月10日，…会议以视频方式举行), else the dates in order."""
    dates = find_dates(first)
    held = first.find("举行")
    before = [d for d in dates if d.span[0] < held]
    if held >= 0 and before:
        meeting = before[-1]
        return [meeting] + [d for d in dates if d is not meeting]
    return dates


def _opening_session(first: str) -> int | None:
    """The session number the opening gives the meeting it reports: the ordinal of the meeting that is held
    (…理事会第二十四次会议在莫斯科举行, …部长第十一次会议以视频方式举行); not the number of another meeting
    (为落实…第二十三次会议成果，…会议在某城举行)."""
    held = HELD_SESSION.search(first)
    return ordinal(held.group()) if held else None


def _wire_date(first: str, wire_dateline: str | None, published: str | None) -> list[DateSpan]:
    """A news copy's meeting date written as a bare day (…会议14日在比什凯克举行): the month from the agency's
    dateline (新华社比什凯克6月14日电), the year from the publication date."""
    day, month = BARE_DAY.search(first), WIRE_DAY.search(wire_dateline or "")
    if not (day and month and published and published[:4].isdigit()):
        return []
    y, m = int(published[:4]), int(month["m"])
    try:
        start = dt.date(y, m, int(day["d"]))
        end = dt.date(y, m, int(day["d2"])) if day["d2"] else None
    except ValueError:
        return []
    return [DateSpan(start, end, day.span())]


def document_date(info: DocumentInfo, seg: Segmented) -> str | None:
    """The best date the document gives itself (ISO day): the meeting date; else a date in the title or a header
    line (…宣言（2024年7月4日，某城）, a dateline under the title); else the publication date. For looking up the
    states' SCO status when the text names no meeting date (documents.meeting_date stays null then)."""
    if info.meeting_date:
        return info.meeting_date
    for block in [info.title] + [b for b, _, _ in seg.header if not TIMESTAMP.match(b)]:
        dates = find_dates(block)
        if dates:
            return dates[0].start.isoformat()
    day = (info.published_at or "")[:10]
    return day if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) else None


def describe(seg: Segmented, title_hint: str | None = None, published_hint: str | None = None,
             wire: tuple[str | None, str | None] = (None, None)) -> DocumentInfo:
    """Document-level fields from the header and the first paragraph; `wire` is the news-wire (dateline, agency)
    that cleaning removed, if any."""
    title = _title(seg, title_hint)
    first = _opening(seg)
    body_match = BODY.search(title) or BODY.search(first)
    written = body_match.group(0) if body_match else None
    if written is None:
        ministers = MINISTERIAL.search(title) or MINISTERIAL.search(first.split("。")[0])
        written = ministers["who"] + ministers["meeting"] if ministers else None
    council = _council(written, title, first)
    issuing_body = written or COUNCIL_NAMES.get(council or "")
    published = _published(seg, published_hint)
    dates = _meeting_dates(first) or _wire_date(first.split("。")[0], wire[0], published)
    place = PLACE.search(first)
    place = None if place is None or re.search(r"的|气氛|方式|期间|框架", place.group(1)) else place
    video = VIDEO.search(first)
    dateline_place = None
    if not dates and (lines := _datelines(seg)):
        dates, dateline_place = [lines[0][0]], lines[0][1]
    dates = dates or [d for p in seg.paragraphs[1:3] if "举行" in p.text for d in find_dates(p.text)][:1]
    return DocumentInfo(
        title=title,
        doc_type=_doc_type(title, first),
        issuing_body=issuing_body,
        council=council,
        session_number=ordinal(title) or _opening_session(first),
        meeting_date=dates[0].start.isoformat() if dates else None,
        meeting_end_date=dates[0].end.isoformat() if dates and dates[0].end else None,
        meeting_format="video" if video else ("in_person" if place or dateline_place else None),
        meeting_place=None if video else (gazetteer.city_of(place.group(1)) if place else dateline_place),
        published_at=published,
        wire_dateline=wire[0],
        wire_agency=wire[1],
    )
