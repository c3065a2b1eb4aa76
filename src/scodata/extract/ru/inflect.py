"""Russian case forms of gazetteer names (Казахстан, Казахстана, Казахстану, Казахстаном, Казахстане).

A name declines up to and including its first noun: the adjectives before it agree with it, and what follows
stays as written (Республики Казахстан, Организации Объединённых Наций). Acronyms and quoted words never
decline. The six cases are produced per word and combined case by case; a few extra forms are harmless.
"""

from __future__ import annotations

from itertools import product

CASES = 6  # nominative, genitive, dative, accusative, instrumental, prepositional
_HUSHING = "кгхжшчщц"
_ADJ = ("ая", "яя", "ый", "ий", "ой", "ое", "ее", "ые", "ие")


def _word_forms(word: str) -> list[list[str]]:
    """Forms of one word by case (each case may have variants)."""
    if "-" in word:  # Шри-Ланка, Народно-Демократическая: the last part declines
        head, _, last = word.rpartition("-")
        return [[f"{head}-{f}" for f in case] for case in _word_forms(last)]
    w = word
    if w.endswith("ая"):
        s = w[:-2]
        return [[w], [s + "ой"], [s + "ой"], [s + "ую"], [s + "ой"], [s + "ой"]]
    if w.endswith(("ый", "ой")) or (w.endswith("ий") and len(w) > 3 and w[-3] in _HUSHING):
        s = w[:-2]
        soft = "и" if w.endswith("ий") else "ы"
        return [[w], [s + "ого"], [s + "ому"], [w], [s + soft + "м"], [s + "ом"]]
    if w.endswith("ое"):
        s = w[:-2]
        return [[w], [s + "ого"], [s + "ому"], [w], [s + "ым"], [s + "ом"]]
    if w.endswith(("ые", "ие")) and w[0].isupper() and not w.endswith("ние"):
        s, v = w[:-2], w[-2]
        return [[w], [s + v + "х"], [s + v + "м"], [w], [s + v + "ми"], [s + v + "х"]]
    if w.endswith("ия"):
        s = w[:-2]
        return [[w], [s + "ии"], [s + "ии"], [s + "ию"], [s + "ией"], [s + "ии"]]
    if w.endswith("ие"):
        s = w[:-2]
        return [[w], [s + "ия"], [s + "ию"], [w], [s + "ием"], [s + "ии"]]
    if w.endswith("я"):
        s = w[:-1]
        return [[w], [s + "и"], [s + "е"], [s + "ю"], [s + "ей"], [s + "е"]]
    if w.endswith("а"):
        s = w[:-1]
        gen = s + ("и" if s[-1:] in _HUSHING else "ы")
        return [[w], [gen], [s + "е"], [s + "у"], [s + "ой", s + "ей"], [s + "е"]]
    if w.endswith("о"):
        s = w[:-1]
        return [[w], [s + "а"], [s + "у"], [w], [s + "ом"], [s + "е"]]
    if w.endswith("ь"):  # masculine (Израиль) or feminine (Беларусь): both sets
        s = w[:-1]
        return [[w], [s + "я", s + "и"], [s + "ю", s + "и"], [w], [s + "ем", s + "ью"], [s + "е", s + "и"]]
    if w.endswith("й"):
        s = w[:-1]
        return [[w], [s + "я"], [s + "ю"], [w], [s + "ем"], [s + "е"]]
    if w.endswith("ы"):  # plural noun: Эмираты, Штаты, Мальдивы
        s = w[:-1]
        return [[w], [s + "ов", s], [s + "ам"], [w], [s + "ами"], [s + "ах"]]
    if w[-1:].isalpha() and w[-1] not in "еиоуэюё":
        return [[w], [w + "а"], [w + "у"], [w], [w + "ом", w + "ем"], [w + "е"]]
    return [[w]] * CASES


def _declines(word: str) -> bool:
    return any(c.islower() for c in word) and word.isalpha() or ("-" in word and word.replace("-", "").isalpha())


def case_forms(name: str) -> list[str]:
    """The name in the six cases, the nominative first (acronyms and quoted names: the name only)."""
    words = name.split(" ")
    declining: list[list[list[str]]] = []
    for word in words:
        if word in ("и", "по", "о", "для") or not _declines(word):
            if not declining:
                return [name]
            if word == "и":  # Продовольственная и сельскохозяйственная организация
                declining.append([[word]] * CASES)
                continue
            break
        declining.append(_word_forms(word))
        if not word.endswith(_ADJ) or word.endswith("ние"):
            break  # the first noun ends the declining part
    rest = " ".join(words[len(declining):])
    out: list[str] = []
    for case in range(CASES):
        for combo in product(*(w[case] for w in declining)):
            out.append(" ".join([*combo, rest]).strip())
    return list(dict.fromkeys([name, *out]))


def name_forms(name: str) -> list[str]:
    """Written forms of a gazetteer name in Russian text: the case forms, with a lower-case variant of
    a trailing «сторона» alias (китайской стороны)."""
    found = case_forms(name)
    if name.endswith(" сторона"):
        found += [f[0].lower() + f[1:] for f in found]
    return found
