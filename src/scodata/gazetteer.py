"""Gazetteer of the states and organisations SCO communiqués name, with longest-match text scanning
(an Aho–Corasick automaton over every name)."""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import ahocorasick

from scodata.model import Record

GAZETTEER_CSV = Path(__file__).resolve().parent / "data" / "gazetteer.csv"
MEMBERSHIPS_CSV = Path(__file__).resolve().parent / "data" / "memberships.csv"

# "中方", "印方": a state's "side". Not when 方 starts a word (方案, 方法, 方面, 方式…).
_SIDE_FOLLOWERS = frozenset("案法面式向针位略便圆言")
# A state name followed by one of these is a geographic feature, not the state (印度洋).
_FEATURE_FOLLOWERS = frozenset("洋")


@dataclass(frozen=True)
class Entity:
    """One gazetteer row."""

    entity_id: str
    kind: str  # state, organisation, sco_body
    name_en: str
    name_zh_long: str
    name_zh_short: str
    aliases: tuple[str, ...]
    sco_status: str
    member_since: int | None
    status_since: int | None

    @property
    def names(self) -> tuple[str, ...]:
        """Every written form: long name, short name and aliases."""
        return tuple(dict.fromkeys((self.name_zh_long, self.name_zh_short, *self.aliases)))

    @property
    def is_sco(self) -> bool:
        """True for the SCO itself and its bodies."""
        return self.kind == "sco_body" or self.entity_id == "SCO"


class EntityMatch(NamedTuple):
    """A gazetteer name found in text, with its local span (a named tuple: immutable and cheap to make)."""

    entity: Entity
    start: int
    end: int
    text: str


def _year(value: str) -> int | None:
    return int(value) if value.strip() else None


@cache
def entities() -> tuple[Entity, ...]:
    """All gazetteer entities, in file order."""
    with GAZETTEER_CSV.open(encoding="utf-8", newline="") as f:
        return tuple(
            Entity(
                entity_id=row["entity_id"],
                kind=row["kind"],
                name_en=row["name_en"],
                name_zh_long=row["name_zh_long"],
                name_zh_short=row["name_zh_short"],
                aliases=tuple(a for a in row["aliases"].split("|") if a),
                sco_status=row["sco_status"],
                member_since=_year(row["member_since"]),
                status_since=_year(row["status_since"]),
            )
            for row in csv.DictReader(f)
        )


@cache
def _by_name() -> dict[str, Entity]:
    table: dict[str, Entity] = {}
    for entity in entities():
        for name in entity.names:
            table.setdefault(name, entity)
    return table


def _forbidden_after(name: str, entity: Entity) -> frozenset[str]:
    """Characters that, right after this name, show it is part of another word (中方案, 印度洋)."""
    forbidden = _SIDE_FOLLOWERS if name.endswith("方") and len(name) == 2 else frozenset()
    return forbidden | _FEATURE_FOLLOWERS if entity.kind == "state" else forbidden


@cache
def _automaton() -> ahocorasick.Automaton:
    """An Aho–Corasick automaton over every name; each value is (length, name, entity, forbidden followers)."""
    automaton = ahocorasick.Automaton()
    for name, entity in _by_name().items():
        automaton.add_word(name, (len(name), name, entity, _forbidden_after(name, entity)))
    automaton.make_automaton()
    return automaton


@cache
def _pattern() -> re.Pattern[str]:
    """Every name, longest first, each followed by its guard: the longest name at one position (match_at on a
    text that is not scanned as a whole, e.g. an attendance entry)."""
    parts = []
    for name in sorted(_by_name(), key=len, reverse=True):
        forbidden = _forbidden_after(name, _by_name()[name])
        guard = f"(?![{''.join(re.escape(c) for c in sorted(forbidden))}])" if forbidden else ""
        parts.append(re.escape(name) + guard)
    return re.compile("|".join(parts))


_STARTS: dict[str, dict[int, EntityMatch]] = {}  # text -> starts(text), for the paragraphs being extracted
_STARTS_LIMIT = 1024  # paragraphs: more than any one document has


def clear_cache() -> None:
    """Forget the texts scanned so far."""
    _STARTS.clear()


def starts(text: str) -> dict[int, EntityMatch]:
    """The longest name (not followed by a forbidden character) starting at each position of text, in order of
    position. Cached per text (the extractors read the same paragraphs; match_at and scan use the cache when
    the text is in it). Shared: do not change the result."""
    found = _STARTS.get(text)
    if found is None:
        if len(_STARTS) >= _STARTS_LIMIT:
            _STARTS.clear()
        found = _STARTS[text] = _longest_by_start(text)
    return found


def _longest_by_start(text: str) -> dict[int, EntityMatch]:
    """One pass of the automaton: every name ending at every position; the longest kept at each start (names come
    in order of their end, so a later name with the same start is a longer one)."""
    best: dict[int, EntityMatch] = {}
    in_order = True  # the starts come in increasing order (no name inside another): no sort needed
    previous = -1
    for last, (length, name, entity, forbidden) in _automaton().iter(text):
        if forbidden and text[last + 1 : last + 2] in forbidden:
            continue
        start = last + 1 - length
        in_order = in_order and start >= previous
        previous = start
        best[start] = _new_match(EntityMatch, (entity, start, last + 1, name))
    return best if in_order else dict(sorted(best.items()))


_new_match = tuple.__new__  # EntityMatch(...) without the named tuple's Python-level __new__


def city_of(place: str) -> str:
    """A place without the state written before it: 中华人民共和国青岛 → 青岛 (a bare state name is kept)."""
    found = match_at(place, 0)
    if found is not None and found.entity.kind == "state" and found.end < len(place):
        return place[found.end :]
    return place


def get(entity_id: str) -> Entity | None:
    """The entity with this id, or None."""
    return _by_id().get(entity_id)


@cache
def _by_id() -> dict[str, Entity]:
    """Entity id -> entity (the first row of an id)."""
    table: dict[str, Entity] = {}
    for entity in entities():
        table.setdefault(entity.entity_id, entity)
    return table


def lookup(name: str) -> Entity | None:
    """The entity whose name or alias is exactly `name`."""
    return _by_name().get(name.strip())


def scan(text: str) -> list[EntityMatch]:
    """All gazetteer names in text, leftmost-longest and non-overlapping."""
    by_start = _STARTS.get(text)
    if by_start is None:
        by_start = _longest_by_start(text)  # (not cached: an entry or a clause, read once)
    found: list[EntityMatch] = []
    end = 0
    for start, match in by_start.items():
        if start >= end:
            found.append(match)
            end = match.end
    return found


def match_at(text: str, pos: int = 0) -> EntityMatch | None:
    """The longest gazetteer name starting exactly at `pos`, or None."""
    cached = _STARTS.get(text)
    if cached is not None:
        return cached.get(pos)
    if text[pos : pos + 1] not in _first_chars():
        return None  # (most positions: no name starts with the character there)
    m = _pattern().match(text, pos)
    return EntityMatch(_by_name()[m.group()], m.start(), m.end(), m.group()) if m else None


@cache
def _first_chars() -> frozenset[str]:
    """The first character of every name."""
    return frozenset(name[0] for name in _by_name())


def state_code(name: str) -> str | None:
    """ISO alpha-3 code of a state written as `name` (long, short, 中方-style or traditional), or None."""
    entity = lookup(name)
    if entity is None:
        found = match_at(name)
        entity = found.entity if found else None
    return entity.entity_id if entity and entity.kind == "state" else None


def member_states(year: int | None = None) -> list[str]:
    """Codes of the gazetteer's member states (members by `year` when given)."""
    return [
        e.entity_id
        for e in entities()
        if e.kind == "state" and e.sco_status == "member" and (year is None or (e.member_since or 0) <= year)
    ]


@dataclass(frozen=True)
class Membership:
    """One dated status period of a state in the SCO (member, observer or dialogue partner)."""

    entity_id: str
    status: str
    start: dt.date
    end: dt.date | None
    decided_at: str
    note: str

    def covers(self, day: dt.date) -> bool:
        """True when the status held on `day` (start and end days included)."""
        return self.start <= day and (self.end is None or day <= self.end)


@cache
def memberships() -> tuple[Membership, ...]:
    """Every status period, in file order (see data/memberships.csv for sources and uncertainty)."""
    with MEMBERSHIPS_CSV.open(encoding="utf-8", newline="") as f:
        return tuple(
            Membership(row["entity_id"], row["status"], dt.date.fromisoformat(row["start_date"]),
                       dt.date.fromisoformat(row["end_date"]) if row["end_date"] else None,
                       row["decided_at"], row["note"])
            for row in csv.DictReader(f)
        )


@cache
def _memberships_of_all() -> dict[str, tuple[Membership, ...]]:
    table: dict[str, list[Membership]] = {}
    for m in memberships():
        table.setdefault(m.entity_id, []).append(m)
    return {entity_id: tuple(periods) for entity_id, periods in table.items()}


def _memberships_of(entity_id: str) -> tuple[Membership, ...]:
    """The status periods of one entity, in file order."""
    return _memberships_of_all().get(entity_id, ())


def _day(day: str | dt.date | None) -> dt.date | None:
    if day is None or isinstance(day, dt.date):
        return day
    try:
        return dt.date.fromisoformat(day[:10])
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def status_on(entity_id: str, day: str | dt.date | None) -> str | None:
    """The SCO status (member, observer, dialogue_partner) the entity held on `day`; None when it had none
    (or when the day is unknown). Cached: the periods are fixed data."""
    when = _day(day)
    if when is None:
        return None
    return next((m.status for m in _memberships_of(entity_id) if m.covers(when)), None)


def members_on(day: str | dt.date | None) -> list[str]:
    """Codes of the member states on `day`, in gazetteer order; [] when the day is unknown."""
    when = _day(day)
    if when is None:
        return []
    codes = {m.entity_id for m in memberships() if m.status == "member" and m.covers(when)}
    return [e.entity_id for e in entities() if e.entity_id in codes]


def membership_records() -> list[Record]:
    """The status periods as rows of the published `memberships` table."""
    return [
        {
            "membership_id": f"{m.entity_id}-{m.status.replace('_', '-')}-{m.start.isoformat()}",
            "entity_id": m.entity_id,
            "status": m.status,
            "start_date": m.start.isoformat(),
            "end_date": m.end.isoformat() if m.end else None,
            "decided_at": m.decided_at or None,
            "note": m.note or None,
        }
        for m in memberships()
    ]


def _other_names(entity_id: str, language: str) -> list[str]:
    """Names of an entity in another language (scodata.lang.names, data/gazetteer_names.csv)."""
    from scodata.lang import names

    return names.names(entity_id, language)


def gazetteer_records() -> list[Record]:
    """The gazetteer as rows of the published `gazetteer` table."""
    return [
        {
            "entity_id": e.entity_id,
            "kind": e.kind,
            "name_en": e.name_en,
            "name_zh_long": e.name_zh_long,
            "name_zh_short": e.name_zh_short,
            "aliases": list(e.aliases),
            "names_en": _other_names(e.entity_id, "en"),
            "names_ru": _other_names(e.entity_id, "ru"),
            "sco_status": e.sco_status,
            "member_since": e.member_since,
            "status_since": e.status_since,
        }
        for e in entities()
    ]
