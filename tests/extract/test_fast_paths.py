"""Fast paths taken for speed (issue 14) give what the plain formulation gives, on random texts."""

from __future__ import annotations

import random
import re

from scodata import gazetteer
from scodata.extract import citations, initiatives, meetings, participants, stances

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


ATTENDANCE_PIECES = ["出席", "列席", "参加", "与会", "参会", "了", "会议", "峰会", "会晤", "活动", "本次", "此次", "上述", "的", "有", "还",
                     "包括", "：", ":", "，", "；", "、", "等", "等人", "分别", "也", "应邀", "特邀", "率代表团", "以视频方式",
                     "通过视讯", "在线", "线上", "远程", "同时", "一同", "共同", "并发表讲话", "上合组织", "成员国", "理事会", "第二十次",
                     "例行", "总统", "甲", "乙", "哈萨克斯坦共和国", "重申", "继续", "再次", "一致", "坚定", "支持", "欢迎", "注意到",
                     "高度评价", "。", "\n", " "]


def _attendance_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ATTENDANCE_PIECES) for _ in range(rng.randint(0, 16))) for _ in range(n)]


def test_patterns_opening_with_a_first_character_look_ahead_as_the_plain_patterns() -> None:
    pairs = [(participants.VERB, participants._VERB), (participants.LEAD, participants._LEAD),
             (initiatives.STANCE_PHRASE, initiatives._STANCE_PHRASE)]
    rng = random.Random(5)
    for text in _attendance_texts(3000, 5):
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        for fast, plain_pattern in pairs:
            plain = re.compile(plain_pattern)
            for window in ((), (a,), (a, b)):
                got = [(m.span(), m.groupdict()) for m in fast.finditer(text, *window)]
                assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text, *window)]


SUBJECT_PIECES = ["成员国", "成员国元首", "元首们", "各方", "双方", "有关各方", "代表团团长", "各代表团团长", "上合组织", "国元首",
                  "除", "以外", "外", "的", "中华人民共和国", "印度", "、", "和", "一致", "均", "也", "再次", "进一步", "继续",
                  "坚定", "重申", "支持", "认为", "高度评价", "充分肯定", "充分", "对", "在", "签署了", "通过", "关", "之",
                  "，", "。", "应", "需要", "强调"]


def test_subject_at_as_its_steps() -> None:
    rng = random.Random(6)
    for _ in range(5000):
        text = "".join(rng.choice(SUBJECT_PIECES) for _ in range(rng.randint(0, 8)))
        for pos in range(len(text) + 1):
            assert stances._subject_at(text, pos) == stances._subject_steps(text, pos)


def _plain_take_verbs(text: str, i: int, found: list[str]) -> int:
    while True:
        m = stances.STANCE_RE.match(text, i)
        if m is None:
            return i
        found.append(m.group())
        i = m.end()
        if m.group() in stances.VERB_OBJECT:  # the verb after it is its object
            return i
        adverbs = stances.VERB_ADVERBS.match(text, i)
        if adverbs and stances.STANCE_RE.match(text, adverbs.end()):
            i = adverbs.end()


def test_verb_runs_modals_and_openers_as_the_plain_steps() -> None:
    rng = random.Random(7)
    pieces = SUBJECT_PIECES + ["积极评价", "积极", "评价", "肯定", "坚定", "一致", "：", "：应", " 应当", "需要", "必须", "亟需", "有必要",
                               "并且", "亦", "再次", "共同", "进一步", "\n", "要", "其他", "其余", "部分", "与会", "与会各", "本组织",
                               "相关", "有关", "团长们", "外长们", "总理们", "政府首脑们", "领导人们", "部长们", "代表们", "与会各方",
                               "相关各方", "国外长", "国领导人", "还", "同时", "也", "一再", "均", "都", "坚决", "并", "成员国外长",
                               "成员国领导人", "成员国政府首脑", "成员国代表团", "上海合作组织", "各国", "安全会议秘书们", "秘书们",
                               "交通主管部门", *stances.STANCE_VERBS]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        for pos in range(len(text) + 1):
            fast: list[str] = []
            plain: list[str] = []
            assert stances._take_verbs(text, pos, fast) == _plain_take_verbs(text, pos, plain) and fast == plain
            skip = stances.COMPLEMENT_START.match(text, pos)
            assert stances._modal_after(text, pos) == bool(stances.MODAL.match(text, skip.end() if skip else pos))
            assert stances.OPENER.match(text, pos) is None or text[pos] in stances.OPENER_FIRST


def test_a_marker_starts_with_one_of_its_first_characters() -> None:
    rng = random.Random(8)
    pieces = ATTENDANCE_PIECES + ["作为", "以", "上海合作组织", "上合组织", "观察员", "观察员国", "对话伙伴", "对话伙伴国", "会议", "主办国",
                                  "主席国", "东道国", "的", "特邀", "客人", "嘉宾", "应", "邀请", "成员国", "国际组织", "国际和地区组织",
                                  "代表", "负责人", "领导人", "身份", "—", "代表团团长", "外交部长", "和", "多边机构"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        for pos in range(len(text) + 1):
            assert participants.ANY_MARKER.match(text, pos) is None or text[pos] in participants.MARKER_FIRST


def test_meeting_prechecks_as_the_plain_searches() -> None:
    rng = random.Random(9)
    pieces = ATTENDANCE_PIECES + ["于", "将于", "\n", "会议", "论坛", "峰会", "《", "》", "签署", "批准的", "举行", "在杜尚别"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        fast, plain = meetings._name_before(text), meetings.NAME_BEFORE.search(text)
        assert (fast and (fast.span(), fast.groupdict())) == (plain and (plain.span(), plain.groupdict()))
        assert meetings.DOC_ACTION.match(text) is None or "《" in text
