"""Documents cited by title in 《》 (titles nested in 〈〉 or 《》 become child rows), with action, date, place."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from typing import NamedTuple

from scodata.extract.dates import DATE_RE, find_dates
from scodata.extract.records import record_id, span_record
from scodata.model import Paragraph, Record

OPEN, CLOSE = "《〈", "》〉"
BRACKET = re.compile("[《〈》〉]")
ACTION_VERB = r"(?:签署|签订|批准|通过|发表|发布|制定|修订|缔结|核准|商定|确认|审议)"
ACTION = rf"(?:共同)?{ACTION_VERB}"
# What _BEFORE needs at the end of the text before a title (a fast test before it: _BEFORE is tried at every position).
# An edition named between the action and the title (批准了新版《…》, 通过了修订版《…》): the action is still the verb's.
_EDITION = r"(?:最?新版|修订版)?"
_ACTION_AT_END = re.compile(rf"{ACTION_VERB}后?了?{_EDITION}的?\s*$")
# An action someone is instructed to take (责成主管部门尽快商定《…》, 委托秘书处制定《…》): not one taken.
_INSTRUCTED = re.compile(r"(?:责成|委托|指示|授权)[^，,。；;：:]*$")
# An action that is the topic of talks (就修订《…》的议定书开展磋商, 围绕制定《…》交换意见): not taken. (关于 is not: a
# proposal 关于制定《…》的倡议 names the action of the title it cites.)
_TOPIC = re.compile(r"(?:就|围绕)$")
_SPACES = re.compile(r"\s+")
# "2010年6月11日在塔什干签署的《" (or 于塔什干), "2020年11月10日批准的《", "包括批准《", "制定并通过《"; an attribute after the
# action (批准了经修订的《, 通过新修订的《, 批准了修订后的《) describes the title, the action is the verb before it.
_BEFORE = re.compile(
    rf"(?:(?P<date>{DATE_RE.pattern})(?P<mid>[^，,。；;《》〈〉、]{{0,40}}?))?"
    rf"(?P<action>{ACTION}(?:并{ACTION})*)了?{_EDITION}(?:(?:[经新]{ACTION_VERB}|{ACTION_VERB}后)(?=的))?(?P<de>的)?\s*$"
)
# Between two titles that share the action before the first (批准了《A》和《B》, 签署《A》、《B》及《C》, 《A》，以及《B》).
_COORDINATION = re.compile(r"\s*(?:[、，,]\s*(?:以及|及|和)?|以及|和|及|与|同)\s*")
# "《…》(2021年9月17日,杜尚别)" / "《…》（2021年9月17日，杜尚别）"
_AFTER = re.compile(
    rf"^\s*[（(]\s*(?P<date>{DATE_RE.pattern})\s*(?:[，,、]\s*(?P<place>[^）)，,、\s]{{1,12}}))?\s*[）)]"
)
_PLACE = re.compile(r"^\s*[在于](?P<place>[\u4e00-\u9fff]{1,10}?)(?:举行的.*)?$")
# "六国元首在上海签署《…》": a place right before the action, without a date.
_PLACE_ACTION = re.compile(rf"在(?P<place>[\u4e00-\u9fff]{{1,8}}?){ACTION}(?:并{ACTION})*了?的?\s*$")
_NOT_PLACE = re.compile(r"会|框架|基础|范围|过程|期间|[上中内下间时]$")
_DASH = re.compile(r"(?<=\d)\s*[-－—–~～]\s*(?=\d)")
_DASHES = "-－—–~～"
_WIDTH = {"(": "（", ")": "）", ",": "，", ":": "：", ";": "；"}  # each to a character outside the keys
# Where _BEFORE can start: a date's first character or an action's (a fast scan for the few places to try it).
_BEFORE_FIRST = re.compile(r"[0-9０-９〇零一二三四五六七八九○ＯOo共签批通发制修缔核商确审]")


class Bracketed(NamedTuple):
    """A bracketed title: local span of the brackets and the index of the enclosing title, if any."""

    start: int
    end: int
    parent: int | None


def normalise_title(title: str) -> str:
    """Title with spacing removed and brackets, punctuation width and digit dashes unified."""
    if any(dash in title for dash in _DASHES):
        title = _DASH.sub("-", title)
    title = _SPACES.sub("", title)
    for narrow, wide in _WIDTH.items():  # (str.replace: a translation table is slower on Chinese text)
        if narrow in title:
            title = title.replace(narrow, wide)
    return title


def title_key(title_normalised: str) -> str:
    """Stable registry key of a cited document: cd- and 12 hex digits of SHA-1."""
    return "cd-" + hashlib.sha1(title_normalised.encode("utf-8")).hexdigest()[:12]


def bracketed_titles(text: str) -> list[Bracketed]:
    """Balanced 《》 titles and titles nested inside them (〈〉 or 《》), in order of opening."""
    if "《" not in text:
        return []  # a 〈〉 title counts only inside a 《》 one
    found: list[list[int]] = []  # [start, end (-1 while open), index of the enclosing title (-1: none)]
    stack: list[tuple[str, int]] = []  # (bracket, index in found)
    for m in BRACKET.finditer(text):
        i, ch = m.start(), m.group()
        if ch in OPEN and (ch == "《" or stack):
            found.append([i, -1, stack[-1][1] if stack else -1])
            stack.append((ch, len(found) - 1))
        elif ch in CLOSE and stack:
            bracket, index = stack.pop()
            if OPEN.index(bracket) != CLOSE.index(ch):
                stack.clear()  # unbalanced: drop what is open
                continue
            found[index][1] = i + 1
    return [Bracketed(start, end, None if parent < 0 else parent) for start, end, parent in found
            if end > 0 and (parent < 0 or found[parent][1] > 0)]


@lru_cache(maxsize=256)
def _iso(date_text: str | None) -> str | None:
    if not date_text:
        return None
    dates = find_dates(date_text)
    return dates[0].start.isoformat() if dates else None


def _search_before(window: str) -> re.Match[str] | None:
    """_BEFORE.search(window), tried only where a match can start."""
    for first in _BEFORE_FIRST.finditer(window):
        m = _BEFORE.match(window, first.start())
        if m:
            return m
    return None


Context = dict[str, str | None]


def _context(text: str, b: Bracketed, shared: Context | None = None) -> tuple[Context, Context | None]:
    """action, date and place of a top-level title from the words before it; when they name no action, `shared`
    (what the previous title, coordinated with this one, had), if given. Second: what a title coordinated with this
    one shares, when the action is a main verb (批准了《A》和《B》), not a relative clause (X日批准的《A》和《B》: of A)."""
    clause_start = max(text.rfind(c, 0, b.start) for c in "。；;") + 1
    window = text[clause_start : b.start][-80:]
    before = _search_before(window) if _ACTION_AT_END.search(window) else None
    action = date = place = None
    if before is None and shared is not None:
        return shared, shared
    if before is not None and (_INSTRUCTED.search(window, 0, before.start("action"))
                               or _TOPIC.search(window, 0, before.start("action"))):
        none: Context = {"action": None, "date": None, "place": None}
        return none, None
    if before:
        action = before["action"]
        if before["de"] and before["date"]:
            date = _iso(before["date"])
            mid = _PLACE.match(before["mid"] or "")
            place = mid["place"] if mid else None
    if action and place is None and date is None:
        at = _PLACE_ACTION.search(text[clause_start : b.start][-40:])
        place = at["place"] if at and not _NOT_PLACE.search(at["place"]) else None
    context = {"action": action, "date": date, "place": place}
    return context, context if before is not None and before["de"] is None else None


def _with_after(text: str, b: Bracketed, context: Context) -> Context:
    """The context with the date and place of a (date, place) right after the title when it has no date."""
    after = _AFTER.match(text[b.end :])
    if after and context["date"] is None:
        return {**context, "date": _iso(after["date"]), "place": after["place"]}
    return context


def _coordinated(text: str, previous: Bracketed | None, b: Bracketed) -> bool:
    """True when only a list separator (、 和 及…) stands between the previous top-level title and this one."""
    return previous is not None and _COORDINATION.fullmatch(text, previous.end, b.start) is not None


def extract_citations(doc_id: str, paragraphs: list[Paragraph]) -> list[Record]:
    """One record per cited title; nested titles point to their parent through parent_id."""
    records: list[Record] = []
    for para in paragraphs:
        by_bracket: dict[int, Record] = {}
        previous: Bracketed | None = None  # the last top-level title and what it had from the words before it
        shared: Context | None = None
        for k, b in enumerate(bracketed_titles(para.text)):
            title = para.text[b.start + 1 : b.end - 1]
            if not title.strip():
                continue
            record = span_record(doc_id, "cited_document_id", para, b.start, b.end)
            normalised = normalise_title(title)
            parent = by_bracket.get(b.parent) if b.parent is not None else None
            if b.parent is None:
                own, shared = _context(para.text, b, shared if _coordinated(para.text, previous, b) else None)
                previous, context = b, _with_after(para.text, b, own)
            else:
                context = {"action": None, "date": None, "place": None}
            record.update(title=title, title_normalised=normalised, cited_document_key=title_key(normalised),
                          parent_id=None, **context)
            record["cited_document_id"] = record_id(doc_id, "c", len(records) + 1)
            if parent is not None:
                record["parent_id"] = parent["cited_document_id"]
            by_bracket[k] = record
            records.append(record)
    return records
