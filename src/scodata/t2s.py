"""Traditional-to-simplified conversion with OpenCC's t2s tables, and the spans it changes, fast.

`convert` gives the same text as opencc.OpenCC("t2s").convert (the pure-Python OpenCC), about twenty times faster:
OpenCC replaces the longest phrase of its phrase table found anywhere in a stretch of text (the leftmost among
equals), then does the same left and right of it, and maps the characters outside phrases one by one. That choice
is the phrases taken greedily by (longest, leftmost), skipping those that overlap one taken: one Aho–Corasick scan
finds them all. (OpenCC first splits the text at punctuation and spaces; no table entry contains or changes those
characters, so splitting changes nothing.) Every entry of both tables is as long as its replacement.

`changed_spans` gives the non-equal opcodes of difflib.SequenceMatcher(None, text, converted, autojunk=False), which
the cleaning log records, without difflib's quadratic search in the usual case: see AlignedMatcher.
"""

from __future__ import annotations

import difflib
from bisect import bisect_left
from functools import cache
from pathlib import Path

import ahocorasick
import opencc

_DICTIONARY = Path(opencc.__file__).parent / "dictionary"


def _table(name: str) -> dict[str, str]:
    """An OpenCC dictionary file as OpenCC reads it: key -> first of its values (a later line wins)."""
    table = {}
    with (_DICTIONARY / name).open(encoding="utf-8") as f:
        for line in f:
            key, value = line.strip().split("\t")
            table[key] = value.split(" ")[0]
    return table


@cache
def _phrases() -> ahocorasick.Automaton:
    """An automaton over the phrase table; each value is (length, replacement)."""
    automaton = ahocorasick.Automaton()
    for key, value in _table("TSPhrases.txt").items():
        automaton.add_word(key, (len(key), value))
    automaton.make_automaton()
    return automaton


@cache
def _characters() -> dict[int, str]:
    """The character table as a str.translate table."""
    return {ord(key): value for key, value in _table("TSCharacters.txt").items()}


def _chosen_phrases(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) of the phrases OpenCC replaces, in text order."""
    if not text:
        return []
    found = [(last + 1 - length, length, value) for last, (length, value) in _phrases().iter(text)]
    found.sort(key=lambda hit: (-hit[1], hit[0]))
    taken: list[tuple[int, int, str]] = []
    covered: set[int] = set()
    for start, length, value in found:
        if covered.isdisjoint(range(start, start + length)):
            covered.update(range(start, start + length))
            taken.append((start, start + length, value))
    return sorted(taken)


def convert(text: str) -> str:
    """The text in simplified characters, as OpenCC's t2s conversion writes it."""
    table = _characters()
    pieces = []
    pos = 0
    for start, end, value in _chosen_phrases(text):
        pieces += [text[pos:start].translate(table), value]
        pos = end
    pieces.append(text[pos:].translate(table))
    return "".join(pieces)


class AlignedMatcher(difflib.SequenceMatcher):
    """difflib.SequenceMatcher (no junk) of two texts of equal length, faster where they differ only position by
    position (a conversion that keeps every character's place).

    difflib splits the texts at their longest common block (the leftmost among equals, then the leftmost in the
    second text) and does the same on each side. On a part [lo, hi) of both texts, the longest run of equal
    positions is that block when no common substring of its length sits at two different positions: that is
    checked by comparing the substrings of that length, and any part where it fails is left to difflib."""

    def __init__(self, a: str, b: str) -> None:
        super().__init__(None, a, b, autojunk=False)
        self._differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]

    def find_longest_match(self, alo: int = 0, ahi: int | None = None, blo: int = 0,
                           bhi: int | None = None) -> difflib.Match:
        ahi = len(self.a) if ahi is None else ahi
        bhi = len(self.b) if bhi is None else bhi
        if (alo, ahi) == (blo, bhi):
            start, size = self._longest_run(alo, ahi)
            if self._only_aligned(alo, ahi, size):
                return difflib.Match(start, start, size)
        return super().find_longest_match(alo, ahi, blo, bhi)

    def _longest_run(self, lo: int, hi: int) -> tuple[int, int]:
        """(start, length) of the first longest run of equal positions in [lo, hi)."""
        differ = self._differ
        start, size = lo, 0
        run_start = lo
        for k in range(bisect_left(differ, lo), bisect_left(differ, hi)):
            if differ[k] - run_start > size:
                start, size = run_start, differ[k] - run_start
            run_start = differ[k] + 1
        if hi - run_start > size:
            start, size = run_start, hi - run_start
        return start, size

    def _only_aligned(self, lo: int, hi: int, size: int) -> bool:
        """True when every substring of this size that both texts have in [lo, hi) occurs once in each, at the
        same position (no common substring of that size is misaligned; with size 0, none of one character)."""
        a, b = self.a, self.b
        if size == 0:
            return set(a[lo:hi]).isdisjoint(b[lo:hi])
        if size == 1:
            return all(a.find(c, lo, hi) == b.find(c, lo, hi) and a.find(c, a.find(c, lo, hi) + 1, hi) < 0
                       and b.find(c, b.find(c, lo, hi) + 1, hi) < 0 for c in set(a[lo:hi]).intersection(b[lo:hi]))
        grams_a = [a[i : i + size] for i in range(lo, hi - size + 1)]
        grams_b = [b[i : i + size] for i in range(lo, hi - size + 1)]
        return all(grams_a.count(g) == 1 and grams_b.count(g) == 1 and grams_a.index(g) == grams_b.index(g)
                   for g in set(grams_a).intersection(grams_b))


def changed_spans(text: str, converted: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) of the non-equal opcodes of difflib.SequenceMatcher(None, text, converted,
    autojunk=False), in order."""
    matcher = AlignedMatcher(text, converted) if len(text) == len(converted) else difflib.SequenceMatcher(
        None, text, converted, autojunk=False)
    return [(i1, i2, converted[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"]
