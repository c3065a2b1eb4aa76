"""An opening sentence that ends in a colon is paragraph 1 (Chinese; English and Russian already): invented texts."""

from __future__ import annotations

from scodata import lang
from scodata.clean import clean_text
from scodata.extract.document import describe
from scodata.extract.segment import is_colon_opening, segment
from scodata.model import RawSource
from scodata.pipeline import process_source

BODY = ("\n\n成员国元首认为，本组织在维护地区和平稳定方面发挥着日益重要的作用。"
        "\n\n成员国元首支持蒙古国继续参与本组织框架内的务实合作。"
        "\n\n成员国元首对东道国的周到安排表示感谢。")
DECLARATION = ("上海合作组织成员国元首某城宣言\n\n"
               "上海合作组织成员国元首于2024年7月4日在哈萨克斯坦共和国某城举行元首理事会会议，声明如下：" + BODY)


def _segment(text: str):
    return segment(clean_text(text).text)


def test_a_declarations_opening_ending_in_a_colon_is_paragraph_one() -> None:
    seg = _segment(DECLARATION)
    assert [b for b, _, _ in seg.header] == ["上海合作组织成员国元首某城宣言"]
    assert [p.seq for p in seg.paragraphs] == [1, 2, 3, 4]
    assert seg.paragraphs[0].text.endswith("声明如下：") and seg.paragraphs[0].section == "preamble"
    assert seg.paragraphs[1].text.startswith("成员国元首认为") and seg.paragraphs[1].section == "body"
    info = describe(seg)
    assert (info.title, info.meeting_date, info.doc_type) == ("上海合作组织成员国元首某城宣言", "2024-07-04", "declaration")


def test_extracted_records_carry_the_right_paragraph_numbers() -> None:
    build = process_source(RawSource(data=DECLARATION.encode(), kind="file", uri="declaration.txt"))
    mentions = {(m["text"], m["seq"]) for m in build.tables["mentions"]}
    assert ("哈萨克斯坦共和国", 1) in mentions and ("蒙古国", 3) in mentions
    assert build.tables["documents"][0]["n_paragraphs"] == 4


def test_other_meeting_verbs_numeral_dates_and_an_ascii_colon() -> None:
    for opening in ("上海合作组织成员国外交部长于二〇一八年四月二十四日在某城召开会议，发表声明如下:",
                    "上海合作组织成员国元首2019年6月14日在某城会晤，宣布：",
                    "2019年6月14日，上海合作组织成员国元首在某城举行会议。各方声明如下："):
        seg = _segment("上海合作组织某某声明\n\n" + opening + BODY)
        assert seg.paragraphs[0].text == opening
        assert [b for b, _, _ in seg.header] == ["上海合作组织某某声明"]


def test_titles_datelines_and_news_leads_stay_in_the_header() -> None:
    for header in ("上海合作组织成员国元首理事会会议宣言（2024年7月4日，某城）",  # a title with its dateline
                   "2024年7月4日，某城",  # a dateline under the title
                   "2024-07-05 10:30",  # a publication time
                   "上海合作组织成员国元首理事会会议于2024年7月4日在某城举行，会议通过的宣言全文如下：",  # a news lead
                   "某社某城7月4日电 上海合作组织峰会2024年7月4日在某城举行，各方发表声明如下："):  # a wire dateline
        assert not is_colon_opening(header), header
        text = "上海合作组织成员国元首理事会会议宣言\n\n" + header + "\n\n2024年7月4日，上海合作组织成员国元首理事会会议在某城举行。" + BODY
        seg = segment(text)  # the segmenter alone: cleaning may remove some of these lines first
        assert seg.paragraphs[0].text.startswith("2024年7月4日，上海合作组织"), header
        assert header in [b for b, _, _ in seg.header]


def test_a_colon_without_a_date_or_meeting_verb_is_not_an_opening() -> None:
    assert not is_colon_opening("上海合作组织成员国元首声明如下：")  # no date
    assert not is_colon_opening("根据2019年6月14日的决定，现将有关事项通报如下：")  # no meeting verb
    assert is_colon_opening("上海合作组织成员国元首于2024年7月4日在某城举行会议，声明如下：")


def test_a_news_copy_with_a_wire_lead_is_cleaned_then_opens_with_the_declaration() -> None:
    raw = ("上海合作组织成员国元首某城宣言\n\n某新闻网7月4日电 上海合作组织成员国元首某城宣言全文如下：\n\n"
           "上海合作组织成员国元首于2024年7月4日在某城举行会议，声明如下：" + BODY)
    cleaned = clean_text(raw)
    seg = segment(cleaned.text)
    assert "全文如下" not in cleaned.text
    assert seg.paragraphs[0].text.startswith("上海合作组织成员国元首于2024年7月4日")
    assert len(seg.paragraphs) == 4


EN_BODY = ("\n\n1. The member states note with satisfaction the progress made in regional cooperation."
           "\n\n2. The member states support further cooperation in trade, transport and energy.")
RU_BODY = ("\n\n1. Государства-члены с удовлетворением отмечают прогресс в развитии регионального сотрудничества."
           "\n\n2. Государства-члены поддерживают дальнейшее сотрудничество в торговле, транспорте и энергетике.")


def test_english_and_russian_openings_ending_in_a_colon_are_paragraph_one() -> None:
    for title, opening, body in (
            ("Declaration of the Heads of State of the Shanghai Cooperation Organisation",
             "The Heads of State of the member states met in Somecity on 4 July 2024 and declare as follows:", EN_BODY),
            ("Декларация глав государств – членов Шанхайской организации сотрудничества",
             "Главы государств – членов ШОС, собравшись 4 июля 2024 года в Городе, заявляют следующее:", RU_BODY)):
        text = f"{title}\n\n{opening}{body}"
        language = lang.for_text(text)
        seg = language.segment(language.clean(text).text)
        assert [b for b, _, _ in seg.header] == [title]
        assert seg.paragraphs[0].text == opening and seg.paragraphs[0].section == "preamble"
        assert [p.seq for p in seg.paragraphs] == [1, 2, 3]
        assert language.describe(seg, None, None, (None, None)).meeting_date == "2024-07-04"
