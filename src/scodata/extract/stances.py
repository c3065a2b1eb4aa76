"""Paragraph annotations: who speaks, which member states endorse the paragraph, with which stance verbs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from scodata import gazetteer
from scodata.extract.labels import label_end
from scodata.model import Paragraph

# Reporting verbs carrying the delegations' stance (longest first where one contains another).
STANCE_VERBS = (
    "高度评价", "积极评价", "充分肯定", "高度赞赏", "注意到", "强调", "支持", "指出", "重申", "主张", "欢迎",
    "反对", "认为", "相信", "肯定", "表示", "同意", "呼吁", "赞赏", "祝贺", "确认", "谴责", "关切", "赞同",
    "希望", "期待", "决定", "商定", "批准", "承诺", "坚信", "深信", "责成", "建议",
    # informing the others of a plan or proposal (中方通报了…的设想): a stance, like proposing
    "通报",
    # declaring (元首们宣布成立…, 宣布…开始): a stance, as the holdout11 README lists
    "宣布",
    # 关切 with the verb that expresses it is one stance (深表关切, 表示关切), unlike 表示满意 (表示).
    "深表关切", "表示关切",
    # 支援: 支持 as Taiwan-variant copies write it (OpenCC s2twp), kept as written after t2s
    "支援",
    # 通过 adopting a document (外长们通过了《…》, as 批准), not 通过 "by means of" (通过对话解决).
    "通过(?=了?[《〈])",
)
STANCE_RE = re.compile("|".join(sorted(STANCE_VERBS, key=len, reverse=True)))
ADVERB = r"(?:一致|均|都|也|还|再次|一再|继续|同时|充分|坚决|共同|并|进一步|严厉|强烈|坚定|始终|一贯)*"
ADVERBS = re.compile(ADVERB)
CONJUNCTION = re.compile(rf"(?:并且|并|还|同时|也|亦)?{ADVERB}")
VERB_ADVERB_WORDS = ("继续", "坚定", "一致", "充分", "积极")
VERB_ADVERBS = re.compile(f"(?:{'|'.join(VERB_ADVERB_WORDS)})*")
# VERB_ADVERBS.match and a stance verb at its end, in one match (the atomic group: VERB_ADVERBS's own match).
ADVERBS_THEN_VERB = re.compile(rf"(?>{VERB_ADVERBS.pattern})(?={STANCE_RE.pattern})")
# What can follow a stance verb in a run of verbs (重申支持, 重申坚定支持): the first characters of the adverbs and verbs.
_RUN_GOES_ON = frozenset(word[0] for word in (*STANCE_VERBS, *VERB_ADVERB_WORDS))
# Verbs whose object is itself an action (主张反对…, 呼吁支持…, 希望加强…): a stance verb after them is what they
# advocate, call for or hope, not a stance of its own (unlike 重申支持: 重申, 支持).
VERB_OBJECT = frozenset({"主张", "呼吁", "希望", "期待", "同意", "决定", "承诺", "商定"})
CLAUSE_END = re.compile(r"[，,；;。：:]\s*")
COMPLEMENT_START = re.compile(r"[，,：:\s]*")
# Collective subjects that speak in a communiqué. The plural and 团长 forms always speak; forms built on
# 成员国 may also be part of a noun phrase (上合组织成员国国防部长会议), so they need a verb or preposition.
# The ministries whose ministers speak as one (国防部长们, 交通部长们).
MINISTRIES = ("国防", "外交", "交通", "财政", "经贸", "经济", "商务", "贸易", "农业", "卫生", "教育", "文化", "司法", "内务",
              "内政", "能源", "科技", "工业", "旅游", "体育", "环境", "环保", "铁路", "通信", "紧急情况", "应急管理", "数字发展")
# (一些, 若干, 少数…: an unnamed part of the members, as 部分; see PARTIAL)
_SOME = r"一些|若干|个别|少数|某些|大多数|多数"
_QUALIFIER = rf"(?:各|相关|有关|其他|其余|部分|{_SOME}|与会|与会各|上海合作组织|上合组织|本组织)"
SPEAKERS = re.compile(
    rf"{_QUALIFIER}?代表团团长|团长们|元首们|外长们|总理们|政府首脑们|领导人们|(?:{'|'.join(MINISTRIES)})?部长们|代表们"
    r"|(?:安全会议|国家安全会议)?秘书们"
    r"|与会各方|相关各方|有关各方|各方|双方"
)
# The member states' office-holders (成员国外交部长, 成员国政府首脑（总理）, 成员国交通部长们, 各成员国代表团团长).
_OFFICE = (r"(?:代表团团长|代表团|元首|外长|领导人|政府首脑(?:（总理）|\(总理\))?|总理|[\u4e00-\u9fff]{0,4}?部长"
           r"|[\u4e00-\u9fff]{0,4}?主管(?:部门|机关|机构)|[\u4e00-\u9fff]{1,4}?部门"
           r"|[\u4e00-\u9fff]{0,6}?(?:秘书(?![长处])|总检察长|检察长|院长|议长|负责人))们?")
# (成员国交通主管部门, 成员国海关部门: the ministries or services of a field; 成员国安全会议秘书, 各国最高法院院长: the
# other office-holders meeting as a council; 秘书长 and 秘书处 are an organisation's)
STATE_OFFICE = re.compile(_OFFICE)  # the office-holders of the states just named
SIDES = re.compile(r"[双三四五六七八]方|各方")  # the states just named as sides (甲国和乙国双方)
# The office-holders of a number of states (六国元首, 八国外长, 5国总理): collective, all of them.
_NUMBERED = r"(?:[两二三四五六七八九十]{1,3}|[0-9０-９]{1,2})国"
# The office-holders of the states present, not named (各国安全会议秘书, 与会部长, 与会各国代表团团长): all of them.
MEMBERS = re.compile(rf"{_QUALIFIER}?(?:成员国(?:{_OFFICE})?|{_NUMBERED}{_OFFICE}|国元首|国外长|国领导人)"
                     rf"|(?:与会(?:各国)?|各国){_OFFICE}")
NUMBERED = re.compile(rf"{_QUALIFIER}?{_NUMBERED}")
SUBJECT_START = re.compile(f"除|{SPEAKERS.pattern}|{MEMBERS.pattern}")  # what a speaker other than a state opens with
PREPOSITION = re.compile(r"[在就对向为将愿同与已]")
PARTIAL = re.compile(rf"^(?:相关|有关|部分|其他|其余|{_SOME})")
MODAL = re.compile(r"(?:应当|应该|应|需要|需|必须|亟需|亟须|要|有必要)")
LIST_SEP = re.compile(r"、|和|及|以及|与")
# 除X外的成员国, 除X以外的, and with a comma before the rest: 除X外，其他成员国
EXCEPT = re.compile(r"^除(?P<list>.+?)(?:以)?外(?:的|[，,]\s*)?")
# What a clause that _read_clause reads opens with (a speaker other than a state, a verb after a conjunction, a
# modal): a clause matching none of them, nor opening with a state's name, is passed over.
OPENER = re.compile(f"{SUBJECT_START.pattern}|{CONJUNCTION.pattern}(?:{STANCE_RE.pattern})|{MODAL.pattern}")
# The characters an OPENER match can start with (除, the qualifiers and subjects (安全会议秘书们), conjunctions, adverbs, verbs and
# modals): a clause opening with another is passed over without a match.
OPENER_FIRST = frozenset("除各相有其部与上本代团元外总政领双成国并还同也亦一均都再继充坚共进严强始应需必亟要安秘若个少某大多"
                         "两二三四五六七八九十0123456789０１２３４５６７８９") | {w[0] for w in STANCE_VERBS} \
    | {w[0] for w in MINISTRIES}
# A modal after a verb's complement start (COMPLEMENT_START's own match: possessive), in one match.
MODAL_AFTER = re.compile(rf"{COMPLEMENT_START.pattern}+(?:{MODAL.pattern})")
# The common opening of a read clause, in one match: a collective subject (SPEAKERS, else MEMBERS, each as its own
# match takes it), its adverbs and a stance verb after them (元首们一致认为, 成员国重申). The atomic groups keep the
# first way each part matches, as _subject_at's matches one after the other do.
COLLECTIVE_VERB = re.compile(rf"(?P<subject>(?>(?:{SPEAKERS.pattern})|(?:{MEMBERS.pattern})))(?>{ADVERB})(?={STANCE_RE.pattern})")
# Acts a collective subject performs (成员国元首签署了《…》，认为…): a subject, though not a stance.
ACT = re.compile(r"(?:共同)?(?:签署|签订|批准|通过|发表|发布|制定|决定|宣布|举行|讨论|审议)了?")


def state_list(text: str, pos: int) -> tuple[int, list[str]]:
    """A run of states (X、Y和Z) starting at pos: (end, codes); (pos, []) when none starts there."""
    codes: list[str] = []
    end = pos
    while True:
        m = gazetteer.match_at(text, end)
        if m is None or m.entity.kind != "state":
            break
        codes.append(m.entity.entity_id)
        end = m.end
        sep = LIST_SEP.match(text, end)
        if not sep or not gazetteer.match_at(text, sep.end()):
            break
        end = sep.end()
    return (end, codes) if codes else (pos, [])


def _state_at(text: str, pos: int) -> bool:
    """True when a state's name starts at pos."""
    m = gazetteer.match_at(text, pos)
    return m is not None and m.entity.kind == "state"


def _subject_at(text: str, pos: int) -> tuple[int, str, list[str] | None, bool, int | None] | None:
    """A speaker starting at pos: (its end, speaker as written, named codes, codes are excluded, verb position)."""
    fast = COLLECTIVE_VERB.match(text, pos)
    if fast is not None:  # (most speakers: what _subject_steps gives, in one match)
        return fast.end("subject"), fast["subject"], None, False, fast.end()
    return _subject_steps(text, pos)


def _subject_steps(text: str, pos: int) -> tuple[int, str, list[str] | None, bool, int | None] | None:
    """_subject_at, one part after the other."""
    if not (SUBJECT_START.match(text, pos) or _state_at(text, pos)):
        return None  # what follows cannot open a speaker (most clauses: two tests instead of five)
    excluded = False
    codes: list[str] | None = None
    end = pos
    exc = EXCEPT.match(text[pos:]) if text.startswith("除", pos) else None
    if exc:
        _, listed = state_list(text, pos + 1)
        if listed:
            codes, excluded, end = listed, True, pos + exc.end()
    always = SPEAKERS.match(text, end)
    collective = always or MEMBERS.match(text, end)
    if collective:
        end = collective.end()
    elif codes is None:
        end, listed = state_list(text, pos)
        if not listed:
            return None
        codes = listed
        office = STATE_OFFICE.match(text, end)  # 中华人民共和国、…和塔吉克斯坦共和国交通部长支持…
        if office is None and len(codes) >= 2:
            office = SIDES.match(text, end)  # 甲国和乙国双方商定…: the named states as sides
        if office and STANCE_RE.match(text, ADVERBS.match(text, office.end()).end()):  # type: ignore[union-attr]
            end = office.end()
    else:
        return None
    adverbs = ADVERBS.match(text, end)
    verb_at = adverbs.end() if adverbs else end
    if STANCE_RE.match(text, verb_at):
        return end, text[pos:end], codes, excluded, verb_at
    if not collective:
        return None
    if not always and NUMBERED.match(text, pos) and not ACT.match(text, verb_at):
        return None  # 六国元首在上海签署…: the heads of state of a past meeting, recalled, no speaker here
    if PREPOSITION.match(text, verb_at):  # 元首们对会议成果表示满意
        clause_end = min((i for c in "，,。；;：:" if (i := text.find(c, verb_at)) >= 0), default=len(text))
        later = STANCE_RE.search(text, verb_at, clause_end)
        return end, text[pos:end], codes, excluded, later.start() if later else None
    if always and text[verb_at : verb_at + 1] not in "的之关":
        return end, text[pos:end], codes, excluded, None
    if ACT.match(text, verb_at):
        return end, text[pos:end], codes, excluded, None
    return None


def _clause_starts(text: str) -> list[int]:
    """Positions where a clause starts (the start past a numbered item's label, and after each clause mark and the
    spaces after it), in order."""
    return [label_end(text)] + [m.end() for m in CLAUSE_END.finditer(text)]


@dataclass
class _Reading:
    """What has been read of a paragraph so far: the first speaker, the states it names, the stance verbs, and
    whether the clause being read is governed by a modal (应, 需要: a recommendation, not a stance)."""

    speaker: str | None = None
    codes: list[str] | None = None
    excluded: bool = False
    stances: list[str] = field(default_factory=list)
    modal: bool = False


def _read_clause(text: str, i: int, reading: _Reading) -> int:
    """Read the clause starting at i (a subject and its verbs, or verbs of the current speaker); return the
    position reading goes on from."""
    subject = _subject_at(text, i)
    if subject is not None:
        end, said_by, listed, exc, verb_at = subject
        if reading.speaker is None:
            reading.speaker, reading.codes, reading.excluded = said_by, listed, exc
        reading.modal = False
        if verb_at is None:
            return end
        end = _take_verbs(text, verb_at, reading.stances)
        reading.modal = _modal_after(text, end)
        return end
    if not reading.modal and reading.speaker is not None:
        conj = CONJUNCTION.match(text, i)
        at = conj.end() if conj else i
        if STANCE_RE.match(text, at):
            end = _take_verbs(text, at, reading.stances)
            reading.modal = _modal_after(text, end)
            return end
    if MODAL.match(text, i):
        reading.modal = True
    return i + 1


def annotate(para: Paragraph, members: list[str]) -> dict[str, object]:
    """speaker, endorsing_states, all_members_endorse and stances of one paragraph."""
    if para.section == "preamble":
        return {"speaker": None, "endorsing_states": [], "all_members_endorse": None, "stances": []}
    text = para.text
    names = gazetteer.starts(text)  # one scan of the paragraph for every name lookup here and in later extractors
    reading = _Reading()
    i = 0
    for start in _clause_starts(text):  # in order; reading may jump past some
        if start >= len(text):
            break
        if start < i:
            continue
        if start and text[start - 1] == "。":
            reading.modal = False  # a sentence ends what governed the last one
        # (most clauses open with nothing _read_clause looks for: one test instead of five)
        opens = text[start] in OPENER_FIRST and OPENER.match(text, start) is not None
        i = _read_clause(text, start, reading) if opens or start in names else start + 1
    return {"speaker": reading.speaker, **_endorsement(reading.speaker, reading.codes, reading.excluded, members),
            "stances": reading.stances}


def _modal_after(text: str, i: int) -> bool:
    """True when the complement after a verb (past a comma or colon) opens with a modal (应, 需要, 必须…)."""
    return MODAL_AFTER.match(text, i) is not None


def _take_verbs(text: str, i: int, stances: list[str]) -> int:
    """Record the stance verbs starting at i (重申支持 gives 重申, 支持) and return where they end."""
    while True:
        m = STANCE_RE.match(text, i)
        if m is None:
            return i
        stances.append(m.group())
        i = m.end()
        if m.group() in VERB_OBJECT or text[i : i + 1] not in _RUN_GOES_ON:
            return i  # (most verbs: no adverb or verb after them)
        adverbs_then_verb = ADVERBS_THEN_VERB.match(text, i)
        if adverbs_then_verb:
            i = adverbs_then_verb.end()


def _endorsement(speaker: str | None, codes: list[str] | None, excluded: bool,
                 members: list[str]) -> dict[str, object]:
    if codes is not None:
        endorsing = sorted(set(members) - set(codes)) if excluded else sorted(set(codes))
        return {"endorsing_states": endorsing, "all_members_endorse": bool(members) and set(endorsing) >= set(members)}
    if speaker is not None and PARTIAL.match(speaker):
        return {"endorsing_states": [], "all_members_endorse": False}
    return {"endorsing_states": sorted(set(members)), "all_members_endorse": True if members else None}


def annotate_paragraphs(paragraphs: list[Paragraph], members: list[str]) -> list[dict[str, object]]:
    """One annotation per paragraph, in order; `members` are the member states present."""
    return [annotate(p, members) for p in paragraphs]
