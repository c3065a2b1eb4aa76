"""Shared engine for communiqués in alphabetic languages (English, Russian): clean, segment, describe.

A language supplies a `Rules` object (its words and patterns); the functions here do the rest. Extraction of
the structure tables lives in scodata.lang.structure. Paragraphs end in a full stop; numbered paragraphs
keep their number; a news-wire dateline ("MOSCOW, Nov 30 (TASS) --", "ДУШАНБЕ, 17 сентября. /ТАСС/.") is
kept out of the first paragraph and reported as a header block.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from scodata.clean import CleanResult, _Buffer, page_header_spans, regex_spans
from scodata.errors import InputError
from scodata.extract.dates import DateSpan
from scodata.extract.document import DocumentInfo
from scodata.extract.segment import TIMESTAMP, Segmented, blocks
from scodata.htmltext import normalise_datetime
from scodata.model import Paragraph

TERMINAL = ".!?;:»\")”…"


@dataclass(frozen=True)
class Rules:
    """What one alphabetic language contributes: its words and patterns (compiled regexes)."""

    tag: str
    script: str  # documents.original_script: latin, cyrillic
    sco: re.Pattern[str]  # names the SCO (required in every text)
    dateline: re.Pattern[str]  # news-wire dateline at the start of the first paragraph
    closing: re.Pattern[str]  # closing section: thanks to the host, next meeting, signature
    title_hint: re.Pattern[str]  # a header block that is the title
    doc_types: list[tuple[re.Pattern[str], str]]
    councils: list[tuple[re.Pattern[str], str]]  # -> council name (heads_of_state…)
    body: re.Pattern[str]  # the issuing council as written
    video: re.Pattern[str]
    place: re.Pattern[str]  # group "place": where the meeting was held
    find_dates: Callable[[str], list[DateSpan]]
    session: Callable[[str], int | None]
    attendance: re.Pattern[str]  # a preamble paragraph (attendance, meeting held)
    abbreviations: frozenset[str] = field(default_factory=frozenset)  # tokens a full stop does not end
    # a meeting of other officials of the member states ("Meeting of Ministers of Agriculture of the SCO Member States",
    # «совещание генеральных прокуроров государств – членов ШОС»): an SCO body outside the named councils
    meeting_body: re.Pattern[str] = re.compile(r"(?!)")


def _page_break_spans(text: str) -> list[tuple[int, int, str]]:
    """Blank lines inside a sentence (the block before ends without punctuation, the next starts lower-case). A block
    ending in a comma is a clause of its own (a declaration's "Мы, главы …,", "guided by …,"): kept apart."""
    spans = []
    for m in re.finditer(r"\n[ \t]*\n\s*", text):
        before = text[: m.start()].rstrip()
        after = text[m.end() : m.end() + 1]
        block = before[before.rfind("\n") + 1 :].split(" ", 1)[0]
        if block and text[m.end() :].startswith(block + " "):
            continue  # blocks opening with the same word are the items of a list
        if before and before[-1] not in TERMINAL + "," and after.islower():
            spans.append((m.start(), m.end(), " "))
    return spans


_LINK_WORDS = frozenset(["of", "the", "and", "for", "on", "to", "in", "at", "by", "with", "a", "an", "и", "в", "на", "по", "с", "о", "об", "для", "при", "от", "до"])


def _line_join_spans(text: str) -> list[tuple[int, int, str]]:
    """A line broken inside a sentence continues on the next: the next line starts in lower case, or the line ends
    with a comma or a small word (of, the, и, в…). A line ending in a name may end a list entry: kept."""
    spans = []
    for m in re.finditer(r"[ \t]*\n[ \t]*(?=\S)", text):
        before, after = text[: m.start()], text[m.end() : m.end() + 1]
        if not before or before.endswith("\n"):
            continue
        last = re.search(r"(\w+)\W*$", before)
        line = before[before.rfind("\n") + 1 :].split(" ", 1)[0]
        if line and after.islower() and text[m.end() :].startswith(line + " "):
            continue  # lines opening with the same word are the items of a list ("от Республики …" / "от …")
        if after.islower() or before.endswith(",") or (last and last.group(1).lower() in _LINK_WORDS and before[-1].isalpha()):
            spans.append((m.start(), m.end(), " "))
    return spans


def _single_lines(text: str) -> list[tuple[int, int, str]]:
    if "\n\n" in text.strip():
        return []
    return [(m.start(), m.end(), "\n\n") for m in re.finditer(r"\n", text.strip("\n"))]


# A viewer's print and navigation furniture: "Printed from www.… on 03/09/2008", "Документ распечатан с сайта …",
# and lines of navigation links only ("« Back | Top ^", "Версия для печати | Отправить другу").
_PRINTED = (r"(?:(?:This (?:page|document) was )?(?:Printed|Downloaded|Retrieved) (?:from|on|at)\b"
            r"|(?:Документ |Материал |Страница |Текст )?(?:распечатан[аоы]?|скачан[аоы]?|загружен[аоы]?) (?:с|из)\b)")
_ARROW = r"[«‹<←↑^»›>→]"
_NAV = (rf"{_ARROW}?[ \t]*(?:Back(?: to (?:top|list))?|Top|Print(?:er-friendly)?(?: version| this page)?|Close(?: window)?|Home"
        rf"|Share|E-?mail(?: this)?(?: to a friend)?|Send to a friend|Next|Previous|Prev|Назад|Наверх|Вверх|Печать"
        rf"|Версия для печати|Распечатать|Закрыть(?: окно)?|Главная|Поделиться|Отправить (?:другу|по почте|ссылку)"
        rf"|Вернуться(?: к списку)?|К списку)[ \t]*{_ARROW}?")
# a site's navigation links, bare or in brackets ("[Print this page]", "[Close window] [Back]")
_NAVS = rf"(?:\[[ \t]*{_NAV}[ \t]*\]|{_NAV})(?:(?:[ \t]*[|/·•][ \t]*|[ \t]*(?=\[))(?:\[[ \t]*{_NAV}[ \t]*\]|{_NAV}))*"
PRINT_FURNITURE = re.compile(rf"^[ \t]*(?:{_PRINTED}[^\n]{{0,160}}|{_NAVS})[ \t]*$", re.M | re.I)

# a news agency's end-of-story mark on a line of its own ("Enditem", "(end)", "ENDS", «(Конец)»)
WIRE_END = re.compile(r"^[ \t]*(?:(?i:end[ \t]?item)|\((?i:end|ends|конец)\)|ENDS?|КОНЕЦ)[ \t]*$", re.M)

# a news agency's credit line on a line of its own, a name or names only ("Editor: Mu Xuequan", "(Edited by Jane Roe)",
# "Reporting by A. Roe and B. Doe", «Редактор: И.Иванов»)
_CREDIT_NAME = r"[A-ZА-ЯЁ][\w.'’-]*"
WIRE_CREDIT = re.compile(r"^[ \t]*\(?[ \t]*(?:(?:(?:Web|Chief|Executive|Managing|Copy) )?(?:Editor|EDITOR|editor)s?[ \t]*:"
                         r"|(?:Edited|Editing|Reporting|Writing|Compiled|Translated) by|(?:Выпускающий )?[Рр]едактор[ \t]*[:—–-])"
                         rf"[ \t]*{_CREDIT_NAME}(?:[ \t]*(?:,|/|&|\band\b|\bи\b)?[ \t]*{_CREDIT_NAME}){{0,7}}[ \t]*\)?[ \t]*$", re.M)

# a page-number line of an alphabetic text ("- 2 -", "2/5", "Page 2 of 5", "Стр. 2")
_PAGE_NUMBER = r"(?:[-—–]\s*\d{1,4}\s*[-—–]|\d{1,4}\s*/\s*\d{1,4})"
_PAGE_FURNITURE = r"(?i:Page|Pg\.|Стр\.|Страница|С\.)[ \t]*\d{1,4}(?:[ \t]*(?i:of|из|/)[ \t]*\d{1,4})?"
PAGE_LINE = re.compile(rf"^[ \t]*(?:{_PAGE_NUMBER}|{_PAGE_FURNITURE})[ \t]*$", re.M)

RULES = [
    ("newlines", regex_spans(re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]"), "\n")),
    ("html_entities", regex_spans(re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"),
                                  lambda m: html.unescape(m.group(0)))),
    ("invisible_chars", regex_spans(re.compile(r"[\u200b-\u200f\ufeff\u00ad\u2060]+"), "")),
    ("nbsp", regex_spans(re.compile(r"[\u00a0\u202f\u2009]"), " ")),
    ("url_line", regex_spans(re.compile(r"^[ \t]*(?:https?://|www\.)\S+[ \t]*$", re.M), "")),
    # a running header or footer repeated with the page number at each break (read before the numbers go)
    ("page_header", lambda text: page_header_spans(text, PAGE_LINE)),
    ("page_number", regex_spans(re.compile(rf"^[ \t]*{_PAGE_NUMBER}[ \t]*$", re.M), "")),
    ("page_furniture", regex_spans(re.compile(rf"^[ \t]*{_PAGE_FURNITURE}[ \t]*$", re.M), "")),
    ("print_furniture", regex_spans(PRINT_FURNITURE, "")),
    ("wire_end", regex_spans(WIRE_END, "", lines=True)),
    ("wire_credit", regex_spans(WIRE_CREDIT, "", lines=True)),
    ("doubled_punctuation", regex_spans(re.compile(r"(?<=[^\W\d_)»”\"])[ \t]*([,;:])(?:[ \t]*\1)+|(?<=[^\W_)»”\"])\.\.(?!\.)"),
                                        lambda m: m.group(1) or ".")),
    ("line_trim", regex_spans(re.compile(r"^[ \t]+|[ \t]+$", re.M), "")),
    ("space_runs", regex_spans(re.compile(r"(?<=\S)[ \t]{2,}(?=\S)"), " ")),
    ("hyphen_break", regex_spans(re.compile(r"(?<=[^\W\d_])-\n(?=[^\W\d_]+[\s,.;:])"), "")),
    ("single_line_paragraphs", _single_lines),
    ("line_join", _line_join_spans),
    ("blank_lines", regex_spans(re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+"), "\n\n")),
    ("page_break_join", _page_break_spans),
    ("edges", regex_spans(re.compile(r"^\s+|\s+$"), "")),
]


def _dateline_spans(text: str, rules: Rules) -> list[tuple[int, int, str]]:
    """The news-wire dateline opening the first paragraph (after the title lines), removed from the text."""
    for m in re.finditer(r"(?:^|\n)([^\n]+)", text[:3000]):
        d = rules.dateline.match(text, m.start(1))
        if d:
            return [(d.start(), d.end(), "")]
        if is_prose(m.group(1)):
            break
    return []


def clean(raw: str, rules: Rules) -> CleanResult:
    """Apply the cleaning rules of alphabetic texts; judge truncation by the language's closing section.
    A news-wire dateline is removed (rule wire_dateline) and reported with its agency."""
    buf = _Buffer(raw)
    for name, find in RULES:
        buf.apply(name, find(buf.text))
        if name == "line_trim":
            buf.apply("wire_dateline", _dateline_spans(buf.text, rules))
    paragraphs = [p for p in buf.text.split("\n\n") if p.strip()]
    reasons = []
    if paragraphs and paragraphs[-1].rstrip()[-1:] not in TERMINAL:
        reasons.append("text stops mid-sentence")
    if not any(rules.closing.search(p) for p in paragraphs[-3:]):
        reasons.append("no closing section (thanks to the host, next meeting or signature)")
    result = CleanResult(raw, buf.text, buf.edits, buf.origin, bool(reasons), reasons, rules.script)
    dateline = next((e.before.strip() for e in buf.edits if e.rule == "wire_dateline"), None)
    if dateline and hasattr(result, "wire_dateline"):
        m = rules.dateline.match(dateline + " ")
        agency = next((g for k, g in m.groupdict().items() if k.startswith("agency") and g), None) if m else None
        result.wire_dateline, result.wire_agency = dateline, agency and agency.strip()  # type: ignore[attr-defined]
    return result


def is_prose(block: str) -> bool:
    """A block of sentences: at least eight words and a full stop (or a list ending in ; or :, or a clause ending in
    a comma: a declaration's opening "We, the Heads of State …,")."""
    return len(block.split()) >= 8 and bool(re.search(r"[.;:](?:\s|$)|[.;:][»\"”]|,$", block.rstrip()))


def segment(text: str, rules: Rules) -> Segmented:
    """Header blocks (title, timestamp, dateline) and paragraphs; InputError when not a communiqué."""
    all_blocks = blocks(text)
    first = next((i for i, (b, _, _) in enumerate(all_blocks) if is_prose(b) and not TIMESTAMP.match(b)), None)
    if first is None:
        raise InputError("not a communiqué: no paragraph of sentences ending in a full stop")
    if not rules.sco.search(text):
        raise InputError("not an SCO communiqué: the text never names the Shanghai Cooperation Organisation")
    body = list(all_blocks[first:])
    header = list(all_blocks[:first])
    block, start, end = body[0]
    dateline = rules.dateline.match(block)
    if dateline:
        header.append((dateline.group().strip(), start, start + len(dateline.group().rstrip())))
        body[0] = (block[dateline.end() :], start + dateline.end(), end)
    if sum(is_prose(b) for b, _, _ in body) < 2:
        raise InputError("not a communiqué: fewer than two paragraphs of sentences")
    n_pre = 0
    for b, _, _ in body:  # the lead naming the meeting's date opens the preamble whatever its verb
        if not (rules.attendance.search(b) or (n_pre == 0 and rules.find_dates(b))):
            break
        n_pre += 1
    paragraphs = [Paragraph(seq, b, s, e, "preamble" if seq <= n_pre else "body")
                  for seq, (b, s, e) in enumerate(body, 1)]
    return Segmented(header, paragraphs)


# Latin transliterations of one Cyrillic letter written as an initial (Sh. Mirziyoyev, Zh. Seitkaziev, Kh. Batbayar)
DIGRAPH_INITIALS = frozenset({"sh", "zh", "kh", "ch", "ts", "yu", "ya", "ye", "yo", "dj", "dzh", "shch", "gh"})


def sentences(text: str, rules: Rules) -> Iterator[tuple[int, int]]:
    """Local spans of the sentences of a paragraph (a full stop after an initial or abbreviation does not end one)."""
    start = 0
    for m in re.finditer(r"[.!?](?=\s+\S|\s*$)", text):
        token = re.search(r"[\w.-]*$", text[start : m.start()])
        whole = token.group() if token else ""
        word = whole.rsplit(".", 1)[-1]
        initial = (len(word) == 1 and word.isupper()) or ("." in whole and len(word) <= 2 and word[:1].isupper()) \
            or (word.lower() in DIGRAPH_INITIALS and word[:1].isupper()
                and (text[m.end() :].strip()[:1].isupper() or text[m.end() :].strip()[:1] in "–—-,("))
        if initial or word.lower() in rules.abbreviations or whole.lower() in rules.abbreviations:
            continue
        if whole.isdigit() and len(whole) <= 3 and re.search(r"(?:^|\n)[ \t]*$", text[: m.start() - len(whole)]):
            continue  # the number of a list item at the start of a line ("\n2. Mr. …")
        if text[m.end() :].strip()[:1].islower():
            continue
        a = start + len(text[start:]) - len(text[start:].lstrip())
        if a < m.start():
            yield a, m.start()
        start = m.end()
    rest = text[start:].strip()
    if rest:
        a = text.index(rest, start)
        yield a, a + len(rest)


def _title(seg: Segmented, hint: str | None, rules: Rules) -> str:
    candidates = [b for b, _, _ in seg.header if not TIMESTAMP.match(b) and rules.title_hint.search(b)]
    title = candidates[0] if candidates else (hint or "")
    title = re.sub(r"\s+", " ", title).strip()
    return title or seg.paragraphs[0].text[:80]


def describe(seg: Segmented, title_hint: str | None, published_hint: str | None, rules: Rules,
             wire: tuple[str | None, str | None] = (None, None)) -> DocumentInfo:
    """Document-level fields from the title and the first paragraph."""
    title = _title(seg, title_hint, rules)
    first = seg.paragraphs[0].text
    body_match = rules.body.search(title) or rules.body.search(first)
    issuing_body = body_match.group(0) if body_match else None
    council_text = issuing_body or title
    council = next((name for rx, name in rules.councils if rx.search(council_text)), None)
    if council is None:  # a news copy's headline names no council: its lead may ("the SCO summit opened …")
        council = next((name for rx, name in rules.councils if rx.search(first)), "other" if issuing_body else None)
    if council is None:  # no named council, but a meeting of officials of the member states: another SCO body
        meeting = rules.meeting_body.search(title) or rules.meeting_body.search(first)
        if meeting:
            council, issuing_body = "other", re.sub(r"\s+", " ", meeting.group(0)).strip()
    dates = rules.find_dates(first) or rules.find_dates(title)
    place = rules.place.search(first)
    video = rules.video.search(first)
    published = next((normalise_datetime(b) for b, _, _ in seg.header if TIMESTAMP.match(b)), None)
    extra = {"wire_dateline": wire[0], "wire_agency": wire[1]} if "wire_dateline" in DocumentInfo.__dataclass_fields__ else {}
    return DocumentInfo(
        **extra,  # type: ignore[arg-type]
        title=title,
        doc_type=next((kind for rx, kind in rules.doc_types if rx.search(title)), "other"),
        issuing_body=issuing_body,
        council=council,
        session_number=rules.session(title) or rules.session(first),
        meeting_date=dates[0].start.isoformat() if dates else None,
        meeting_end_date=dates[0].end.isoformat() if dates and dates[0].end else None,
        meeting_format="video" if video else ("in_person" if place else None),
        meeting_place=None if video or not place else next(g for g in place.groups() if g),
        published_at=published or normalise_datetime(published_hint),
    )

