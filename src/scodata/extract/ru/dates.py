"""Russian dates and ordinals: 30 ноября 2020 года, 1 — 2 ноября 2019 года, 30.11.2020, девятнадцатое заседание."""

from __future__ import annotations

import datetime as dt
import re

from scodata.extract.dates import DateSpan

MONTHS = {m: i for i, m in enumerate(
    ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"], 1)}
_MONTH = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
_DASH = r"\s*(?:-|–|—|по|и)\s*"
DATE = re.compile(
    rf"(?<!\d)(?P<d1>\d{{1,2}})(?:{_DASH}(?P<d2>\d{{1,2}}))?\s+(?P<m1>{_MONTH})"
    rf"(?:{_DASH}(?P<d3>\d{{1,2}})\s+(?P<m3>{_MONTH}))?\s+(?P<y>\d{{4}})(?:\s*(?:года|году|г\.))?"
)
NUMERIC = re.compile(r"(?<![\d.])(?P<d1>\d{1,2})\.(?P<m1>\d{2})\.(?P<y>\d{4})(?![\d.])")
_UNITS = ["перв", "втор", "трет", "четв[её]рт", "пят", "шест", "седьм", "восьм", "девят", "десят", "одиннадцат",
          "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат", "восемнадцат",
          "девятнадцат", "двадцат"]
_TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40}
ORDINAL = re.compile(
    r"(?:(?P<num>\d{1,3})\s*-?\s*(?:е|го|м|й|ое|ого|ом)|(?:(?P<tens>двадцать|тридцать|сорок)\s+)?(?P<word>"
    + "|".join(_UNITS) + r")(?:ое|ого|ому|ым|ом|ий|ый|ая|ой|ую|ье|ьего|ьему|ьим|ьем|ья|ьей))\s+(?:очередно\w+\s+|юбилейно\w+\s+)?"
    r"(?:заседани\w+|встреч\w+|саммит\w*|сесси\w+|совещани\w+)",
    re.I,
)


def month(name: str) -> int:
    name = name.lower()
    return next(i for stem, i in sorted(MONTHS.items(), key=lambda kv: -len(kv[0])) if name.startswith(stem))


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str) -> list[DateSpan]:
    """Dates and ranges with a year, in text order (1 — 2 ноября 2019 года -> start and end)."""
    found: list[DateSpan] = []
    for m in DATE.finditer(text):
        y, m1 = int(m["y"]), month(m["m1"])
        if m["d3"]:
            start, end = _date(y, m1, int(m["d1"])), _date(y, month(m["m3"]), int(m["d3"]))
        else:
            start = _date(y, m1, int(m["d1"]))
            end = _date(y, m1, int(m["d2"])) if m["d2"] else None
        if start is not None:
            found.append(DateSpan(start, end, m.span()))
    for m in NUMERIC.finditer(text):
        start = _date(int(m["y"]), int(m["m1"]), int(m["d1"]))
        if start is not None:
            found.append(DateSpan(start, None, m.span()))
    return sorted(found, key=lambda d: d.span)


def session(text: str) -> int | None:
    """Ordinal of a meeting: '19-е заседание', 'девятнадцатого заседания', 'двадцать первое заседание'."""
    m = ORDINAL.search(text)
    if not m:
        return None
    if m["num"]:
        return int(m["num"])
    word = m["word"].lower().replace("ё", "е")
    unit = next(i for i, stem in enumerate(_UNITS, 1) if re.fullmatch(stem, word))
    return _TENS.get((m["tens"] or "").lower(), 0) + unit
