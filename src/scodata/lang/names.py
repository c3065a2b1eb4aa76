"""Gazetteer names in languages other than Chinese (data/gazetteer_names.csv), with word-bounded scanning.

Each row gives one entity's long name, short name and aliases in one language; the language's name_forms
function adds the written forms a name takes in running text (Russian case forms). Matching is
case-sensitive, leftmost-longest and bounded by non-letters, so `state_code` and `entity_id` are the same
whatever the language of the text.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

from scodata import gazetteer
from scodata.gazetteer import Entity, EntityMatch

NAMES_CSV = Path(__file__).resolve().parents[1] / "data" / "gazetteer_names.csv"


@cache
def rows() -> tuple[dict[str, str], ...]:
    """The rows of gazetteer_names.csv."""
    with NAMES_CSV.open(encoding="utf-8", newline="") as f:
        return tuple(csv.DictReader(f))


def names(entity_id: str, language: str) -> list[str]:
    """Long name, short name and aliases of an entity in a language, in file order."""
    out: list[str] = []
    for row in rows():
        if row["entity_id"] == entity_id and row["language"] == language:
            out += [row["name_long"], row["name_short"], *(a for a in row["aliases"].split("|") if a)]
    return list(dict.fromkeys(n for n in out if n))


@cache
def forms(language: str) -> dict[str, Entity]:
    """Every written form in a language (names and their inflections) -> entity; first entity wins."""
    from scodata.lang import get

    inflect = get(language).name_forms
    table: dict[str, Entity] = {}
    for row in rows():
        if row["language"] != language:
            continue
        entity = gazetteer.get(row["entity_id"])
        if entity is None:
            continue
        for name in names(row["entity_id"], language):
            for form in inflect(name):
                table.setdefault(form, entity)
    return table


def trie_pattern(words: list[str]) -> str:
    """A regex matching any of the words, as a character trie (longest alternative first at each branch), so a
    thousand names cost one pass instead of a thousand alternatives tried at every position."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if optional else body

    return build(trie)


@cache
def _pattern(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{trie_pattern(list(forms(language)))})(?![\w-])")


def scan(text: str, language: str) -> list[EntityMatch]:
    """All gazetteer names of a language in text, leftmost-longest and non-overlapping."""
    table = forms(language)
    return [EntityMatch(table[m.group()], m.start(), m.end(), m.group()) for m in _pattern(language).finditer(text)]


def match_at(text: str, pos: int, language: str) -> EntityMatch | None:
    """The longest name of a language starting exactly at pos, or None."""
    m = _pattern(language).match(text, pos)
    return EntityMatch(forms(language)[m.group()], m.start(), m.end(), m.group()) if m else None
