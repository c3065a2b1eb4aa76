"""Chinese: the office-holders of a number of states speak collectively (五国外长, 8国总理), 宣布 is a stance; an
action before a title with an edition word (新版) between them, and an action someone is instructed to take (责成…
制定《…》), which is none. Invented sentences."""

from __future__ import annotations

from scodata.extract.citations import extract_citations
from scodata.extract.stances import annotate
from scodata.model import Paragraph

MEMBERS = ["CHN", "KAZ", "KGZ", "RUS", "TJK"]


def _annotate(text: str) -> dict[str, object]:
    return annotate(Paragraph(4, text, 0, len(text), "body"), MEMBERS)


def _rows(text: str) -> list[tuple[object, ...]]:
    rows = extract_citations("d", [Paragraph(1, text, 0, len(text))])
    return [(r["title"], r["action"], r["parent_id"] is not None) for r in rows]


def test_numbered_states_office_holders_speak_for_all() -> None:
    got = _annotate("五国外长积极评价海关合作的进展，指出口岸建设仍需加快。")
    assert (got["speaker"], got["stances"], got["all_members_endorse"]) == ("五国外长", ["积极评价", "指出"], True)
    assert got["endorsing_states"] == sorted(MEMBERS)
    got = _annotate("8国总理重申愿意深化能源对话，支持建立联合工作组。")
    assert (got["speaker"], got["stances"]) == ("8国总理", ["重申", "支持"])


def test_numbered_point_label_does_not_hide_the_speaker() -> None:
    got = _annotate("2. 五国元首宣布启动青年交流年。")
    assert (got["speaker"], got["stances"]) == ("五国元首", ["宣布"])
    got = _annotate("三、五国元首签署了《甲协定》，责成各国外交部门做好落实工作。")
    assert (got["speaker"], got["stances"]) == ("五国元首", ["责成"])


def test_a_number_before_other_words_is_no_speaker() -> None:
    got = _annotate("五国边境地区的贸易额显著增长。")
    assert (got["speaker"], got["stances"]) == (None, [])


def test_edition_word_between_action_and_title() -> None:
    assert _rows("部长们批准了新版《丙领域合作规划》。") == [("丙领域合作规划", "批准", False)]
    assert _rows("外长们通过了修订版《丁工作条例》。") == [("丁工作条例", "通过", False)]


def test_instructed_action_is_no_action() -> None:
    assert _rows("元首们责成秘书处尽快制定《〈戊规划〉实施路线图》。") == [
        ("〈戊规划〉实施路线图", None, False), ("戊规划", None, True)]
    assert _rows("部长们委托专家组商定《己议定书》文本。") == [("己议定书", None, False)]
    # an instruction in an earlier clause does not reach a later action
    assert _rows("元首们责成各部门加强协调，批准了《庚计划》。") == [("庚计划", "批准", False)]


def test_numbered_heads_of_a_past_meeting_are_no_speaker() -> None:
    got = _annotate("十年前，五国元首在某城签署《甲条约》，开启了合作。")
    assert (got["speaker"], got["stances"]) == (None, [])
