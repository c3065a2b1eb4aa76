from scodata.extract.meetings import extract_meetings
from scodata.model import Paragraph
from tests.extract.docs import seed_case


def _para(text, seq=2):
    return Paragraph(seq, text, 0, len(text))


def test_seed_has_eleven_referred_meetings_and_its_own():
    rows = extract_meetings("d", seed_case().paragraphs, "2020-11-30")
    assert len([r for r in rows if not r["is_current_meeting"]]) == 11
    current = [r for r in rows if r["is_current_meeting"]]
    assert [(r["start_date"], r["format"], r["session_number"]) for r in current] == [("2020-11-30", "video", 19)]
    by_date = {r["start_date"]: r for r in rows if not r["is_current_meeting"]}
    assert by_date["2020-08-20"]["end_date"] == "2020-08-21" and by_date["2020-08-20"]["host_code"] == "IND"
    assert by_date["2019-12-16"]["place"] == "莫斯科" and by_date["2019-12-16"]["format"] == "in_person"
    assert by_date["2020-10-29"]["session_number"] == 1 and by_date["2020-10-29"]["host_code"] is None


def test_document_dates_are_not_meetings():
    rows = extract_meetings("d", [_para("强调落实2020年11月10日批准的《合作构想》和2019年6月14日在比什凯克批准的《纲要》。")])
    assert rows == []


def test_name_before_date():
    rows = extract_meetings("d", [_para("各方欢迎上合组织成员国国防部长会议于2025年4月25日在青岛召开。")])
    assert [(r["name"], r["start_date"], r["place"]) for r in rows] == [("上合组织成员国国防部长会议", "2025-04-25", "青岛")]


def test_hosts():
    text = "欢迎2020年10月28日在印方主持下以视频方式举行的甲会议，2020年10月27日由中方举办的首届乙论坛。"
    rows = extract_meetings("d", [_para(text)])
    assert [(r["host"], r["host_code"], r["format"], r["session_number"]) for r in rows] == [
        ("印方", "IND", "video", None), ("中方", "CHN", None, 1)]


def test_held_without_de():
    rows = extract_meetings("d", [_para("团长们欢迎2021年3月2日以视频方式举行上合组织成员国交通部长会议。")])
    assert [(r["name"], r["format"]) for r in rows] == [("上合组织成员国交通部长会议", "video")]


def test_own_meeting_held_by_its_subject_after_yu():
    # the opening sentence names the participants, then 于 <date> 在 <place> 举行 <meeting>: the communiqué's own meeting
    text = "上海合作组织成员国交通部长于2041年4月3日至4日在奥什市举行交通部长会议，声明如下："
    rows = extract_meetings("d", [_para(text, seq=1)], "2041-04-03")
    assert [(r["name"], r["start_date"], r["end_date"], r["is_current_meeting"]) for r in rows] == [
        ("交通部长会议", "2041-04-03", "2041-04-04", True)]
    # another date, or a later paragraph: a meeting referred to
    assert [r["is_current_meeting"] for r in extract_meetings("d", [_para(text, seq=1)], "2041-05-01")] == [False]
    assert [r["is_current_meeting"] for r in extract_meetings("d", [_para(text, seq=3)], "2041-04-03")] == [False]
    # without a meeting date, a meeting qualifying a noun (举行的) is not the communiqué's own
    attributive = "成员国交通部长于2041年4月3日在奥什市举行的交通部长会议上签署了协定。"
    assert [r["is_current_meeting"] for r in extract_meetings("d", [_para(attributive, seq=1)])] == [False]
    assert [r["is_current_meeting"] for r in extract_meetings("d", [_para(text, seq=1)])] == [True]


def test_a_meeting_that_approved_a_document_is_a_meeting():
    text = "各方注意到2040年9月2日在奥什举行的上合组织成员国交通部长会议批准的《渡轮合作构想》。"
    rows = extract_meetings("d", [_para(text)])
    assert [(r["name"], r["start_date"], r["place"]) for r in rows] == [("上合组织成员国交通部长会议", "2040-09-02", "奥什")]
