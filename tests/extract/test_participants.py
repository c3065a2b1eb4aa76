import pytest

from scodata.extract.participants import extract_participants, parse_entry
from tests.extract.docs import attendance_rows, participant_summary, project, seed_case


def _by_name(rows):
    return {r["name"]: r for r in rows}


def test_seed_has_17_participants_and_one_chair():
    rows = extract_participants("d", seed_case().paragraphs)
    assert len(rows) == 17
    roles = [r["role"] for r in rows]
    assert roles.count("member_state") == 8 and roles.count("sco_body") == 4
    assert roles.count("observer_state") == 4 and roles.count("guest") == 1
    chairs = [r for r in rows if r["is_chair"]]
    assert [(c["state_code"], c["title"], c["name"]) for c in chairs] == [("IND", "副总统", "奈杜")]
    people = _by_name(rows)
    assert people["诺维科夫"]["title"] == "代总理、第一副总理"
    assert people["阿巴斯"]["title"] == "议会外交事务秘书"
    assert people["梅列多夫"]["title"] == "副总理兼外长" and people["梅列多夫"]["role"] == "guest"
    assert people["舒瓦洛夫"]["term"] == "2019-2020年"
    assert people["舒瓦洛夫"]["organisation_id"] == "SCO-IBC"


def test_seed_matches_annotation():
    case = seed_case()
    assert project("participants", extract_participants("d", case.paragraphs)) == case.expected["participants"]


def test_spans_point_at_the_entry():
    case = seed_case()
    by_seq = {p.seq: p for p in case.paragraphs}
    for r in extract_participants("d", case.paragraphs):
        para = by_seq[r["seq"]]
        assert para.text[r["start"] - para.start : r["end"] - para.start] == r["text"]
        assert r["participant_id"].startswith("d:a")


@pytest.mark.parametrize(("entry", "expected"), [
    ("印度共和国外交部长苏杰生", {"state_code": "IND", "title": "外交部长", "name": "苏杰生"}),
    ("独立国家联合体执行委员会主席", {"organisation": "独立国家联合体执行委员会", "organisation_id": "CIS",
                                      "title": "主席", "name": None}),
    ("欧亚经济委员会常设机构负责人", {"organisation_id": "EEC", "title": "常设机构负责人", "name": None}),
    # a commission's executive committee belongs to its head's title ('Chairman of the Board'); other organs stay
    ("欧亚经济委员会执委会主席甲", {"organisation": "欧亚经济委员会", "organisation_id": "EEC", "title": "执委会主席",
                                    "name": "甲"}),
    ("欧亚经济委员会执行委员会代理主席乙", {"organisation": "欧亚经济委员会", "title": "执行委员会代理主席"}),
    ("独联体执委会主席丙", {"organisation": "独联体执委会", "organisation_id": "CIS", "title": "主席"}),
    ("上合组织实业家委员会理事会轮值主席丁", {"organisation": "上合组织实业家委员会理事会", "title": "轮值主席"}),
    ("国际红十字委员会主席毛雷尔", {"organisation": "国际红十字委员会", "organisation_id": None, "title": "主席",
                                    "name": "毛雷尔"}),
    ("上合组织副秘书长索赫拉布·阿哈迪", {"organisation_id": "SCO-SEC", "title": "副秘书长", "name": "索赫拉布·阿哈迪"}),
])
def test_parse_entry(entry, expected):
    parsed = parse_entry(entry)
    assert {k: parsed[k] for k in expected} == expected


def test_list_splitting_keeps_multi_part_titles_together():
    from scodata.extract.participants import split_items

    text = "中华人民共和国国务院副总理、外交部长王毅、独立国家联合体执行委员会主席、国际红十字委员会主席毛雷尔"
    assert [text[i.start : i.end] for i in split_items(text, 0, len(text))] == [
        "中华人民共和国国务院副总理、外交部长王毅", "独立国家联合体执行委员会主席", "国际红十字委员会主席毛雷尔"]


ATTENDANCE = ("{date}，上海合作组织成员国元首理事会会议在阿斯塔纳举行。中华人民共和国主席李明出席会议。\n\n"
              "印度共和国总理德赛、白俄罗斯共和国总统米哈伊洛夫、阿富汗伊斯兰共和国总统卡里姆、土耳其共和国总统奥兹出席会议。")


@pytest.mark.parametrize(("date", "roles"), [
    ("2010-06-11", {"IND": "observer_state", "BLR": "dialogue_partner", "AFG": "guest", "TUR": "guest"}),
    ("2016-06-24", {"IND": "observer_state", "BLR": "observer_state", "AFG": "observer_state",
                    "TUR": "dialogue_partner"}),
    ("2017-06-09", {"IND": "member_state", "BLR": "observer_state", "AFG": "observer_state",
                    "TUR": "dialogue_partner"}),
    ("2024-07-04", {"IND": "member_state", "BLR": "member_state", "AFG": "observer_state",
                    "TUR": "dialogue_partner"}),
])
def test_unmarked_roles_follow_the_status_on_the_meeting_date(date, roles):
    from tests.extract.docs import paragraphs_of

    y, m, d = date.split("-")
    paragraphs = paragraphs_of(ATTENDANCE.format(date=f"{int(y)}年{int(m)}月{int(d)}日") + "\n\n元首们指出，合作重要。")
    rows = extract_participants("d", paragraphs, date)
    assert {r["state_code"]: r["role"] for r in rows if r["state_code"] != "CHN"} == roles


def test_text_markers_win_over_the_date_and_trailing_markers_count():
    from tests.extract.docs import paragraphs_of

    text = ("2024年7月4日，上海合作组织成员国元首理事会会议在阿斯塔纳举行。中华人民共和国主席李明出席会议。\n\n"
            "上合组织观察员国代表蒙古国总统呼日勒苏赫、应主席国邀请阿塞拜疆共和国总统阿利耶夫出席会议。"
            "土库曼斯坦总统别尔德和老挝人民民主共和国总理宋赛作为主席国客人出席会议。\n\n元首们指出，合作重要。")
    rows = extract_participants("d", paragraphs_of(text), "2024-07-04")
    assert {r["state_code"]: (r["role"], r["name"]) for r in rows} == {
        "CHN": ("member_state", "李明"), "MNG": ("observer_state", "呼日勒苏赫"), "AZE": ("guest", "阿利耶夫"),
        "TKM": ("guest", "别尔德"), "LAO": ("guest", "宋赛")}


def test_a_carried_marker_never_gives_a_status_the_state_did_not_have():
    from tests.extract.docs import paragraphs_of

    text = ("2019年11月2日，上海合作组织成员国政府首脑（总理）理事会会议在塔什干举行。中华人民共和国国务院总理李明出席会议。\n\n"
            "上合组织观察员国代表蒙古国副总理甲、阿富汗伊斯兰共和国第一副总统乙以及土库曼斯坦副总理丙出席会议。\n\n"
            "各代表团团长指出，合作重要。")
    rows = extract_participants("d", paragraphs_of(text), "2019-11-02")
    assert {r["state_code"]: r["role"] for r in rows} == {
        "CHN": "member_state", "MNG": "observer_state", "AFG": "observer_state", "TKM": "guest"}
    rows = extract_participants("d", paragraphs_of(text.replace("2019年11月2日", "2011年11月7日")), "2011-11-07")
    assert {r["state_code"]: r["role"] for r in rows}["AFG"] == "guest"


@pytest.mark.parametrize(("body", "expected"), [
    # one entry per line after a lead, the chair sentence glued on after the last line
    ("出席会议的有：\n中华人民共和国主席甲\n俄罗斯联邦总统乙\n会议由俄罗斯联邦总统乙主持。",
     [("CHN", "主席", "甲", "member_state", False), ("RUS", "总统", "乙", "member_state", True)]),
    # a chair clause, then a ；list closed by its verb, in one sentence
    ("会议由哈萨克斯坦共和国总统丙主持，中华人民共和国主席甲；俄罗斯联邦总统乙出席会议。",
     [("KAZ", "总统", "丙", "member_state", True), ("CHN", "主席", "甲", "member_state", False),
      ("RUS", "总统", "乙", "member_state", False)]),
    # office first, the state in brackets, after a verb with a colon
    ("下列成员国元首出席会议：主席甲（中华人民共和国），总统乙（俄罗斯联邦）。",
     [("CHN", "主席", "甲", "member_state", False), ("RUS", "总统", "乙", "member_state", False)]),
    # a dash closing a marker; 也 before the verb
    ("观察员国代表——蒙古国总统丁；阿富汗伊斯兰共和国总统戊也出席了会议。",
     [("MNG", "总统", "丁", "observer_state", False), ("AFG", "总统", "戊", "observer_state", False)]),
    # a marker with 作为 and a comma before its group; 与会 as the verb
    ("作为对话伙伴，土耳其共和国副总统己、卡塔尔国首相庚与会。",
     [("TUR", "副总统", "己", "dialogue_partner", False), ("QAT", "首相", "庚", "dialogue_partner", False)]),
    # each entry with its own capacity after it; 应邀 before the verb
    ("土库曼斯坦总统辛作为主席国客人、蒙古国总统丁作为观察员国代表应邀出席会议。",
     [("TKM", "总统", "辛", "guest", False), ("MNG", "总统", "丁", "observer_state", False)]),
    # the chair noted in brackets inside a list without a colon
    ("出席会议的有哈萨克斯坦共和国总统丙（会议主席），中华人民共和国主席甲。",
     [("KAZ", "总统", "丙", "member_state", True), ("CHN", "主席", "甲", "member_state", False)]),
    # a lead naming its group; an organisation opening with a gazetteer name, one not in the gazetteer
    ("出席会议的国际组织代表有：联合国人口基金执行主任壬、国际道路运输联盟秘书长癸。",
     [("联合国人口基金", "执行主任", "壬", "international_organisation", False),
      ("国际道路运输联盟", "秘书长", "癸", "international_organisation", False)]),
    # words around the verb
    ("中华人民共和国国务院总理甲率团出席会议并发表讲话。俄罗斯联邦总统乙等以视频方式出席会议。",
     [("CHN", "国务院总理", "甲", "member_state", False), ("RUS", "总统", "乙", "member_state", False)]),
    # a chair under whose chairing the meeting was held, and one named with 主席国 before the state
    ("会议在哈萨克斯坦共和国总统丙主持下举行。中华人民共和国主席甲出席会议。",
     [("KAZ", "总统", "丙", "member_state", True), ("CHN", "主席", "甲", "member_state", False)]),
    ("会议由主席国哈萨克斯坦共和国总统丙主持。", [("KAZ", "总统", "丙", "member_state", True)]),
    # role headings on lines of their own inside one list
    ("出席会议的有：\n成员国代表：\n中华人民共和国主席甲\n观察员国代表：\n蒙古国总统丁\n国际组织代表：\n联合国秘书长寅。",
     [("CHN", "主席", "甲", "member_state", False), ("MNG", "总统", "丁", "observer_state", False),
      ("联合国", "秘书长", "寅", "international_organisation", False)]),
    # a chair phrase going on after 主持; 参会 as the verb
    ("会议由哈萨克斯坦共和国总统丙主持并致开幕词。中华人民共和国主席甲参会。",
     [("KAZ", "总统", "丙", "member_state", True), ("CHN", "主席", "甲", "member_state", False)]),
    # a chair heading before its entry; honorifics after a name
    ("出席会议的有：会议主席、哈萨克斯坦共和国总统丙，中华人民共和国主席甲先生。",
     [("KAZ", "总统", "丙", "member_state", True), ("CHN", "主席", "甲", "member_state", False)]),
    # organisations not in the gazetteer (…署, …委员会), one opening with a gazetteer name
    ("联合国开发计划署署长午、世界粮食计划署执行主任未、国际奥林匹克委员会主席申出席会议。",
     [("联合国开发计划署", "署长", "午", "international_organisation", False),
      ("世界粮食计划署", "执行主任", "未", "international_organisation", False),
      ("国际奥林匹克委员会", "主席", "申", "international_organisation", False)]),
    # a capacity in brackets after an entry
    ("中华人民共和国主席甲、蒙古国总统丁（观察员国）、土库曼斯坦总统辛（主席国客人）出席会议。",
     [("CHN", "主席", "甲", "member_state", False), ("MNG", "总统", "丁", "observer_state", False),
      ("TKM", "总统", "辛", "guest", False)]),
    # a lead closing its paragraph, one entry (or role heading) per paragraph after it, up to the closing stop
    ("出席会议的有：\n\n中华人民共和国主席甲；\n\n观察员国代表：\n\n蒙古国总统丁。\n\n蒙古国是友好邻邦。",
     [("CHN", "主席", "甲", "member_state", False), ("MNG", "总统", "丁", "observer_state", False)]),
    # capacities after an entry that no marker names, and ones that do
    ("哈萨克斯坦共和国总统丙作为主席国元首主持会议。土库曼斯坦总统辛以特邀嘉宾身份、蒙古国总统丁作为观察员国领导人出席会议。",
     [("KAZ", "总统", "丙", "member_state", True), ("TKM", "总统", "辛", "guest", False),
      ("MNG", "总统", "丁", "observer_state", False)]),
])
def test_attendance_layouts(body, expected):
    assert participant_summary(attendance_rows(body)) == expected
