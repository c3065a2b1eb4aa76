"""Chinese dates and ordinals: 2020年11月30日, 2020年8月20日至21日, 二〇一九年六月十四日, 第十九次."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

_DIGIT = "〇零一二三四五六七八九"
_YEAR = rf"(?:[0-9０-９]{{4}}|[{_DIGIT}○ＯOo]{{4}})"  # 二O一九: a letter O often stands for 〇
# The same year, opening with one character class so that the regex engine skips ahead to a possible digit
# (a pattern that opens with a repeat is tried at every position, four times slower).
_YEAR_FIRST = (rf"(?:[0-9０-９{_DIGIT}○ＯOo](?:(?<=[0-9０-９])[0-9０-９]{{3}}|"
               rf"(?<=[{_DIGIT}○ＯOo])[{_DIGIT}○ＯOo]{{3}}))")
_NUM = r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})"
DATE_RE = re.compile(
    rf"(?P<y>{_YEAR_FIRST})\s*年\s*(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*日"
    rf"(?:\s*(?:至|到|—|-|－|~|～)\s*(?:(?:(?P<y2>{_YEAR})\s*年)?(?P<m2>{_NUM})\s*月)?(?P<d2>{_NUM})\s*日)?"
)
ORDINAL_RE = re.compile(r"第([〇零一二三四五六七八九十百两0-9]+)(?:次|届)")
# 一 to 九十九 as cn2an writes them (十九, not 一十九): read without cn2an, whose import compiles patterns for 0.3-0.8 s
_ONE_TO_NINETY_NINE = re.compile(r"[一二三四五六七八九]|[二三四五六七八九]?十[一二三四五六七八九]?")


@dataclass(frozen=True)
class DateSpan:
    """A date or date range found in text, with its local character span."""

    start: dt.date
    end: dt.date | None
    span: tuple[int, int]


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_ZH_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "Ｏ": 0, "O": 0, "o": 0}


def _int(text: str) -> int:
    """Arabic (full or half width) or Chinese numerals: 2019, ２０１９, 二〇一九 (digit by digit), 二十六."""
    text = text.translate(_FULL_WIDTH_DIGITS)
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return int("".join(str(_ZH_DIGITS[c]) for c in text))
    tens, _, units = text.partition("十")
    return (_ZH_DIGITS[tens] if tens else 1) * 10 + (_ZH_DIGITS[units] if units else 0)


@lru_cache(maxsize=1024)
def _date(y: str, m: str, d: str) -> dt.date | None:
    try:
        return dt.date(_int(y), _int(m), _int(d))
    except ValueError:
        return None


def find_dates(text: str) -> list[DateSpan]:
    """All real dates (and ranges such as 8月20日至21日) in text, in order."""
    found: list[DateSpan] = []
    if "年" not in text or "日" not in text:
        return found  # every date has a year and a day
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
    return _ordinal_number(m.group(1))


@lru_cache(maxsize=256)
def _ordinal_number(digits: str) -> int | None:
    """19 for 十九 or 19; None when cn2an cannot read it (cached: a handful of numerals recur); 1-99 without cn2an."""
    if digits.isdigit():
        return int(digits)
    if _ONE_TO_NINETY_NINE.fullmatch(digits):  # the ordinals of meetings: read as dates' days are
        return _int(digits)
    import cn2an  # imported on the first Chinese numeral: it compiles ~100 ms of patterns most runs never use

    try:
        return int(cn2an.cn2an(digits, "smart"))
    except ValueError:
        return None
