"""Segmentation and document description on the seed and on documents written for these tests."""

from __future__ import annotations

import pytest

from scodata.clean import clean_text
from scodata.errors import InputError
from scodata.extract.document import describe
from scodata.extract.segment import segment
from scodata.htmltext import html_to_text
from tests.conftest import FIXTURES, SEED

OWN = (FIXTURES / "communique_2023_hog.txt").read_text(encoding="utf-8")


def test_seed_paragraphs_and_preamble() -> None:
    seg = segment(clean_text(SEED.read_text(encoding="utf-8")).text)
    assert len(seg.paragraphs) == 45
    assert [p.section for p in seg.paragraphs].count("preamble") == 4
    assert all(p.section == "body" for p in seg.paragraphs[4:])
    assert [p.seq for p in seg.paragraphs] == list(range(1, 46))


def test_paragraph_offsets_slice_the_clean_text() -> None:
    text = clean_text(SEED.read_text(encoding="utf-8")).text
    for p in segment(text).paragraphs:
        assert text[p.start : p.end] == p.text


def test_seed_document_description() -> None:
    info = describe(segment(clean_text(SEED.read_text(encoding="utf-8")).text))
    assert info.title == "上海合作组织成员国政府首脑（总理）理事会第十九次会议联合公报"
    assert (info.doc_type, info.council, info.session_number) == ("joint_communique", "heads_of_government", 19)
    assert (info.meeting_date, info.meeting_format, info.meeting_place) == ("2020-11-30", "video", None)
    assert info.published_at == "2020-12-01T08:34:00+08:00"
    assert info.doc_id("0" * 64) == "sco-hog-2020-11-30-joint-communique"


def test_own_document_in_person() -> None:
    seg = segment(clean_text(OWN).text)
    info = describe(seg)
    assert (info.session_number, info.meeting_date, info.meeting_format, info.meeting_place) == (
        22, "2023-10-26", "in_person", "比什凯克")
    assert [p.section for p in seg.paragraphs].count("preamble") == 4
    assert len(seg.paragraphs) == 13


def test_heads_of_state_declaration() -> None:
    text = ("上海合作组织成员国元首理事会第十五次会议宣言\n\n"
            "二〇一五年七月十日，上海合作组织成员国元首理事会会议在乌法举行。各方出席会议。\n\n"
            "成员国强调，本组织将继续致力于维护地区安全。\n\n成员国元首对俄方的热情接待表示感谢。")
    info = describe(segment(clean_text(text).text))
    assert (info.doc_type, info.council, info.session_number, info.meeting_place) == (
        "declaration", "heads_of_state", 15, "乌法")


def test_html_page_text() -> None:
    body = "".join(f"<p>{p}</p>" for p in OWN.split("\n\n")[1:])
    html = (f"<html><head><title>{OWN.splitlines()[0]}_新闻频道</title>"
            '<meta name="pubdate" content="2023-10-27 09:15"><script>var a="<b>";</script></head>'
            f"<body><nav>首页</nav><h1>{OWN.splitlines()[0]}</h1>{body}<footer>版权所有</footer></body></html>")
    page = html_to_text(html)
    assert page.published == "2023-10-27T09:15:00+08:00"
    seg = segment(clean_text(page.text).text)
    assert describe(seg).title == OWN.splitlines()[0]
    assert len(seg.paragraphs) == 13
    assert "var a" not in page.text and "版权所有" not in page.text


@pytest.mark.parametrize("text", [
    "今天天气很好。我们去公园散步。\n\n公园里有很多人。",
    "上海合作组织\n\n成员国\n\n会议",
    "上海合作组织成员国会议举行。",
])
def test_non_communique_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="not a"):
        segment(clean_text(text).text)


def test_preamble_matches_hand_annotations_on_unseen_documents() -> None:
    import json

    checked = 0
    for text_path in sorted((FIXTURES / "unseen").glob("*.txt")):
        expected = json.loads(text_path.with_suffix(".expected.json").read_text(encoding="utf-8"))
        if "n_preamble" not in expected:
            continue
        text = clean_text(text_path.read_text(encoding="utf-8")).text  # also converts traditional script
        sections = [p.section for p in segment(text).paragraphs]
        assert sections.count("preamble") == expected["n_preamble"], text_path.name
        checked += 1
    assert checked >= 4
