"""Chinese cited documents: titles coordinated after one action, and an attribute between action and title.
Invented sentences."""

from __future__ import annotations

from scodata.extract.citations import extract_citations
from scodata.model import Paragraph


def _rows(text: str) -> list[tuple[object, ...]]:
    rows = extract_citations("d", [Paragraph(1, text, 0, len(text))])
    return [(r["title"], r["action"], r["date"], r["place"]) for r in rows]


def test_coordinated_titles_share_the_action() -> None:
    assert _rows("部长们批准了《甲合作条例》和《乙工作细则》。") == [
        ("甲合作条例", "批准", None, None), ("乙工作细则", "批准", None, None)]
    assert [r[1] for r in _rows("各方签署了《甲协定》、《乙议定书》及《丙备忘录》。")] == ["签署", "签署", "签署"]
    assert [r[1] for r in _rows("外长们通过了《甲公报》，以及《乙新闻稿》。")] == ["通过", "通过"]


def test_coordinated_titles_share_the_place_of_a_main_verb() -> None:
    rows = _rows("元首们在某城签署了《甲宣言》和《乙声明》。")
    assert rows == [("甲宣言", "签署", None, "某城"), ("乙声明", "签署", None, "某城")]


def test_a_relative_clause_describes_the_first_title_only() -> None:
    rows = _rows("成员国将落实2031年6月2日在某城签署的《甲协定》，以及《乙协定》。")
    assert rows == [("甲协定", "签署", "2031-06-02", "某城"), ("乙协定", None, None, None)]


def test_a_title_after_another_verb_does_not_share() -> None:
    rows = _rows("元首们批准了《甲纲要》，支持《乙倡议》的落实。")
    assert [r[1] for r in rows] == ["批准", None]


def test_coordinated_title_keeps_its_own_date_after_it() -> None:
    rows = _rows("外长们通过了《甲声明》和《乙声明》（2032年1月5日，某城）。")
    assert rows[1] == ("乙声明", "通过", "2032-01-05", "某城")


def test_an_attribute_between_action_and_title() -> None:
    assert _rows("代表团团长们批准了经修订的《丙规划》。")[0][1] == "批准"
    assert _rows("会议通过新修订的《丁条例》。")[0][1] == "通过"
    assert _rows("元首们批准了修订后的《己章程》。")[0][1] == "批准"
    assert _rows("各方将落实经修订的《戊计划》。")[0][1] == "修订"  # no action before the attribute
