"""States written as adjectives (китайской инициативы, the Kazakh and Russian sides), from the states' "… side" aliases."""

from __future__ import annotations

import re
from functools import cache

from scodata.gazetteer import Entity, EntityMatch
from scodata.lang import names


def _adjective_state(text: str, m: re.Match[str], language: str) -> EntityMatch | None:
    """A state written as an adjective (китайской инициативы): its stem is the adjective of one of the state's
    "… side"/"… сторона" aliases (Китайская сторона)."""
    group = "who" if "who" in m.re.groupindex else 0
    word = m.group(group)
    if " " in word or len(word) < 5 or not word.isalpha():
        return None
    entity = _side_entity(word, language)
    return EntityMatch(entity, m.start(group), m.end(group), word) if entity else None


@cache
def _side_adjectives(language: str) -> tuple[tuple[str, Entity], ...]:
    """(adjective in lower case, state) from the states' "… side"/"… сторона" aliases."""
    found = []
    for form, entity in names.forms(language).items():
        first, _, rest = form.partition(" ")
        if entity.kind == "state" and rest.lower() in ("side", "сторона"):
            found.append((first.lower(), entity))
    return tuple(found)


def _side_entity(word: str, language: str) -> Entity | None:
    """The state whose "… side" adjective starts with the word's stem (узбекская, узбекской, Uzbek)."""
    stem = word[: max(4, len(word) - 2)].lower()
    return next((entity for adjective, entity in _side_adjectives(language) if adjective.startswith(stem)), None)


def _adjective_code(word: str, language: str) -> str | None:
    """The state code of an adjective in any case or number, hyphenated ones included."""
    if len(word) < 4 or not word.replace("-", "").isalpha():
        return None
    entity = _side_entity(word, language)
    return entity.entity_id if entity else None


# adjectives of states sharing one noun: «Белорусская, иранская и узбекская стороны», "The Kazakh and Russian sides",
# "The Kazakh and Russian delegations"; or one state's delegation: «Индийская делегация», "The Indian delegation" (one
# state's side is a gazetteer alias)
SIDES = re.compile(r"(?P<adjectives>[A-ZА-ЯЁ][\w-]+(?:\s*,\s*[\w-]+)*\s+(?:и|and)\s+[\w-]+)\s+"
                   r"(?:стороны|делегации|sides|delegations)(?![\w-])"
                   r"|(?P<adjective>[A-ZА-ЯЁ][\w-]+)\s+(?:делегация|delegation)(?![\w-])")
ADJECTIVE_SEP = re.compile(r"\s*,\s*|\s+(?:и|and)\s+")


def _adjective_sides(text: str, pos: int, language: str) -> tuple[int, list[str]]:
    """(end, codes) of a subject made of state adjectives sharing one noun (sides, стороны, delegations), or of one
    state's delegation; (pos, []) if none."""
    m = SIDES.match(text, pos)
    if m is None:
        return pos, []
    adjectives = m.group("adjectives") or m.group("adjective")
    codes = [_adjective_code(word, language) for word in ADJECTIVE_SEP.split(adjectives)]
    if None in codes:
        return pos, []
    return m.end(), [str(code) for code in codes]
