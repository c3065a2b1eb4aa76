"""Dated meetings and forums a communiqué refers to: dates, format or place, host, name, session number."""

from __future__ import annotations

import re

from scodata import gazetteer
from scodata.extract.citations import ACTION
from scodata.extract.dates import DateSpan, find_dates, ordinal
from scodata.extract.records import number_records, span_record
from scodata.extract.stances import STANCE_RE
from scodata.model import Paragraph, Record

NOUN = (
    r"(?:会议|论坛|峰会|磋商|会晤|大会|年会|联委会|研讨会|博览会|展览会|洽谈会|交流会|对话会|圆桌会|大赛|比赛)"
)
HELD = r"(?:举行|召开|举办)"
# date first: "2020年10月28日在印方主持下以视频方式举行的上合组织成员国经贸部长第十九次会议"
AFTER_DATE = re.compile(rf"^(?P<pre>[^。；;《》]{{0,60}}?){HELD}了?的?(?P<name>[^，,。；;、《》]*{NOUN})")
# name first: "上合组织成员国外长理事会会议于2021年7月14日在杜尚别举行"
NAME_BEFORE = re.compile(rf"(?P<name>[^，,。；;、《》]*{NOUN})(?:将)?于$")
HELD_AFTER = re.compile(rf"^(?P<pre>[^，,。；;《》]{{0,30}}?){HELD}")
# the communiqué's own meeting: "2020年11月30日，……理事会第十九次会议以视频方式举行。"
OWN = re.compile(rf"^[，,]\s*(?P<name>[^。；;]+?{NOUN})(?P<pre>[^，,。；;]{{0,30}}?){HELD}(?=[。，,；;]|$)")
DOC_ACTION = re.compile(rf"^[^，,。；;《》]{{0,40}}?{ACTION}(?:并{ACTION})*了?的?\s*《")
VIDEO = re.compile(r"视频|线上|远程|网络")
PLACE = re.compile(r"在(?P<place>[\u4e00-\u9fff]{1,12}?)(?:以[^，,。]{0,8}方式)?$")
INITIATIVE = re.compile(r"应[^，,。]{1,30}?倡议[，,]?")
ASIDE = re.compile(r"[（(](?:以下简称|下称)[^）)]*[）)]")
# A meeting name runs on into its clause when a verb follows it: "…外交部长理事会会议为本次会议做了准备".
NAME_RUN_ON = re.compile(rf"{NOUN}(?=(?:为|将|已|把|使|向|对(?!话)))")
HOSTING = re.compile(r"主持|主办|承办")
FIRST = re.compile(r"首次|首届")
COMMA = re.compile("[，,]")


def _cut_run_on(name: str) -> str:
    """The meeting name up to the first noun followed by a verb or preposition (the rest is the clause)."""
    m = NAME_RUN_ON.search(name)
    return name[: m.end()] if m else name


def _host(pre: str) -> tuple[str | None, str | None]:
    """Host state written in the stretch before 举行 (由印方, 在印方主持下, 印方以视频方式)."""
    pre = INITIATIVE.sub(lambda m: "\0" * len(m.group()), pre)  # 应X倡议 names the initiator, not the host
    for m in gazetteer.scan(pre):
        if m.entity.kind != "state":
            continue
        after = pre[m.end :]
        if pre[: m.start].endswith("在") and not HOSTING.match(after):
            continue  # 在中国举行: a place
        return m.text, m.entity.entity_id
    return None, None


def _place(pre: str) -> str | None:
    m = PLACE.search(pre)
    if m is None or HOSTING.search(m["place"]):
        return None
    return gazetteer.city_of(m["place"])


def _session(name: str) -> int | None:
    number = ordinal(name)
    if number is None and FIRST.search(name):
        number = 1
    return number


def _record(doc_id: str, para: Paragraph, a: int, b: int, name: str, date: DateSpan, pre: str,
            is_current: bool) -> Record:
    record = span_record(doc_id, "meeting_id", para, a, b)
    host, host_code = _host(pre)
    place = _place(pre)
    video = VIDEO.search(pre) is not None
    record.update(
        name=ASIDE.sub("", name).strip(),
        session_number=_session(name),
        start_date=date.start.isoformat(),
        end_date=date.end.isoformat() if date.end else None,
        format="video" if video else ("in_person" if place else None),
        place=place,
        host=host,
        host_code=host_code,
        is_current_meeting=is_current,
    )
    return record


def _name_before(clause: str) -> re.Match[str] | None:
    """NAME_BEFORE.search(clause), only where it can match: a clause ending in 于 (a search tried at every start
    position, each running to the end, costs the square of the clause's length)."""
    if not clause.endswith(("于", "于\n")):
        return None
    return NAME_BEFORE.search(clause)


def _clause_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in "，,。；;") + 1


def extract_meetings(doc_id: str, paragraphs: list[Paragraph], meeting_date: str | None = None) -> list[Record]:
    """Dated meetings referred to; the communiqué's own meeting is kept with is_current_meeting true."""
    records: list[Record] = []
    own_found = False
    for para in paragraphs:
        text = para.text
        dates = find_dates(text)
        for k, date in enumerate(dates):
            a, b = date.span
            limit = dates[k + 1].span[0] if k + 1 < len(dates) else len(text)
            after = text[b:limit]
            held = None
            if "《" in after and DOC_ACTION.match(after):  # (a document's title opens with 《)
                held = AFTER_DATE.match(after)
                if not (held and "《" not in after[: held.end()]):
                    continue  # 2020年11月10日批准的《…》: a document's date, unless a meeting is held on it first
                    # (2022年9月16日在撒马尔罕举行的…会议批准的《…》)
            own = OWN.match(after)
            if own and not own_found and a == _clause_start(text, a) and text.rfind("。", 0, a) < 0:
                is_current = meeting_date == date.start.isoformat() if meeting_date else para.seq == 1
                own_found = own_found or is_current
                records.append(_record(doc_id, para, a, b + own.end(), own["name"], date, own["pre"], is_current))
                continue
            held = held or AFTER_DATE.match(after)
            if held and all(text[b + c.start() - 2 : b + c.start()] == "倡议" for c in COMMA.finditer(held["pre"])):
                name = _cut_run_on(held["name"])
                end = b + held.end() - (len(held["name"]) - len(name))
                # the opening sentence "成员国元首于2015年7月9日在乌法举行元首理事会会议" holds the communiqué's own
                # meeting (on the meeting date; without one, a meeting held there, not 举行的 qualifying a noun)
                own_here = not own_found and para.seq == 1 and text.rfind("。", 0, a) < 0 and text[a - 1 : a] == "于" and (
                    meeting_date == date.start.isoformat() if meeting_date else "的" not in after[held.end("pre") : held.start("name")])
                own_found = own_found or own_here
                records.append(_record(doc_id, para, a, end, name, date, held["pre"], own_here))
                continue
            before = _name_before(text[_clause_start(text, a) : a])
            held_after = HELD_AFTER.match(after)
            if before and held_after:
                name = before["name"]
                verbs = list(STANCE_RE.finditer(name))
                if verbs:
                    name = name[verbs[-1].end() :]
                start = a - len(before.group()) + (len(before["name"]) - len(name))
                # the opening sentence "…理事会会议于2022年7月29日在塔什干举行" is the communiqué's own meeting
                own_here = not own_found and para.seq == 1 and text.rfind("。", 0, a) < 0 and (
                    meeting_date == date.start.isoformat() if meeting_date else True)
                own_found = own_found or own_here
                records.append(
                    _record(doc_id, para, start, b + held_after.end(), name, date, held_after["pre"], own_here)
                )
    return number_records(doc_id, "meeting_id", "m", records)
