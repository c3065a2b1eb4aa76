"""Chinese dates and ordinals: 2020年11月30日, 2020年8月20日至21日, 第十九次."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import cn2an

_NUM = r"[0-9０-９]+"
DATE_RE = re.compile(
    rf"(?P<y>{_NUM})年(?P<m>{_NUM})月(?P<d>{_NUM})日"
    rf"(?:\s*(?:至|到|—|-|－|~|～)\s*(?:(?:(?P<y2>{_NUM})年)?(?P<m2>{_NUM})月)?(?P<d2>{_NUM})日)?"
)
ORDINAL_RE = re.compile(r"第([〇零一二三四五六七八九十百两0-9]+)(?:次|届)")


@dataclass(frozen=True)
class DateSpan:
    """A date or date range found in text, with its local character span."""

    start: dt.date
    end: dt.date | None
    span: tuple[int, int]


def _int(text: str) -> int:
    return int(text.translate(str.maketrans("０１２３４５６７８９", "0123456789")))


def _date(y: str, m: str, d: str) -> dt.date | None:
    try:
        return dt.date(_int(y), _int(m), _int(d))
    except ValueError:
        return None


def find_dates(text: str) -> list[DateSpan]:
    """All real dates (and ranges such as 8月20日至21日) in text, in order."""
    found: list[DateSpan] = []
    for m in DATE_RE.finditer(text):
        start = _date(m["y"], m["m"], m["d"])
        if start is None:
            continue
        end = None
        if m["d2"]:
            end = _date(m["y2"] or m["y"], m["m2"] or m["m"], m["d2"])
        found.append(DateSpan(start, end, m.span()))
    return found


def ordinal(text: str) -> int | None:
    """Convert a Chinese or Arabic ordinal such as 第十九次 to 19."""
    m = ORDINAL_RE.search(text)
    if not m:
        return None
    digits = m.group(1)
    if digits.isdigit():
        return int(digits)
    try:
        return int(cn2an.cn2an(digits, "smart"))
    except ValueError:
        return None
