"""Fast paths of the cleaning rules (issue 14) give what the plain formulation gives, on random texts."""

from __future__ import annotations

import random
import re

from scodata import clean

PIECES = ["\n", "\n\n", " ", "\t", "\u3000", "- 3 -", "第 2 页", "共 5 页 第 2 页", "Page 3", "页码：7", "3/9", "12",
          "（完）", "(完)", "【责任编辑：张三】", "编辑：李四", "来源：新华网", "打印", "关闭窗口", "分享到：", "纠错", "返回顶部",
          "字号：大 中 小", "第 1 页／共 2 页", "共3页、第2页", "【列印本页】", "关闭视窗", " ｜ ", "https://example.org/a", "www.example.org", "新华社北京6月15日电", "（记者张伟）", "全文如下：",
          "上海合作组织成员国元首理事会会议新闻公报", "成员国", "强调", "。", "，", "；", "宣言", "完", "编", "a", "1"]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 20))) for _ in range(n)]


def test_line_rules_as_a_scan_of_the_whole_text() -> None:
    rules = [clean.URL_LINE, clean.PAGE_NUMBER_LINE, clean.NEWS_FURNITURE]
    for text in _texts(3000, 1):
        for pattern in rules:
            plain = [(m.start(), m.end(), "") for m in pattern.finditer(text)]
            assert clean.regex_spans(pattern, "", lines=True)(text) == plain


def _plain_wire_spans(text: str) -> list[clean.Span]:
    m = clean.WIRE_DATELINE.search(text, 0, 2000)
    if m is None:
        return []
    rest = m["rest"]
    restated_title = len(rest) <= 80 and "。" not in rest and clean.TITLE_END.search(rest)
    if not rest or clean.WIRE_NEWS_LEAD.fullmatch(rest) or restated_title:
        end = m.end() + (1 if text[m.end() : m.end() + 1] == "\n" else 0)
        return [(m.start(), end, "")]
    return [(m.start(), m.start("rest"), "")]


def _plain_repeated_line_spans(text: str) -> list[clean.Span]:
    seen: set[str] = set()
    spans = []
    for m in re.finditer(r"^[^\n]+$", text, re.M):
        line = m.group().strip()
        if len(line) < 6 or "。" in line or clean.CLAUSE_MARK.search(line):
            continue
        if line in seen:
            spans.append((m.start(), m.end() + (1 if text[m.end() : m.end() + 1] == "\n" else 0), ""))
        seen.add(line)
    return spans


def _line_texts(n: int, seed: int) -> list[str]:
    """Texts of lines drawn from a few, so that some repeat."""
    rng = random.Random(seed)
    lines = ["", " ", "上海合作组织成员国元首理事会会议新闻公报", " 上海合作组织成员国元首理事会会议新闻公报\t", "成员国强调。",
             "第 2 页", "成员国，强调", "abcdef", "abcde"]
    return ["\n".join(rng.choice(lines) for _ in range(rng.randint(0, 8))) for _ in range(n)]


def test_wire_dateline_and_repeated_lines_as_the_plain_scans() -> None:
    texts = _texts(3000, 2) + _line_texts(3000, 4) + ["x" * 1990 + "\n新华社北京6月15日电 上海合作组织成员国元首理事会会议新闻公报"]
    assert sum(len(_plain_repeated_line_spans(text)) for text in texts) > 100
    for text in texts:
        assert clean.wire_spans(text) == _plain_wire_spans(text)
        assert clean.repeated_line_spans(text) == _plain_repeated_line_spans(text)


def test_origin_copy_as_adding_run_by_run() -> None:
    rng = random.Random(3)
    for _ in range(2000):
        builder = clean._OriginBuilder()
        for _ in range(rng.randint(1, 8)):
            builder.add(rng.randint(0, 50), rng.choice((0, 1)), rng.randint(0, 6))
        origin = builder.build()
        a = rng.randint(0, len(origin))
        b = rng.randint(a, len(origin))
        fast, plain = clean._OriginBuilder(), clean._OriginBuilder()
        for target in (fast, plain):
            target.add(rng.randint(0, 9), 1, rng.randint(0, 2))
        plain.starts, plain.values, plain.steps, plain.length = (list(fast.starts), list(fast.values),
                                                                 list(fast.steps), fast.length)
        fast.copy(origin, a, b)
        for value, step, length in origin.runs(a, b):
            plain.add(value, step, length)
        assert (fast.starts, fast.values, fast.steps, fast.length) == (
            plain.starts, plain.values, plain.steps, plain.length)
