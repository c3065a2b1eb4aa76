"""English dates and ordinals: 30 November 2020, 10-11 November 2020, November 30, 2020, 19th, nineteenth."""

from __future__ import annotations

import datetime as dt
import re

from scodata.extract.dates import DateSpan

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
_ABBR = {m[:3]: i for m, i in MONTHS.items()} | {"sept": 9}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
_DASH = r"\s*(?:-|–|—|to|and)\s*"
_TH = r"(?:st|nd|rd|th)?"  # 10th November, the 10th of November, November 10th
DAY_FIRST = re.compile(
    rf"\b(?P<d1>\d{{1,2}}){_TH}(?:{_DASH}(?P<d2>\d{{1,2}}){_TH})?\s+(?:of\s+)?(?P<m1>{_MONTH})"
    rf"(?:{_DASH}(?P<d3>\d{{1,2}}){_TH}\s+(?:of\s+)?(?P<m3>{_MONTH}))?,?\s+(?P<y>\d{{4}})\b"
)
MONTH_FIRST = re.compile(
    rf"\b(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}}){_TH}(?:{_DASH}(?P<d2>\d{{1,2}}){_TH})?,?\s+(?P<y>\d{{4}})\b"
)
ORDINALS = {w: i for i, w in enumerate(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
     "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
     "twentieth"], 1)}
TENS = {"twenty": 20, "thirty": 30, "forty": 40}
ORDINAL = re.compile(
    r"\b(?:(?P<num>\d{1,3})(?:st|nd|rd|th)|(?:(?P<tens>twenty|thirty|forty)[- ])?(?P<word>"
    + "|".join(ORDINALS) + r")|(?P<round>twentieth|thirtieth|fortieth))\s+(?:regular\s+|jubilee\s+|anniversary\s+)?"
    r"(?:meeting|session|summit|Meeting|Session|Summit)",
    re.I,
)


def month(name: str) -> int:
    name = name.lower().rstrip(".")
    return MONTHS.get(name) or _ABBR[name[:4] if name.startswith("sept") else name[:3]]


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str) -> list[DateSpan]:
    """Dates and ranges with a year, in text order (10-11 November 2020 -> start and end)."""
    found: list[DateSpan] = []
    taken: list[tuple[int, int]] = []
    for rx in (DAY_FIRST, MONTH_FIRST):
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            y, m1 = int(m["y"]), month(m["m1"])
            gd = m.groupdict()
            if gd.get("d3"):  # 30 November - 1 December 2020
                start, end = _date(y, m1, int(m["d1"])), _date(y, month(m["m3"]), int(m["d3"]))
            else:
                start = _date(y, m1, int(m["d1"]))
                end = _date(y, m1, int(m["d2"])) if m["d2"] else None
            if start is None:
                continue
            found.append(DateSpan(start, end, m.span()))
            taken.append(m.span())
    return sorted(found, key=lambda d: d.span)


def session(text: str) -> int | None:
    """Ordinal of a meeting: 'the 19th meeting', 'nineteenth meeting', 'twenty-first meeting'."""
    m = ORDINAL.search(text)
    if not m:
        return None
    if m["num"]:
        return int(m["num"])
    if m["round"]:
        return {"twentieth": 20, "thirtieth": 30, "fortieth": 40}[m["round"].lower()]
    return TENS.get((m["tens"] or "").lower(), 0) + ORDINALS[m["word"].lower()]
