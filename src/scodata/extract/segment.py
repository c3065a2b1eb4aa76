"""Split clean text into header lines and paragraphs, and tell preamble from body."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InputError
from ..model import Paragraph
from .dates import find_dates
from .labels import label_end
from .stances import MEMBERS, SPEAKERS

SCO = re.compile(r"上海合作组织|上合组织")
TIMESTAMP = re.compile(r"^\s*(?:发布时间[:：]\s*)?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
ATTENDANCE = re.compile(r"举行|出席|列席|主持|与会|参会|参加了?(?:本次|此次)?会议")
EARLY_VERB = re.compile(r"^.{0,40}(强调|指出|认为|重申|支持|注意到|欢迎|回顾)")
# An opening sentence that ends in a colon instead of 。 (a declaration's "成员国元首于…在某城举行会议，声明如下："):
# it names the meeting (a date and a meeting verb) and introduces what follows.
MEETING_VERB = re.compile(r"举行|召开|会晤|相聚|聚会|齐聚|会面|出席")
COLON_END = re.compile(r"[：:]\s*$")
# What a news copy puts before a reposted text, never its opening: a wire dateline (…7月4日电) or a lead
# announcing the full text (全文如下：, （全文）).
NEWS_LEAD = re.compile(r"全文|[0-9０-９]\s*日\s*[电讯]")


def deliberates(text: str) -> bool:
    """True when a paragraph opens with a speaking subject (各代表团团长, 外长们, 成员国…) or a stance verb."""
    at = label_end(text)  # (past a numbered item's label: 一、外长们…)
    return bool(SPEAKERS.match(text, at) or MEMBERS.match(text, at) or EARLY_VERB.match(text, at))


@dataclass(frozen=True)
class Segmented:
    """Header blocks before the first sentence (title, dateline, source) and the paragraphs."""

    header: list[tuple[str, int, int]]
    paragraphs: list[Paragraph]


def blocks(text: str) -> list[tuple[str, int, int]]:
    """Blank-line separated blocks with their offsets."""
    return [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]


def is_colon_opening(block: str) -> bool:
    """True when a block without 。 is the text's opening sentence ending in a colon: a date, a meeting verb
    (举行, 召开, 会晤…) and a closing ： or :, and not a news copy's dateline or lead (…电, 全文如下：)."""
    return (bool(COLON_END.search(block)) and "。" not in block and not TIMESTAMP.match(block)
            and bool(MEETING_VERB.search(block)) and not NEWS_LEAD.search(block) and bool(find_dates(block)))


def _preamble_count(texts: list[str], opening: bool = False) -> int:
    """Paragraphs of the preamble: the attendance paragraphs at the start (an opening that ends in a colon is one)."""
    count = 0
    for i, text in enumerate(texts):
        if count and (not ATTENDANCE.search(text) or deliberates(text)):
            break
        if not count and not (ATTENDANCE.search(text) or (opening and i == 0)):
            break
        count += 1
    return count


def segment(text: str) -> Segmented:
    """Header and paragraphs of a clean communiqué; InputError when it is not one."""
    all_blocks = blocks(text)
    first = next((i for i, (b, _, _) in enumerate(all_blocks) if "。" in b and not TIMESTAMP.match(b)), None)
    if first is None:
        raise InputError("not a communiqué: no sentence ending in 。 in the text")
    if not SCO.search(text):
        raise InputError("not an SCO communiqué: the text never names the Shanghai Cooperation Organisation")
    opening = next((i for i, (b, _, _) in enumerate(all_blocks[:first]) if is_colon_opening(b)), None)
    if opening is not None:
        first = opening  # the header keeps the title and datelines; the opening sentence is paragraph 1
    body = all_blocks[first:]
    if sum("。" in b for b, _, _ in body) < 2:
        raise InputError("not a communiqué: fewer than two paragraphs of sentences")
    n_pre = _preamble_count([b for b, _, _ in body], opening is not None)
    paragraphs = [
        Paragraph(seq, block, start, end, "preamble" if seq <= n_pre else "body")
        for seq, (block, start, end) in enumerate(body, 1)
    ]
    return Segmented(all_blocks[:first], paragraphs)
