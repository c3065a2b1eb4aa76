"""scodata.t2s gives OpenCC's t2s text and difflib's opcodes, on real and on random texts."""

from __future__ import annotations

import difflib
import random
from pathlib import Path

import opencc
import pytest

from scodata import t2s

FIXTURES = Path(__file__).parent / "fixtures"


T2S, S2T = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


def _difflib_spans(text: str, converted: str) -> list[tuple[int, int, str]]:
    matcher = difflib.SequenceMatcher(None, text, converted, autojunk=False)
    return [(i1, i2, converted[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"]


def _assert_same(text: str) -> None:
    converted = T2S.convert(text)
    assert t2s.convert(text) == converted
    assert t2s.changed_spans(text, converted) == _difflib_spans(text, converted)


@pytest.mark.parametrize("path", sorted((FIXTURES / "unseen").glob("*.txt"))[:4], ids=lambda p: p.stem)
def test_same_as_opencc_and_difflib_on_communiques(path: Path) -> None:
    text = path.read_text(encoding="utf-8")[:800]
    _assert_same(text)
    _assert_same(S2T.convert(text))


def test_same_as_opencc_and_difflib_on_random_texts() -> None:
    # phrases, characters that change, their simplified forms and repeated common characters: overlapping
    # phrases and misaligned common substrings, where difflib's alignment is not position by position
    rng = random.Random(14)
    phrases, chars = list(t2s._table("TSPhrases.txt").items()), list(t2s._table("TSCharacters.txt").items())
    common = "的国合作组织上海成员，。 \n、发後后髮麵面里裡"
    for _ in range(1000):
        parts = []
        for _ in range(rng.randint(0, 12)):
            r = rng.random()
            if r < 0.3:
                parts.append(rng.choice(phrases)[0])
            elif r < 0.6:
                parts.append(rng.choice(chars)[rng.random() < 0.5])
            else:
                parts.append(rng.choice(common) * rng.randint(1, 3))
        _assert_same("".join(parts))


def test_changed_spans_of_texts_of_different_lengths() -> None:
    assert t2s.changed_spans("發展", "发展了") == _difflib_spans("發展", "发展了")
