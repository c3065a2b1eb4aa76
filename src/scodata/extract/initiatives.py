"""Proposals attributed to a state: X关于Y的倡议 (several in one list), X提出的“Y”倡议, 应X倡议."""

from __future__ import annotations

import re
from bisect import bisect_left

from scodata import gazetteer
from scodata.extract.records import number_records, span_record
from scodata.extract.stances import STANCE_RE, STANCE_VERBS
from scodata.model import Paragraph, Record

PROPOSAL = r"(?:倡议|建议|提议)"
# A sub-national proposer after the state: 俄罗斯联邦车里雅宾斯克州.
REGION = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:边疆区|自治区|自治州|州|省|市|区|共和国)(?=关于|提出|倡议)")
# X提出的“Y”倡议, X提出的Y倡议, X的“Y”倡议, X“Y倡议”
PROPOSED_BY = re.compile(
    rf"提出的(?:“(?P<q1>[^”]{{1,40}})”|(?:关于)?(?P<plain>[^，,。；;“”]{{1,60}}?)的?){PROPOSAL}"
    rf"|的?“(?P<q2>[^”]{{1,40}}?)(?:{PROPOSAL}”|”{PROPOSAL})"
)
AT_THE_INITIATIVE = re.compile(rf"^{PROPOSAL}[，,]?")
_STANCE_PHRASE = rf"(?:重申|继续|再次|一致|坚定)*(?:{STANCE_RE.pattern})"
# (It opens with a look-ahead for the first characters of its words: the same matches, the regex engine passing over
# every other position with one test.)
_PHRASE_FIRST = "".join(sorted({word[0] for word in ("重申", "继续", "再次", "一致", "坚定", *STANCE_VERBS)}))
STANCE_PHRASE = re.compile(rf"(?=[{_PHRASE_FIRST}]){_STANCE_PHRASE}")
HELD_NAME = re.compile(r"^(?:[^，,。；;]{0,20}?(?:举行|召开|举办)的)?(?P<name>[^，,。；;]+)")
RESULT = re.compile(r"(?:成果|工作|结果)$")
OF_PROPOSAL = re.compile(rf"的{PROPOSAL}")
AT = re.compile("应")
LIST_TAIL = re.compile(r"(?:、|，|,|以及|和|及|与)$")
PROPOSAL_WORD = re.compile("倡议|建议|提议")  # every form of initiative names one


def proposer_at(text: str, pos: int) -> tuple[int, str] | None:
    """A proposing state (with an optional sub-national unit) starting at pos: (end, ISO code)."""
    m = gazetteer.match_at(text, pos)
    if m is None or m.entity.kind != "state":
        return None
    region = REGION.match(text, m.end)
    if region and (gazetteer.scan(region.group()) or STANCE_RE.search(region.group())):
        region = None
    return (region.end() if region else m.end), m.entity.entity_id


def _stance(text: str, pos: int) -> str | None:
    """The stance verb phrase governing what starts at pos: the last one earlier in the sentence."""
    sentence_start = text.rfind("。", 0, pos) + 1
    phrases = list(STANCE_PHRASE.finditer(text, sentence_start, pos))
    return phrases[-1].group() if phrases else None


def _row(doc_id: str, para: Paragraph, a: int, b: int, proposer: str, code: str,
         subject: str, form: str) -> Record:
    record = span_record(doc_id, "initiative_id", para, a, b)
    record.update(proposer=proposer, state_code=code, subject=subject.strip("，, "), stance=_stance(para.text, a),
                  form=form)
    return record


def _proposals_on(doc_id: str, para: Paragraph) -> list[Record]:
    """X关于Y的倡议, and lists X1关于Y1、X2关于Y2的倡议 (one row each)."""
    text, rows = para.text, []
    previous_end = 0
    names = list(gazetteer.starts(text))  # the positions where a name starts, in order (proposer_at needs one)
    for end in OF_PROPOSAL.finditer(text):
        region_start = max(previous_end, text.rfind("。", 0, end.start()) + 1)
        anchors = []
        for pos in names[bisect_left(names, region_start) : bisect_left(names, end.start())]:
            found = proposer_at(text, pos)
            if found and text.startswith("关于", found[0]):
                anchors.append((pos, found[0], found[1]))
        previous_end = end.end()
        if not anchors:
            continue
        chain = [anchors[-1]]
        for anchor in reversed(anchors[:-1]):
            if text[chain[0][0] - 1] in "、，,和及与" or text[chain[0][0] - 2 : chain[0][0]] == "以及":
                chain.insert(0, anchor)
            else:
                break
        for k, (a, b, code) in enumerate(chain):
            subject_end = chain[k + 1][0] if k + 1 < len(chain) else end.start()
            subject = LIST_TAIL.sub("", text[b + 2 : subject_end])
            row_end = end.end() if k + 1 == len(chain) else b + 2 + len(subject)
            rows.append(_row(doc_id, para, a, row_end, text[a:b], code, subject, "proposal_on"))
    return rows


def _proposed_by(doc_id: str, para: Paragraph) -> list[Record]:
    """X提出的“Y”倡议, X提出的Y倡议, X的“Y”倡议: the proposer ends where the phrase starts."""
    text, rows = para.text, []
    if "提出的" not in text and "“" not in text:
        return rows  # every form of PROPOSED_BY has one
    for m in PROPOSED_BY.finditer(text):
        found = None
        for pos in range(m.start() - 1, max(-1, m.start() - 30), -1):
            candidate = proposer_at(text, pos)
            if candidate and candidate[0] == m.start():
                found = (pos, *candidate)
                break
        if found is None:
            continue
        a, b, code = found
        subject = m["q1"] or m["plain"] or m["q2"]
        rows.append(_row(doc_id, para, a, m.end(), text[a:b], code, subject, "proposed_by"))
    return rows


def _at_the_initiative(doc_id: str, para: Paragraph) -> list[Record]:
    """应X倡议 (举行的…): the subject is what was done at X's initiative."""
    text, rows = para.text, []
    for m in AT.finditer(text):
        found = proposer_at(text, m.end())
        if found is None:
            continue
        tail = AT_THE_INITIATIVE.match(text[found[0] :])
        if tail is None:
            continue
        after = HELD_NAME.match(text[found[0] + tail.end() :])
        subject = RESULT.sub("", after["name"]) if after else ""
        if not subject:
            continue
        end = found[0] + tail.end() + after.end("name") - (len(after["name"]) - len(subject))  # type: ignore[union-attr]
        rows.append(_row(doc_id, para, m.start(), end, text[m.end() : found[0]], found[1], subject,
                         "at_the_initiative_of"))
    return rows


def extract_initiatives(doc_id: str, paragraphs: list[Paragraph]) -> list[Record]:
    """Initiatives attributed to states, in text order."""
    records: list[Record] = []
    for para in paragraphs:
        if not PROPOSAL_WORD.search(para.text):
            continue
        rows = _proposals_on(doc_id, para) + _proposed_by(doc_id, para) + _at_the_initiative(doc_id, para)
        records += sorted(rows, key=lambda r: int(r["start"]))  # type: ignore[call-overload]
    return number_records(doc_id, "initiative_id", "i", records)
