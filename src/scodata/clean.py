"""Clean communiqué text with logged, offset-preserving edits.

Each rule finds spans in the current text and replaces them; every replacement is logged with the
raw offsets it came from, and a per-character origin map lets any clean offset point back to raw text.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import overload

import opencc

from scodata import t2s

CJK = r"\u3400-\u9fff\uf900-\ufaff"
CJK_PUNCT = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u2018-\u201d"
_STRAY_LETTERS = "abcdfghijklmnopqrstuvwyz"  # [a-df-wyz]
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\ufeff\u00ad\u2060"
TERMINAL = "。！？；：”’」』）)】…!?;:"
_TERMINAL_CHARS = frozenset(TERMINAL)
Span = tuple[int, int, str]

PREVIEW_MARKER = re.compile(
    r"预览已结束|預覽已結束|试读已结束|試讀已結束|免费预览结束|剩余\d*页未读|剩餘\d*頁未讀|"
    r"完整报告链接|下载完整|點擊閱讀全文|点击阅读全文|点击查看全文"
)
URL_LINE = re.compile(r"^[ \t]*(?:https?://|www\.)\S+[ \t]*$", re.M)
# A page number or counter on a line of its own: - 3 -, Page 1 of 2, 3/9, 第 1 页／共 2 页, 共2页 第1页 (a separator / ／ ，
# , 、 or none between the two counts).
# A counter may stand between rules of dashes: —— 第1页 共3页 ——, －－ 第2页 －－, — Page 2 of 5 —.
PAGE_NUMBER_LINE = re.compile(r"^[ \t\u3000]*(?:[-—–]\s*\d{1,4}\s*[-—–]|"
                              r"(?:[-—–－]+[ \t\u3000]*(?=[第共Pp页]))?(?:第\s*\d{1,4}\s*页(?:\s*[/／，,、]?\s*共\s*\d+\s*页)?|"
                              r"共\s*\d+\s*页\s*[/／，,、]?\s*第\s*\d+\s*页|"
                              r"(?:[Pp]age|页码)\s*[:：]?\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)(?:[ \t\u3000]*[-—–－]+)?|"
                              r"\d{1,4}\s*/\s*\d{1,4})[ \t\u3000]*$", re.M)
# Inline romanisation after a character: 議(yì), 议（yì）, 会(hui4), 李强 (Lǐ Qiáng), and the one to six syllables of
# a name transcribed from another language, spaced, run together or joined by a hyphen or an apostrophe:
# 阿里波夫（ā lǐ bō fū）, 托卡耶夫(Tuōkǎyēfū), 西安(xī'ān). GLOSS finds a bracket after a character holding one to six
# syllable-shaped runs (_SYLLABLE: consonants, one to four vowels, a final n, ng or r, in either case), a tone mark
# or a tone digit among them; the rule removes it when the syllable table reads it as pinyin (_is_pinyin), so Latin
# words, names and abbreviations in brackets ((WTO), (Narendra Modi), (café): fé is no syllable) are left alone.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_TONES = _TONED + _TONED.upper()
_SYLLABLE = rf"(?:[bpmfdtnlgkhjqxrzcsywBPMFDTNLGKHJQXRZCSYW][hH]?)?[aeiouüvAEIOUÜV{_TONES}]{{1,4}}(?:[nN][gG]?|[rR])?[1-5]?"
_GLOSS_PLAIN = r"a-zA-ZüÜ \t'’\-"  # a gloss's characters but its tones
# (It opens with the space or bracket it consumes, the character before checked after it, so that the scan can skip
# ahead: the same matches as (?<=[CJK])[ \t]?[(（]…, four times faster. A look-ahead reads the bracket's run of a
# gloss's characters, a tone in it, to its end before any syllable is tried; the syllables are read once, none given
# back: a line is scanned in linear time whatever its brackets hold.)
GLOSS = re.compile(rf"[ \t(（](?:(?<=[{CJK}][ \t])[(（]|(?<=[{CJK}][(（]))"
                   rf"(?=[{_GLOSS_PLAIN}]*+[{_TONES}1-5][{_GLOSS_PLAIN}{_TONES}1-5]*+[)）])[ \t]*"
                   rf"(?P<py>(?>{_SYLLABLE})(?:[ \t'’\-]?(?>{_SYLLABLE})){{0,5}}+)[ \t]*[)）]")
# A Latin-script gloss news agencies put after a Chinese name or place: 巴基耶夫（Bakiyev）, 阿斯塔纳 (Astana),
# 乔尔蓬阿塔（Cholpon-Ata）, 西安(Xi'an): one to four capitalised words (a capital, then lower-case letters; parts
# joined by a hyphen or an apostrophe), in brackets right after a character, a space or none between. An acronym
# ((SCO), （RATS）: no lower case after the capital), a lower-case word ((café), (a)), a number or date ((2019)), a word
# with a digit ((Phase2)) or any other bracket content (Cyrillic, punctuation, a lower-case word between capitalised
# ones) is no such gloss and stays. (It opens with the character it consumes, the character before checked after it,
# as GLOSS.)
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f\u0300-\u036f"  # (Latin Extended-A/B: either case, as lower)
_LATIN_WORD = rf"[{_UPPER}][{_LOWER}]++(?:[\-'’][{_UPPER}]?[{_LOWER}]++)*+"
LATIN_GLOSS = re.compile(rf"[ \t(（](?:(?<=[{CJK}][ \t])[(（]|(?<=[{CJK}][(（]))"
                         rf"{_LATIN_WORD}(?: {_LATIN_WORD}){{0,3}}+[)）]")
# The finals each initial takes (the standard syllable table; initials taking the same finals grouped).
_FINALS = {
    "b": "a o ai ei ao an en ang eng i ie iao ian in ing u",
    "p": "a o ai ei ao ou an en ang eng i ie iao ian in ing u",
    "m": "a o e ai ei ao ou an en ang eng i ie iao iu ian in ing u",
    "f": "a o ei an en ang eng ou u",
    "d t": "a e ai ei ao ou an en ang eng ong i ia ie iao iu ian ing u uo ui uan un",
    "n l": "a o e ai ei ao ou an en ang eng ong i ia ie iao iu ian in iang ing u uo uan un ue v ve",
    "g k h": "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
    "zh ch sh": "a e ai ei ao ou an en ang eng ong i u ua uo uai ui uan un uang",
    "r": "a e ao ou an en ang eng ong i u ua uo ui uan un",
    "z c s": "a e ai ei ao ou an en ang eng ong i u uo ui uan un",
    "j q x": "i ia ie iao iu ian in iang ing iong u ue uan un v ve",
    "y": "a o e ai ao ou an ang i in ing ong u ue uan un",
    "w": "a o ai ei an en ang eng u",
    "": "a o e ai ei ao ou an en ang eng er",
}


def _trie(finals: list[str]) -> str:
    """The finals as one regex, a trie (each letter tried once, a longer final first). A final n, ng or r is not
    taken before a vowel, which that consonant then opens, as pinyin reads it (banuo is ba nuo, fangan fan gan)."""
    heads: dict[str, list[str]] = {}
    for final in finals:
        heads.setdefault(final[0], []).append(final[1:])
    branches = []
    for letter, rests in heads.items():
        end = "" in rests
        more = _trie([rest for rest in rests if rest]) if any(rests) else ""
        branches.append(letter + (f"(?:{more}){'?' if end else ''}" if more else "")
                        + ("(?![aeiouv])" if end and letter in "ngr" else ""))
    return "|".join(branches)


def _table_syllable() -> str:
    """One pinyin syllable of the table (untoned, lower case), a tone digit after it or not, read atomically."""
    groups = []
    for initials, finals in _FINALS.items():
        letters = initials.split()  # a class per letter: d t is [dt], zh ch sh [zcs][h]
        head = "".join(f"[{''.join(sorted({i[k] for i in letters}))}]" for k in range(len(letters[0]) if letters else 0))
        groups.append(f"{head}(?:{_trie(finals.split())})")
    return "(?>(?:" + "|".join(groups) + ")[1-5]?)"


@cache
def _pinyin() -> re.Pattern[str]:
    """One to six syllables of the table, a space, tab, hyphen or apostrophe between two or none (compiled on first
    use: it is 2 KB of pattern)."""
    return re.compile(rf"(?:[ \t'\-]?{_table_syllable()}){{1,6}}+")


def _is_pinyin(m: re.Match[str]) -> bool:
    """Whether a GLOSS match reads as pinyin syllables, untoned and in lower case (NFD splits a tone mark or the
    dots of ü from its vowel: lǚ reads as lu)."""
    letters = unicodedata.normalize("NFD", m["py"].replace("’", "'")).encode("ascii", "ignore").decode().lower()
    return _pinyin().fullmatch(letters) is not None


# News-wire framing: "新华社比什凯克11月3日电（记者张伟）", "新华网果阿5月5日电", optionally followed on the same
# line by a lead that restates the title ("…联合公报全文如下：", "…新闻公报（全文）").
WIRE_AGENCIES = (r"新华社|新华网|新华通讯社|中新社|中新网|中国新闻网|人民网|人民日报|央视网|央视新闻|央广网|国际在线|"
                 r"环球网|光明网|中国日报网|中国网|澎湃新闻|塔斯社|俄新社|卫星通讯社|哈通社|吉尔吉斯通讯社|乌兹别克通讯社")
WIRE_DATELINE = re.compile(
    rf"^(?P<dateline>(?P<agency>{WIRE_AGENCIES})[ \t]*(?P<place>[\u4e00-\u9fff]{{0,10}}?)[ \t]*\d{{1,2}}[ \t]*月[ \t]*"
    rf"\d{{1,2}}[ \t]*日(?:[ \t]*\d{{1,2}}[:：]\d{{2}})?[ \t]*[电讯])"
    r"(?P<credit>[ \t]*[（(](?:记者|通讯员|编辑|特派记者)[^）)\n]{0,40}[）)])?[ \t]*(?P<rest>[^\n]*)$",
    re.M,
)
# A print, close, back or share link in simplified or converted traditional wording: 打印, [关闭窗口], 【列印本页】,
# ［关闭视窗］ (full-width square brackets), 返回顶部, 分享到：, 纠错.
_LINK = r"[【［\[]?(?:打印|列印|关闭|关掉|返回|分享|纠错)(?:本页|本文|此页|窗口|视窗|页面|顶部|首页|到[：:]?)?[】］\]]?"
# News-site furniture on lines of their own: (完), 【责任编辑：…】, 编辑：…, 来源：…, the font-size switch (字号：大 中 小,
# 【字体：大 中 小】, traditional 字體 converted), links, and runs of them (打印 | 关闭窗口, 【列印本页】　【关闭视窗】,
# 列印本页 ｜ 关闭视窗, 【纠错】 【责任编辑：…】, 【字体：大 中 小】　【打印】).
_FURNITURE_ITEM = (r"(?:[（(【\[]\s*完\s*[）)】\]]|[【\[]?\s*(?:责任编辑|责编|编辑|校对|审核|来源|稿源|作者)\s*[：:]"
                   rf"[^\n。【】\[\]]{{0,40}}?[】\]]?|[【［\[]?\s*字[号体][：:]?\s*大\s*中\s*小\s*[】］\]]?|{_LINK})")
NEWS_FURNITURE = re.compile(
    rf"^[ \t\u3000]*{_FURNITURE_ITEM}(?:[ \t\u3000|｜/／·]*{_FURNITURE_ITEM})*[ \t\u3000]*$",
    re.M,
)
_FULL_TEXT_FOLLOWS = r"(?:全文如下[:：]?|[（(]全文[）)]|[（(]附全文[）)])"  # 全文如下：, （全文）, （附全文）
WIRE_LEAD = re.compile(rf"^[^\n。]{{0,120}}{_FULL_TEXT_FOLLOWS}[ \t]*$", re.M)
# The rest of a dateline's line that only announces the text: a news sentence or two (会议…闭幕，发表公报。) ending in
# 全文如下： or （全文） — the text itself never ends a line so.
WIRE_NEWS_LEAD = re.compile(rf"^[^\n]{{0,200}}?{_FULL_TEXT_FOLLOWS}[ \t\u3000]*$")
CLOSING = re.compile(r"感谢|谢意|下次会议|下一次会议|下届会议|将于\d{4}年.{0,40}举行|签署.{0,10}(联合公报|本公报)|会议在.{0,20}气氛中")


@dataclass(frozen=True)
class Edit:
    """One logged replacement: rule, text before and after, and the raw span it covers."""

    rule: str
    before: str
    after: str
    raw_start: int
    raw_end: int


@dataclass
class CleanResult:
    """Clean text, its edit log, the origin map back to raw, and the truncation verdict."""

    raw: str
    text: str
    edits: list[Edit]
    origin: Sequence[int]
    is_truncated: bool = False
    truncation_reasons: list[str] = field(default_factory=list)
    original_script: str = "simplified"
    wire_dateline: str | None = None
    wire_agency: str | None = None

    def raw_offset(self, clean_offset: int) -> int:
        """Offset in the raw text of the character at clean_offset (or the end)."""
        return self.origin[clean_offset]


class OriginMap(Sequence[int]):
    """The raw offset of each character of a clean text and of its end, kept as runs: copied text counts up
    with the clean offset (step 1), a replacement of another length stays on one raw offset (step 0). An edit
    costs a few runs instead of a copy of a list as long as the text."""

    __slots__ = ("_starts", "_values", "_steps", "_length")

    def __init__(self, starts: list[int], values: list[int], steps: list[int], length: int) -> None:
        self._starts, self._values, self._steps, self._length = starts, values, steps, length

    @classmethod
    def identity(cls, length: int) -> OriginMap:
        """Offsets 0 … length-1 mapped to themselves."""
        return cls([0], [0], [1], length)

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list[int]: ...

    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        k = bisect_right(self._starts, index) - 1
        return self._values[k] + self._steps[k] * (index - self._starts[k])

    def runs(self, a: int, b: int) -> Iterator[tuple[int, int, int]]:
        """(raw offset at the first index, step, length) of the runs covering the clean offsets a … b-1."""
        k = bisect_right(self._starts, a) - 1
        while a < b:
            stop = min(self._starts[k + 1] if k + 1 < len(self._starts) else self._length, b)
            yield self._values[k] + self._steps[k] * (a - self._starts[k]), self._steps[k], stop - a
            a, k = stop, k + 1


class _OriginBuilder:
    """Runs of a new OriginMap, appended in order (a run continuing the previous one extends it)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.values: list[int] = []
        self.steps: list[int] = []
        self.length = 0

    def add(self, value: int, step: int, length: int) -> None:
        if length <= 0:
            return
        if self.starts and self.steps[-1] == step and value == self.values[-1] + step * (self.length - self.starts[-1]):
            self.length += length
            return
        self.starts.append(self.length)
        self.values.append(value)
        self.steps.append(step)
        self.length += length

    def copy(self, origin: OriginMap, a: int, b: int) -> None:
        """Append the runs of origin covering its offsets a … b-1: the first through add (it may continue the last
        run here), the others as they are (whole lists at once: the same offsets as adding them one by one)."""
        if a >= b:
            return
        starts = origin._starts
        k = bisect_right(starts, a) - 1
        j = bisect_left(starts, b, k + 1)  # runs k … j-1 cover a … b-1
        stop = starts[k + 1] if k + 1 < j else b
        self.add(origin._values[k] + origin._steps[k] * (a - starts[k]), origin._steps[k], stop - a)
        if k + 1 < j:
            shift = self.length - stop
            self.starts += [start + shift for start in starts[k + 1 : j]]
            self.values += origin._values[k + 1 : j]
            self.steps += origin._steps[k + 1 : j]
            self.length += b - stop

    def build(self) -> OriginMap:
        return OriginMap(self.starts, self.values, self.steps, self.length)


class _Buffer:
    def __init__(self, raw: str) -> None:
        self.text = raw
        self.origin = OriginMap.identity(len(raw) + 1)
        self.edits: list[Edit] = []

    def apply(self, rule: str, spans: Iterable[Span]) -> int:
        """Replace non-overlapping spans (sorted by start); log each; return how many."""
        pieces: list[str] = []
        origin = _OriginBuilder()
        pos = count = 0
        for start, end, new in spans:
            if start < pos or self.text[start:end] == new:
                continue
            pieces.append(self.text[pos:start])
            origin.copy(self.origin, pos, start)
            self.edits.append(Edit(rule, self.text[start:end], new, self.origin[start], self.origin[end]))
            pieces.append(new)
            if len(new) == end - start:
                origin.copy(self.origin, start, end)
            else:
                origin.add(self.origin[start], 0, len(new))
            pos = end
            count += 1
        if count:
            pieces.append(self.text[pos:])
            origin.copy(self.origin, pos, len(self.origin))
            self.text, self.origin = "".join(pieces), origin.build()
        return count


def regex_spans(pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str],
                needles: Iterable[str] = (), first: str = "", lines: bool = False,
                keep: Callable[[re.Match[str]], bool] | None = None) -> Callable[[str], list[Span]]:
    """A rule that replaces each match of pattern by repl (a template or a function). `needles` are strings one
    of which every match contains: a text containing none is not scanned (a fast test for rare characters).
    `first` lists the characters a (non-empty) match can start with: the pattern is then tried only where they
    occur, the same matches as a scan of the whole text when they are rare (spaces in Chinese). `lines`: the
    pattern matches whole lines (see after_line_break) and repl is a plain string; found three times faster. `keep`:
    a test a match must pass to be replaced (a match it fails is passed over like no match, its text not scanned again)."""
    needles = tuple(needles)
    literal = repl if isinstance(repl, str) and "\\" not in repl else None  # a template without escapes or groups
    if lines:
        assert literal is not None and keep is None
        return _line_spans(pattern, literal, needles)

    def matches(text: str) -> Iterator[re.Match[str]]:
        if not first:
            yield from pattern.finditer(text)
            return
        end = 0
        for pos in _positions(text, first):
            if pos >= end and (m := pattern.match(text, pos)):
                end = m.end()
                yield m

    def find(text: str) -> list[Span]:
        if needles and not any(n in text for n in needles):
            return []
        found = matches(text) if keep is None else filter(keep, matches(text))
        if literal is not None:
            return [(m.start(), m.end(), literal) for m in found]
        out = []
        for m in found:
            new = repl(m) if callable(repl) else m.expand(repl)
            out.append((m.start(), m.end(), new))
        return out

    return find


def after_line_break(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A multiline pattern opening with ^, a line break in place of the ^. Its matches in "\n" + text are the
    pattern's matches in text, each with the line break before it, when every match of the pattern ends at a line's
    end ($ at the end of every alternative: the next match then starts after a line break no match has taken) and
    nothing looks behind the line's start. Three times faster: the regex engine looks for the line breaks with a
    fast search instead of testing ^ at every position."""
    assert pattern.pattern.startswith("^") and pattern.flags & re.M
    return re.compile("\n" + pattern.pattern.removeprefix("^"), pattern.flags)


def _line_spans(pattern: re.Pattern[str], repl: str, needles: tuple[str, ...]) -> Callable[[str], list[Span]]:
    """regex_spans of a multiline pattern opening with ^ and ending at a line's end, replaced by a plain string."""
    at_break = after_line_break(pattern)

    def find(text: str) -> list[Span]:
        if needles and not any(n in text for n in needles):
            return []
        return [(m.start(), m.end() - 1, repl) for m in at_break.finditer("\n" + text)]  # (offsets in text: -1)

    return find


def _positions(text: str, chars: str) -> list[int]:
    """Every position of any of chars in text, in order (one fast search per occurrence)."""
    found = []
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            found.append(i)
            i = text.find(ch, i + 1)
    found.sort()
    return found


def _unescape(m: re.Match[str]) -> str:
    return html.unescape(m.group(0))


@cache
def traditional_chars() -> frozenset[str]:
    """Characters that OpenCC's traditional-to-simplified character table changes."""
    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    chars = set()
    for line in table.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if len(key) == 1 and values.split() and values.split()[0] != key:
            chars.add(key)
    return frozenset(chars)


_NOT_CJK = re.compile(f"[^{CJK}]+")
_CJK_RUN = re.compile(f"[{CJK}]+")


def cjk_count(text: str) -> int:
    """How many CJK characters text has (summed over runs of them: one match per run, not per character)."""
    return sum(map(len, _CJK_RUN.findall(text)))


@cache
def _traditional_re() -> re.Pattern[str]:
    """One character class of the CJK characters that t2s conversion changes."""
    chars = sorted(c for c in traditional_chars() if not _NOT_CJK.match(c))
    return re.compile("[" + "".join(chars) + "]")


def is_traditional(text: str) -> bool:
    """True when at least 2% of the CJK characters are ones that t2s conversion changes."""
    return is_traditional_sample(text[:20000])


@lru_cache(maxsize=8)
def is_traditional_sample(sample: str) -> bool:
    """is_traditional of the first 20,000 characters (asked twice per document: detection, cleaning)."""
    traditional = len(_traditional_re().findall(sample))
    if not traditional:
        return False  # (the usual verdict, without counting the CJK characters: every one counted here is one)
    return traditional / cjk_count(sample) >= 0.02


def traditional_spans(text: str) -> list[Span]:
    """Spans where OpenCC's t2s conversion differs from the text (as difflib aligns the two; see scodata.t2s)."""
    return t2s.changed_spans(text, t2s.convert(text))


_DATELINE_AFTER_BREAK = after_line_break(WIRE_DATELINE)  # (its matches end at a line's end)


def wire_spans(text: str) -> list[Span]:
    """The first news-wire dateline near the top, with its reporter credit; the whole line when the rest of it is
    a lead (全文如下, （全文）) or a restated title, else only the dateline (the body continues on the line)."""
    m = _DATELINE_AFTER_BREAK.search("\n" + text[:2000])  # (offsets in text: those of m less one)
    if m is None:
        return []
    start, end, rest = m.start(), m.end() - 1, m["rest"]
    restated_title = len(rest) <= 80 and "。" not in rest and TITLE_END.search(rest)
    if not rest or WIRE_NEWS_LEAD.fullmatch(rest) or restated_title:
        return [(start, end + (1 if text[end : end + 1] == "\n" else 0), "")]
    return [(start, m.start("rest") - 1, "")]


def wire_lead_spans(text: str) -> list[Span]:
    """Lead lines of a reposted text without a dateline: "…联合公报全文如下：" (before the first sentence)."""
    first_sentence = text.find("。")
    return [(m.start(), m.end(), "") for m in WIRE_LEAD.finditer(text, 0, max(first_sentence, 0))]


def repeated_line_spans(text: str) -> list[Span]:
    """Running headers: a line of 6+ characters without a full stop that appears again later (the title printed
    at every page break, a repeated lead); every occurrence after the first is removed."""
    seen: set[str] = set()
    spans = []
    start = 0
    for raw_line in text.split("\n"):  # (the lines LINE finds, and empty ones)
        end = start + len(raw_line)
        line = raw_line.strip()
        if len(line) >= 6 and "。" not in line and not CLAUSE_MARK.search(line):
            if line in seen:
                spans.append((start, end + (1 if end < len(text) else 0), ""))
            seen.add(line)
        start = end + 1
    return spans


_FURNITURE_LINE_MAX = 120


def page_header_spans(text: str, page_line: re.Pattern[str] = PAGE_NUMBER_LINE) -> list[Span]:
    """Running headers and footers printed with the page number at each page break: a line that is not prose (no
    sentence or clause mark, not ending in a full stop, at most 120 characters) standing in the same blank-line
    block as a page-number line is removed, every time, when that line occurs at least twice in the text (a site
    header or a section name repeated at the breaks, in either script; twice is enough). The first line of the text
    (the title) is never taken. `page_line` is a multiline pattern of a page-number line (the language's)."""
    if not page_line.search(text):
        return []
    lines: list[tuple[int, int, str]] = []  # (start, end, stripped line)
    start = 0
    for raw_line in text.split("\n"):
        lines.append((start, start + len(raw_line), raw_line.strip(" \t\u3000")))
        start += len(raw_line) + 1
    counts: dict[str, int] = {}
    for _, _, line in lines:
        if line:
            counts[line] = counts.get(line, 0) + 1
    spans: list[Span] = []
    block: list[int] = []
    for k in range(len(lines) + 1):
        if k < len(lines) and lines[k][2]:
            block.append(k)
            continue
        if any(page_line.fullmatch(lines[i][2]) for i in block):
            for i in block:
                a, b, line = lines[i]
                if (i > 0 and counts[line] >= 2 and len(line) <= _FURNITURE_LINE_MAX and not page_line.fullmatch(line)
                        and "。" not in line and not CLAUSE_MARK.search(line) and not line.endswith(".")):
                    spans.append((a, b + (1 if b < len(text) else 0), ""))
        block = []
    return spans


TITLE_END = re.compile(r"(?:公报|宣言|声明|通报)(?:[（(]全文[）)])?$")
LINE = re.compile(r"^[^\n]+$", re.M)
CLAUSE_MARK = re.compile(r"[，,；;]")
PUNCTUATION_RUN = re.compile(r"[，、,。；;](?:[ \t]*[，、,。；;])+")
PROSE_MARK = re.compile(r"[，。；、]")
NEWLINE = re.compile(r"\n")
BLANK_RUN = re.compile(r"\n[ \t\u3000]*\n\s*")
SENTENCE_GOES_ON = re.compile(f"[{CJK}《〈“（0-9]")
SENTENCE_BROKEN = re.compile(f"[{CJK}《〈“（0-9，、]$")
_STRENGTH = {"。": 3, "；": 2, ";": 2, "，": 1, ",": 1, "、": 0}


def doubled_punctuation_spans(text: str) -> list[Span]:
    """Runs of clause punctuation (，， ,, ，、 。。): kept as the strongest mark of the run (the first among equals)."""
    spans = []
    for m in PUNCTUATION_RUN.finditer(text):
        marks = [c for c in m.group() if c in _STRENGTH]
        best = max(marks, key=lambda c: (_STRENGTH[c], -marks.index(c)))
        spans.append((m.start(), m.end(), best))
    return spans


def trailer_spans(text: str) -> list[Span]:
    """Viewer boilerplate: from the line of the first preview-ended marker to the end of the text."""
    m = PREVIEW_MARKER.search(text)
    return [(text.rfind("\n", 0, m.start()) + 1, len(text), "")] if m else []


def _is_prose(paragraph: str) -> bool:
    return bool(PROSE_MARK.search(paragraph)) or _unbalanced(paragraph)


def _unbalanced(paragraph: str) -> bool:
    return any(paragraph.count(o) > paragraph.count(c) for o, c in ("《》", "（）", "“”", "〈〉", "()"))


def _last_visible(text: str, start: int, end: int) -> int:
    """Index of the last non-space character in text[start:end], or -1."""
    j = end - 1
    while j >= start and text[j].isspace():
        j -= 1
    return j if j >= start else -1


def page_break_spans(text: str) -> list[Span]:
    """Blank-line runs that split a sentence: the text before stops mid-sentence and is prose."""
    spans = []
    for m in BLANK_RUN.finditer(text):
        if text[m.start() - 1 : m.start()] in _TERMINAL_CHARS:
            continue  # the common case: the paragraph before ends its sentence
        after = text[m.end() : m.end() + 1]
        paragraph_start = text.rfind("\n\n", 0, m.start()) + 1
        last = _last_visible(text, paragraph_start, m.start())
        if not after or last < 0 or text[last] in TERMINAL:
            continue  # nothing before, nothing after, or the text before ends its sentence
        before = text[paragraph_start:m.start()].strip()
        # (before is stripped: its last character is the only one that can end it)
        if not SENTENCE_GOES_ON.match(after) or not SENTENCE_BROKEN.search(before, len(before) - 1):
            continue
        if _is_prose(before):
            spans.append((m.start(), m.end(), ""))
    return spans


def line_trim_spans(text: str) -> list[Span]:
    """Spaces (ASCII or ideographic) and tabs at the start or the end of a line."""
    spans: list[Span] = []
    positions = _positions(text, " \t\u3000")
    k = 0
    while k < len(positions):  # each maximal run of consecutive positions
        a = b = positions[k]
        while k < len(positions) and positions[k] == b:
            b, k = b + 1, k + 1
        if a == 0 or text[a - 1] == "\n" or b == len(text) or text[b] == "\n":
            spans.append((a, b, ""))
    return spans


def edge_spans(text: str) -> list[Span]:
    """Whitespace at the start and at the end of the text."""
    body = text.strip()
    if not body:
        return [(0, len(text), "")] if text else []
    lead, trail = len(text) - len(text.lstrip()), len(text.rstrip())
    return [span for span in ((0, lead, ""), (trail, len(text), "")) if span[0] < span[1]]


def single_line_paragraphs(text: str) -> list[Span]:
    """Texts without blank lines put one paragraph per line: make every line break a paragraph break."""
    if "\n\n" in text.strip():
        return []
    return [(m.start(), m.end(), "\n\n") for m in NEWLINE.finditer(text.strip("\n"))]


# (rule name, span finder), applied in this order.
RULES: list[tuple[str, Callable[[str], list[Span]]]] = [
    ("newlines", regex_spans(re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]"), "\n", "\r\u2028\u2029\x0b\x0c\x85")),
    ("html_entities", regex_spans(re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"), _unescape, "&")),
    ("invisible_chars", regex_spans(re.compile(r"[\u200b-\u200f\ufeff\u00ad\u2060]+"), "", _INVISIBLE)),
    ("nbsp", regex_spans(re.compile(r"\u00a0"), " ")),
    ("romanisation_gloss", regex_spans(GLOSS, "", "(（", first=" \t(（", keep=_is_pinyin)),
    ("latin_gloss", regex_spans(LATIN_GLOSS, "", "(（", first=" \t(（")),
    ("traditional_to_simplified", traditional_spans),
    ("viewer_boilerplate", trailer_spans),
    ("url_line", regex_spans(URL_LINE, "", ("://", "www."), lines=True)),
    ("page_header", page_header_spans),
    ("page_number", regex_spans(PAGE_NUMBER_LINE, "", lines=True)),
    ("news_furniture", regex_spans(NEWS_FURNITURE, "", lines=True)),
    ("line_trim", line_trim_spans),
    ("wire_dateline", wire_spans),
    ("wire_lead", wire_lead_spans),
    ("repeated_header", repeated_line_spans),
    # A lone lowercase Latin letter between two characters is an anti-scraping injection (李克q强); e and x are
    # kept because they start words in Chinese prose (e政务, x射线), and o between numerals is a zero (二o一九).
    # (The patterns below open with the character they consume, the look-behind after it: `first` lists those
    # characters, and the pattern is tried only where they occur.)
    ("stray_injected", regex_spans(re.compile(f"[a-df-wyz](?<=[{CJK}][a-df-wyz])(?<![〇零一二三四五六七八九][a-df-wyz])"
                                              f"(?=[{CJK}])"), "", first=_STRAY_LETTERS)),
    ("doubled_punctuation", doubled_punctuation_spans),
    ("cjk_space", regex_spans(re.compile(f"[ \\t\\u3000](?<=[{CJK}{CJK_PUNCT}][ \\t\\u3000])[ \\t\\u3000]*"
                                         f"(?=[{CJK}{CJK_PUNCT}])"), "", first=" \t\u3000")),
    ("range_spacing", regex_spans(re.compile(r"[ \t\-－–—~～](?:(?<=\d[ \t])(?:[ \t]*[-－–—~～][ \t]*|[ \t]*[-－–—~～][ \t]+)"
                                             r"|(?<=\d[-－–—~～])[ \t]+)(?=\d)"), "-", " \t", first=" \t-－–—~～")),
    ("dash_normalise", regex_spans(re.compile(r"(?<=\d)[－–‐‑](?=\d)"), "-", first="－–‐‑")),
    ("cjk_dash_spacing", regex_spans(re.compile(f"[ \\t](?<=[{CJK}][ \\t])[ \\t]*([-－–])[ \\t]+(?=[{CJK}])"), "-",
                                     "-－–", first=" \t")),
    ("stray_ampersand", regex_spans(re.compile(f"[ \\t&](?:(?<=[{CJK}][ \\t])[ \\t]*&|(?<=[{CJK}]&))(?:amp;)?[ \\t]*"
                                               f"(?=[{CJK}])"), "和", "&", first=" \t&")),
    ("single_line_paragraphs", single_line_paragraphs),
    ("blank_lines", regex_spans(re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+"), "\n\n")),
    ("page_break_join", page_break_spans),
    ("edges", edge_spans),
]


def truncation_reasons(text: str, trailer_found: bool) -> list[str]:
    """Why the text looks like it ends before the communiqué does (empty when complete)."""
    reasons = []
    if trailer_found:
        reasons.append("viewer preview-ended marker: the source shows only a preview")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if paragraphs and paragraphs[-1].rstrip()[-1:] not in TERMINAL:
        reasons.append("text stops mid-sentence")
    if not any(CLOSING.search(p) for p in paragraphs[-3:]):
        reasons.append("no closing section (thanks to the host, next meeting or signature)")
    return reasons


def clean_text(raw: str) -> CleanResult:
    """Apply every cleaning rule in order; return the clean text with its log and origin map."""
    buf = _Buffer(raw)
    script = "traditional" if is_traditional(raw) else "simplified"
    trailer_found = False
    for name, find in RULES:
        if name == "traditional_to_simplified" and script != "traditional":
            continue
        applied = buf.apply(name, find(buf.text))
        trailer_found |= name == "viewer_boilerplate" and applied > 0
    reasons = truncation_reasons(buf.text, trailer_found)
    wire = next((WIRE_DATELINE.match(e.before) for e in buf.edits if e.rule == "wire_dateline"), None)
    return CleanResult(raw, buf.text, buf.edits, buf.origin, bool(reasons), reasons, script,
                       re.sub(r"[ \t]+", "", wire["dateline"]) if wire else None, wire["agency"] if wire else None)
