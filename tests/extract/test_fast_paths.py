"""Fast paths taken for speed (issue 14) give what the plain formulation gives, on random texts."""

from __future__ import annotations

import random

from scodata import gazetteer
from scodata.extract import citations

PIECES = ["2010年6月11日", "二〇一九年六月十四日", "2021年9月17日至18日", "在塔什干", "签署", "共同签署", "批准", "通过", "并",
          "了", "的", " ", "，", "。", "(", ")", ",", ":", ";", "1", "-", "－", "~", "5", "上海合作组织", "宪章", "O", "o",
          "会议", "中方", "印度洋", "俄罗斯联邦", "中华人民共和国", "印度"]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14))) for _ in range(n)]


def test_normalise_title_as_substitutions_and_translation() -> None:
    width = str.maketrans({"(": "（", ")": "）", ",": "，", ":": "：", ";": "；"})
    for title in _random_texts(3000, 1):
        expected = citations._SPACES.sub("", citations._DASH.sub("-", title)).translate(width)
        assert citations.normalise_title(title) == expected


def test_search_before_as_a_plain_search() -> None:
    for window in _random_texts(3000, 2):
        fast, plain = citations._search_before(window), citations._BEFORE.search(window)
        assert (fast and (fast.span(), fast.groupdict())) == (plain and (plain.span(), plain.groupdict()))


def test_longest_name_at_each_start_as_a_regex_match_at_each_position() -> None:
    for text in _random_texts(1000, 3):
        starts = gazetteer._longest_by_start(text)
        expected = {i: m for i in range(len(text)) if (m := gazetteer._pattern().match(text, i))}
        assert list(starts) == list(expected)
        assert all((starts[i].start, starts[i].end, starts[i].text) == (m.start(), m.end(), m.group())
                   for i, m in expected.items())
        assert all(starts[i].entity == gazetteer.lookup(m.group()) for i, m in expected.items())


def _texts_with_names(n: int, seed: int) -> list[str]:
    """Random texts of names (every alias, prefixes and suffixes of them) and the characters around them."""
    rng = random.Random(seed)
    names = list(gazetteer._by_name())
    pieces = PIECES + names + [name[: len(name) // 2] for name in names] + [name[1:] for name in names] + list("方案洋面和、")
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(n)]


def test_scan_and_match_at_of_an_unscanned_text_as_the_regex() -> None:
    gazetteer.clear_cache()
    for text in _texts_with_names(3000, 4):
        plain = [(m.start(), m.end(), m.group()) for m in gazetteer._pattern().finditer(text)]
        assert [(m.start, m.end, m.text) for m in gazetteer.scan(text)] == plain
        assert all(m.entity == gazetteer.lookup(m.text) for m in gazetteer.scan(text))
        for pos in range(len(text) + 1):
            m, found = gazetteer._pattern().match(text, pos), gazetteer.match_at(text, pos)
            assert (m and (m.start(), m.end(), m.group())) == (found and (found.start, found.end, found.text))
            assert found is None or found.entity == gazetteer.lookup(found.text)
