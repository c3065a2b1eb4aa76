"""The cleaning stage: every rule on the seed and on text written for these tests."""

from __future__ import annotations

import opencc

from scodata.clean import clean_text, is_traditional
from tests.conftest import FIXTURES, SEED


def seed_clean():
    return clean_text(SEED.read_text(encoding="utf-8"))


def test_seed_trailer_removed_and_flagged_truncated() -> None:
    result = seed_clean()
    assert "预览已结束" not in result.text and "https://" not in result.text
    assert result.is_truncated
    assert any("preview" in r for r in result.truncation_reasons)


def test_seed_page_break_splits_joined() -> None:
    text = seed_clean().text
    for joined in ("为解决因新冠肺炎疫情产生", "《上合组织成员国多边经贸合作纲要》", "发展医疗旅游。"):
        assert joined in text
    rules = [e.rule for e in seed_clean().edits]
    assert rules.count("page_break_join") == 3


def test_seed_spacing_ampersand_and_title() -> None:
    text = seed_clean().text
    assert "2020 - 2021" not in text and "2020-2021年" in text
    assert "&" not in text and "传染性和非传染性疾病" in text
    assert text.startswith("上海合作组织成员国政府首脑（总理）理事会第十九次会议联合公报\n")
    assert "中国-上合组织经贸合作示范区" in text


def test_every_edit_is_logged_with_raw_span() -> None:
    result = seed_clean()
    raw = result.raw
    for edit in result.edits:
        assert 0 <= edit.raw_start <= edit.raw_end <= len(raw)
        assert edit.before != edit.after
    # edits of single-pass rules point at their exact raw text
    for edit in result.edits:
        if edit.rule in ("range_spacing", "stray_ampersand", "cjk_space"):
            assert raw[edit.raw_start : edit.raw_end] == edit.before


def test_origin_map_points_back_to_raw() -> None:
    result = seed_clean()
    assert len(result.origin) == len(result.text) + 1
    for i, ch in enumerate(result.text):
        if ch not in "-和\n":
            assert result.raw[result.origin[i]] == ch


def test_complete_document_is_not_truncated() -> None:
    result = clean_text((FIXTURES / "communique_2023_hog.txt").read_text(encoding="utf-8"))
    assert not result.is_truncated, result.truncation_reasons


def test_text_stopping_mid_sentence_is_truncated() -> None:
    text = (FIXTURES / "communique_2023_hog.txt").read_text(encoding="utf-8")
    cut = text[: text.index("热情接待")]
    result = clean_text(cut)
    assert result.is_truncated
    assert "text stops mid-sentence" in result.truncation_reasons


def test_title_and_dateline_are_not_joined_to_the_body() -> None:
    text = "某组织会议联合公报\n\n2021-06-01 10:00\n\n2021年6月1日，会议在某地举行。各方出席会议。\n\n各方强调合作。"
    assert clean_text(text).text.split("\n\n")[:2] == ["某组织会议联合公报", "2021-06-01 10:00"]


def test_unbalanced_title_split_is_joined() -> None:
    text = "各方支持落实《关于加强\n\n\n合作的协定》。\n\n各方同意。"
    assert clean_text(text).text.split("\n\n")[0] == "各方支持落实《关于加强合作的协定》。"


def test_page_numbers_crlf_and_entities() -> None:
    raw = "各方强调&nbsp;合作，\r\n\r\n- 2 -\r\n\r\n支持发展。\r\n\r\n第 3 页 / 共 9 页\r\n\r\n各方同意。"
    result = clean_text(raw)
    assert result.text == "各方强调合作，支持发展。\n\n各方同意。"
    assert {"newlines", "html_entities", "page_number", "page_break_join"} <= {e.rule for e in result.edits}


def test_one_paragraph_per_line_texts() -> None:
    result = clean_text("第一段，会议举行。\n第二段，各方强调。\n第三段，各方同意。")
    assert result.text.split("\n\n") == ["第一段，会议举行。", "第二段，各方强调。", "第三段，各方同意。"]


def test_traditional_text_is_converted_and_logged() -> None:
    simplified = (FIXTURES / "communique_2023_hog.txt").read_text(encoding="utf-8")
    traditional = opencc.OpenCC("s2t").convert(simplified)
    assert is_traditional(traditional) and not is_traditional(simplified)
    result = clean_text(traditional)
    assert result.original_script == "traditional"
    assert "上海合作组织成员国政府首脑" in result.text
    assert any(e.rule == "traditional_to_simplified" for e in result.edits)
    assert result.raw == traditional
