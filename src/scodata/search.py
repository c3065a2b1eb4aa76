"""Full-text search over paragraphs: exact for Chinese terms of any length, by word for alphabetic scripts.

SQLite's trigram tokenizer cannot match 1–2 character terms (农业, 疫情). Instead every paragraph is
indexed one character per token (FTS5 with the ``ascii`` tokenizer: non-ASCII characters and ASCII
letters and digits are token characters, the rest separate, ASCII letters are case-folded). A term
becomes a phrase of consecutive characters, so 农业 is the phrase "农 业" and matches exactly the
paragraphs containing 农业. So that the tokenizer drops and folds nothing, ASCII punctuation, spaces
and capitals are indexed as private-use-prefixed codes (``,`` as ``\\ue0002c``, ``Z`` as ``\\ue001z``):
tokens no single character can produce. A phrase match is then a substring match, with no re-check.

English and Russian text is searched by whole words, case-insensitively, in a second index
(``unicode61``, Han characters blanked out). ``parse_query`` turns what people type into terms:
quotes of any kind, traditional or simplified, full- or half-width, ``、`` ``，`` ``,`` as separators.
Terms are ANDed; results are ranked by bm25.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

INDEX = "paragraphs_search"
WORD_INDEX = "paragraphs_words"
TOKENIZER = "ascii"
WORD_TOKENIZER = "unicode61 remove_diacritics 0"
_KEPT = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")  # ASCII the tokenizer keeps as it is
MAX_TERMS = 10
MAX_QUERY = 200
# Han, kana, hangul, CJK symbols and full-width forms: blanked out of the word index.
CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]")
_WORD = re.compile(r"[^\W_]+")
# Quotes that keep a phrase together (《》 are part of titles, and ’ is also an apostrophe: both stay).
QUOTES = {'"': '"', "“": "”", "「": "」", "『": "』", "«": "»", "„": "“"}
_QUOTED = re.compile("|".join(f"{re.escape(a)}([^{re.escape(b)}]*){re.escape(b)}" for a, b in QUOTES.items()))
_SEPARATORS = re.compile(r"[\s,、，;；]+")
_STRAY = "".join(sorted(set(QUOTES) | set(QUOTES.values())))  # an unpaired quote is dropped


def token(char: str) -> str:
    """The index token of one character (the tokenizer keeps it whole and unchanged)."""
    if ord(char) > 127 or char in _KEPT:
        return char
    if "A" <= char <= "Z":
        return "\ue001" + char.lower()
    return f"\ue000{ord(char):02x}"


_SEP = "\uf8ff"  # joins the characters, then becomes the space between tokens (a text holding it is rare)
_ASCII_TOKENS = str.maketrans({**{chr(i): token(chr(i)) for i in range(128)}, _SEP: " "})


def spaced(text: str) -> str:
    """One token per character, separated by spaces (the characters joined and translated in C: a call of
    token() per character cost ~30 µs per paragraph, a third of writing the search index)."""
    if _SEP in text:
        return " ".join(map(token, text))
    return _SEP.join(text).translate(_ASCII_TOKENS)


def alphabetic(text: str) -> str:
    """The text the word index sees: Han and other CJK characters blanked out."""
    return CJK.sub(" ", text)


def build_search_index(conn: sqlite3.Connection) -> None:
    """Create and fill the character and word indexes of paragraphs.text (run when the database is written)."""
    conn.execute(f"CREATE VIRTUAL TABLE [{INDEX}] USING fts5(chars, content='', tokenize='{TOKENIZER}')")
    conn.execute(f"CREATE VIRTUAL TABLE [{WORD_INDEX}] USING fts5(words, content='', tokenize='{WORD_TOKENIZER}')")
    rows = conn.execute("SELECT rowid, text FROM paragraphs").fetchall()
    conn.executemany(f"INSERT INTO [{INDEX}] (rowid, chars) VALUES (?, ?)", ((r, spaced(t)) for r, t in rows))
    conn.executemany(f"INSERT INTO [{WORD_INDEX}] (rowid, words) VALUES (?, ?)",
                     ((r, a) for r, t in rows if (a := alphabetic(t)).strip()))
    for index in (INDEX, WORD_INDEX):
        conn.execute(f"INSERT INTO [{index}] ([{index}]) VALUES ('optimize')")


# ---- queries ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Term:
    """One search term: a substring (exact, ``words=False``) or a phrase of whole words, any case."""

    text: str
    words: bool = False
    variants: tuple[str, ...] = ()  # other spellings that count as the same substring (widths)
    prefix: bool = False  # words: the last word is a prefix (typed with a trailing *)

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.text, *self.variants)

    def word_list(self) -> list[str]:
        return [w.casefold() for w in _WORD.findall(self.text)]


@dataclass(frozen=True)
class ParsedQuery:
    """What a typed query searches for, and what was changed on the way."""

    typed: str
    terms: tuple[Term, ...]
    converted: bool = False  # traditional characters were converted to simplified
    notes: tuple[str, ...] = field(default=())

    @property
    def texts(self) -> list[str]:
        return [t.text for t in self.terms]


@cache
def _t2s():  # noqa: ANN202 (OpenCC converter)
    import opencc

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """Traditional characters converted to simplified (the indexed text is simplified)."""
    return _t2s().convert(text) if CJK.search(text) else text


_FULL = {c: chr(ord(c) + 0xFEE0) for c in map(chr, range(0x21, 0x7F))}
_FULL_PUNCT = {c: f for c, f in _FULL.items() if not c.isalnum()}


def width_variants(text: str) -> tuple[str, ...]:
    """Full-width spellings of a half-width (NFKC) term: punctuation only, then every ASCII character."""
    forms = [text.translate(str.maketrans(_FULL_PUNCT)), text.translate(str.maketrans(_FULL))]
    return tuple(dict.fromkeys(f for f in forms if f != text))


def make_term(text: str, prefix: bool = False) -> Term | None:
    """A term: by words when it has letters and no Chinese characters, else an exact substring."""
    if not text:
        return None
    if not CJK.search(text) and any(c.isalpha() for c in text):
        term = Term(text, words=True, prefix=prefix)
        return term if term.word_list() else None
    return Term(text, variants=width_variants(text))


def parse_query(q: str) -> ParsedQuery:
    """Terms from a typed query: quoted phrases stay whole; 、 ， , ; and spaces separate the rest."""
    typed = q[:MAX_QUERY]
    text = unicodedata.normalize("NFKC", typed)
    converted_text = simplified(text)
    converted = converted_text != text
    pieces: list[tuple[str, bool]] = []
    pos = 0
    for match in _QUOTED.finditer(converted_text):
        pieces.append((converted_text[pos:match.start()], False))
        pieces.append((next(g for g in match.groups() if g is not None), True))
        pos = match.end()
    pieces.append((converted_text[pos:], False))
    raw: list[str] = []
    for piece, quoted in pieces:
        if quoted:
            raw.append(piece.strip())
        else:
            raw += _SEPARATORS.split(piece.translate({ord(c): " " for c in _STRAY}))
    terms: dict[str, Term] = {}
    for item in raw:
        item = item.strip()
        prefix = item.endswith("*") and len(item) > 1
        term = make_term(item[:-1] if prefix and not CJK.search(item) else item, prefix and not CJK.search(item))
        if term is not None and term.text not in terms:
            terms[term.text] = term
    notes = ("converted from traditional characters",) if converted else ()
    return ParsedQuery(typed, tuple(terms.values())[:MAX_TERMS], converted, notes)


def exact_terms(q: str) -> tuple[Term, ...]:
    """Whitespace-separated substrings, taken as they are (the low-level search of tests and scripts)."""
    return tuple(Term(w) for w in dict.fromkeys(q.split()))


def terms(q: str) -> list[str]:
    """The distinct whitespace-separated terms of a query, in order."""
    return list(dict.fromkeys(q.split()))


def phrase(term: str) -> str:
    """The FTS5 phrase that matches exactly the paragraphs containing term."""
    return f'"{spaced(term)}"'


def char_match(items: Sequence[Term]) -> str | None:
    """The character-index query matching paragraphs that contain every term (in one of its forms)."""
    parts = []
    for t in items:
        forms = [phrase(f) for f in t.forms]
        parts.append(forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")")
    return " AND ".join(parts) or None


def word_match(items: Sequence[Term]) -> str | None:
    """The word-index query matching paragraphs that contain every word phrase."""
    parts = [f'"{" ".join(t.word_list())}"' + (" *" if t.prefix else "") for t in items]
    return " AND ".join(parts) or None


def match_expression(words: list[str]) -> str | None:
    """The FTS5 query matching the paragraphs that contain every term (None when there are none)."""
    return char_match([Term(w) for w in words])


@dataclass(frozen=True)
class TermFilter:
    """A WHERE condition on paragraphs (aliased ``alias``) that holds exactly when every term is in text."""

    where: str
    params: dict[str, str]


def term_filter(words: Sequence[str | Term], alias: str = "", prefix: str = "t",
                word_index: bool = True) -> TermFilter:
    """The index match of every term as rowid conditions (always true when there are no terms)."""
    items = [w if isinstance(w, Term) else Term(w) for w in words]
    if not word_index:
        items = [Term(t.text) if t.words else t for t in items]
    col = f"{alias}." if alias else ""
    where, params = [], {}
    for index, match, key in ((INDEX, char_match([t for t in items if not t.words]), "match"),
                              (WORD_INDEX, word_match([t for t in items if t.words]), "words")):
        if match is not None:
            where.append(f"{col}rowid IN (SELECT rowid FROM [{index}] WHERE [{index}] MATCH :{prefix}{key})")
            params[f"{prefix}{key}"] = match
    return TermFilter(" AND ".join(where) or "1", params)


RANK_LIMIT = 10_000  # bm25 scores every match before the first page: ~25 ms for 10,000 here, ~400 ms for 300,000


@dataclass(frozen=True)
class SearchFilters:
    """Narrowing of a search: one document, speaker, stance or endorsing state."""

    doc_id: str | None = None
    speaker: str | None = None
    stance: str | None = None
    state: str | None = None


@dataclass(frozen=True)
class SearchQuery:
    """SQL and parameters that find the paragraphs containing every term."""

    sql: str
    params: dict[str, object]


def _as_terms(q: str | Sequence[Term]) -> tuple[Term, ...]:
    return exact_terms(q) if isinstance(q, str) else tuple(q)


def _plan(items: Sequence[Term]) -> tuple[str, str, str | None]:
    """(driving index, its MATCH, the other index's MATCH): characters drive when there are any."""
    chars, words = char_match([t for t in items if not t.words]), word_match([t for t in items if t.words])
    if chars is not None:
        return INDEX, chars, words
    if words is not None:
        return WORD_INDEX, words, None
    return INDEX, '""', None  # no terms: the empty phrase, which matches nothing


def _filter_sql(filters: SearchFilters, index: str, params: dict[str, object]) -> str:
    where = ""
    if filters.doc_id:  # one document's paragraphs have consecutive rowids: FTS5 reads only that range
        params["doc_id"] = filters.doc_id
        where += (f" AND p.doc_id = :doc_id AND [{index}].rowid BETWEEN"
                  " (SELECT min(rowid) FROM paragraphs WHERE doc_id = :doc_id)"
                  " AND (SELECT max(rowid) FROM paragraphs WHERE doc_id = :doc_id)")
    if filters.speaker:
        params["speaker"] = filters.speaker
        where += " AND p.speaker = :speaker"
    if filters.stance:
        params["stance"] = filters.stance
        where += " AND EXISTS (SELECT 1 FROM json_each(p.stances) WHERE value = :stance)"
    if filters.state:
        params["state"] = filters.state
        where += " AND EXISTS (SELECT 1 FROM json_each(p.endorsing_states) WHERE value = :state)"
    return where


def count_query(q: str | Sequence[Term], doc_id: str | None = None, cap: int = RANK_LIMIT,
                filters: SearchFilters | None = None) -> SearchQuery | None:
    """SQL counting q's index matches up to cap (cheap: no scoring): rank only when it finds fewer.

    None when ranking needs no count: a search within one document always ranks (few paragraphs).
    """
    items = _as_terms(q)
    if not items or doc_id or (filters and filters.doc_id):
        return None
    index, match, _ = _plan(items)
    sql = f"SELECT count(*) FROM (SELECT 1 FROM [{index}] WHERE [{index}] MATCH :match LIMIT :cap)"
    return SearchQuery(sql, {"match": match, "cap": cap})


def search_query(q: str | Sequence[Term], doc_id: str | None = None, limit: int = 50, offset: int = 0,
                 ranked: bool = True, filters: SearchFilters | None = None) -> SearchQuery:
    """Paragraphs containing every term of q: best bm25 rank first, or in document order.

    A string q is taken exactly (whitespace-separated substrings); parse_query gives friendlier terms.
    Ranking a term found in most paragraphs means scoring all of them; callers rank only when
    count_query says so.
    """
    filters = filters or SearchFilters(doc_id=doc_id)
    if doc_id and not filters.doc_id:
        filters = SearchFilters(doc_id, filters.speaker, filters.stance, filters.state)
    index, match, other = _plan(_as_terms(q))
    params: dict[str, object] = {"limit": limit, "offset": offset, "match": match}
    where = _filter_sql(filters, index, params)
    if other is not None:
        params["other"] = other
        where += f" AND p.rowid IN (SELECT rowid FROM [{WORD_INDEX}] WHERE [{WORD_INDEX}] MATCH :other)"
    columns = "p.paragraph_id, p.doc_id, p.seq, p.speaker, p.text"
    rank, order = (f"bm25([{index}])", "rank, p.paragraph_id") if ranked else ("NULL", f"[{index}].rowid")
    sql = (f"SELECT {columns}, {rank} AS rank FROM [{index}] "
           f"JOIN paragraphs p ON p.rowid = [{index}].rowid WHERE [{index}] MATCH :match{where} "
           f"ORDER BY {order} LIMIT :limit OFFSET :offset")  # the index's rowid order is paragraph_id order
    return SearchQuery(sql, params)


def search(conn: sqlite3.Connection, q: str | ParsedQuery, doc_id: str | None = None, limit: int = 50,
           rank_limit: int = RANK_LIMIT, filters: SearchFilters | None = None) -> list[dict[str, object]]:
    """Run a search on a connection (used by tests and scripts; the site runs the same SQL)."""
    items = q.terms if isinstance(q, ParsedQuery) else exact_terms(q)
    counter = count_query(items, doc_id, rank_limit, filters)
    ranked = counter is None or conn.execute(counter.sql, counter.params).fetchone()[0] < rank_limit
    query = search_query(items, doc_id, limit, ranked=ranked, filters=filters)
    cursor = conn.execute(query.sql, query.params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# ---- highlighting -------------------------------------------------------------------------------

def highlight_pattern(items: Sequence[str | Term]) -> re.Pattern[str] | None:
    """One regular expression for every term: exact forms longest first, word phrases case-insensitive."""
    alternatives: list[tuple[int, str]] = []
    for item in items:
        t = item if isinstance(item, Term) else Term(item)
        if t.words:
            words = t.word_list()
            if words:
                body = r"[\W_]+".join(f"(?i:{re.escape(w)})" for w in words)
                tail = r"[^\W_]*" if t.prefix else r"(?![^\W_])"
                alternatives.append((len(t.text), rf"(?<![^\W_]){body}{tail}"))
        else:
            alternatives += [(len(f), re.escape(f)) for f in t.forms if f]
    if not alternatives:
        return None
    alternatives.sort(key=lambda a: -a[0])
    return re.compile("|".join(dict.fromkeys(a for _, a in alternatives)))


def highlight(text: str, words: Sequence[str | Term]) -> list[tuple[str, bool]]:
    """Text cut into (piece, is_match) pieces, marking each leftmost match of any term (longest first).

    One regular-expression scan: time grows with the text times the number of terms, never quadratically.
    """
    pattern = highlight_pattern(words)
    if pattern is None:
        return [(text, False)] if text else []
    pieces, pos = [], 0
    for match in pattern.finditer(text):
        if match.end() == match.start():
            continue
        pieces += [(text[pos:match.start()], False), (match.group(), True)]
        pos = match.end()
    return [p for p in pieces + [(text[pos:], False)] if p[0]]
