"""Chinese full-text search over paragraphs that is exact for queries of any length.

SQLite's trigram tokenizer cannot match 1–2 character terms (农业, 疫情). Instead every paragraph is
indexed one character per token (FTS5 with the ``ascii`` tokenizer: non-ASCII characters and ASCII
letters and digits are token characters, the rest separate, ASCII letters are case-folded). A term
becomes a phrase of consecutive characters, so 农业 is the phrase "农 业" and matches exactly the
paragraphs containing 农业. So that the tokenizer drops and folds nothing, ASCII punctuation, spaces
and capitals are indexed as private-use-prefixed codes (``,`` as ``\ue0002c``, ``Z`` as ``\ue001z``):
tokens no single character can produce. A phrase match is then a substring match, with no re-check.
Space-separated terms are ANDed; results are ranked by bm25.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

INDEX = "paragraphs_search"
TOKENIZER = "ascii"
_KEPT = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")  # ASCII the tokenizer keeps as it is


def token(char: str) -> str:
    """The index token of one character (the tokenizer keeps it whole and unchanged)."""
    if ord(char) > 127 or char in _KEPT:
        return char
    if "A" <= char <= "Z":
        return "\ue001" + char.lower()
    return f"\ue000{ord(char):02x}"


def spaced(text: str) -> str:
    """One token per character, separated by spaces."""
    return " ".join(map(token, text))


def build_search_index(conn: sqlite3.Connection) -> None:
    """Create and fill the character index of paragraphs.text (run when the database is written)."""
    conn.execute(f"CREATE VIRTUAL TABLE [{INDEX}] USING fts5(chars, content='', tokenize='{TOKENIZER}')")
    rows = conn.execute("SELECT rowid, text FROM paragraphs").fetchall()
    conn.executemany(f"INSERT INTO [{INDEX}] (rowid, chars) VALUES (?, ?)", ((r, spaced(t)) for r, t in rows))
    conn.execute(f"INSERT INTO [{INDEX}] ([{INDEX}]) VALUES ('optimize')")


def highlight(text: str, words: list[str]) -> list[tuple[str, bool]]:
    """Text cut into (piece, is_match) pieces, marking every occurrence of any term (longest first)."""
    spans: list[tuple[int, int]] = []
    for word in sorted(set(words), key=len, reverse=True):
        start = text.find(word)
        while word and start >= 0:
            end = start + len(word)
            if not any(a < end and start < b for a, b in spans):
                spans.append((start, end))
            start = text.find(word, start + 1)
    pieces, pos = [], 0
    for a, b in sorted(spans):
        pieces += [(text[pos:a], False), (text[a:b], True)]
        pos = b
    return [p for p in pieces + [(text[pos:], False)] if p[0]]


def terms(q: str) -> list[str]:
    """The distinct whitespace-separated terms of a query, in order."""
    return list(dict.fromkeys(q.split()))


def phrase(term: str) -> str:
    """The FTS5 phrase that matches exactly the paragraphs containing term."""
    return f'"{spaced(term)}"'


def match_expression(words: list[str]) -> str | None:
    """The FTS5 query matching the paragraphs that contain every term (None when there are none)."""
    return " AND ".join(map(phrase, words)) or None


@dataclass(frozen=True)
class TermFilter:
    """A WHERE condition on paragraphs (aliased ``alias``) that holds exactly when every term is in text."""

    where: str
    params: dict[str, str]


def term_filter(words: list[str], alias: str = "", prefix: str = "t") -> TermFilter:
    """The index match of every term as a rowid condition (always true when there are no terms)."""
    match = match_expression(words)
    if match is None:
        return TermFilter("1", {})
    col = f"{alias}." if alias else ""
    where = f"{col}rowid IN (SELECT rowid FROM [{INDEX}] WHERE [{INDEX}] MATCH :{prefix}match)"
    return TermFilter(where, {f"{prefix}match": match})


RANK_LIMIT = 10_000  # bm25 scores every match before the first page: ~25 ms for 10,000 here, ~400 ms for 300,000


@dataclass(frozen=True)
class SearchQuery:
    """SQL and parameters that find the paragraphs containing every term."""

    sql: str
    params: dict[str, object]


def count_query(q: str, doc_id: str | None = None, cap: int = RANK_LIMIT) -> SearchQuery | None:
    """SQL counting q's index matches up to cap (cheap: no scoring): rank only when it finds fewer.

    None when ranking needs no count: a search within one document always ranks (few paragraphs).
    """
    match = match_expression(terms(q))
    if match is None or doc_id:
        return None
    sql = f"SELECT count(*) FROM (SELECT 1 FROM [{INDEX}] WHERE [{INDEX}] MATCH :match LIMIT :cap)"
    return SearchQuery(sql, {"match": match, "cap": cap})


def search_query(q: str, doc_id: str | None = None, limit: int = 50, offset: int = 0,
                 ranked: bool = True) -> SearchQuery:
    """Paragraphs containing every term of q (exactly): best bm25 rank first, or in document order.

    Ranking a term found in most paragraphs means scoring all of them; callers rank only when
    count_query says so.
    """
    match = match_expression(terms(q)) or '""'  # no terms: the empty phrase, which matches nothing
    params: dict[str, object] = {"limit": limit, "offset": offset, "match": match}
    where = ""
    if doc_id:  # one document's paragraphs have consecutive rowids: FTS5 reads only that range of the index
        params["doc_id"] = doc_id
        where = (f" AND p.doc_id = :doc_id AND [{INDEX}].rowid BETWEEN"
                 " (SELECT min(rowid) FROM paragraphs WHERE doc_id = :doc_id)"
                 " AND (SELECT max(rowid) FROM paragraphs WHERE doc_id = :doc_id)")
    columns = "p.paragraph_id, p.doc_id, p.seq, p.speaker, p.text"
    rank, order = (f"bm25([{INDEX}])", "rank, p.paragraph_id") if ranked else ("NULL", f"[{INDEX}].rowid")
    sql = (f"SELECT {columns}, {rank} AS rank FROM [{INDEX}] "
           f"JOIN paragraphs p ON p.rowid = [{INDEX}].rowid WHERE [{INDEX}] MATCH :match{where} "
           f"ORDER BY {order} LIMIT :limit OFFSET :offset")  # the index's rowid order is paragraph_id order
    return SearchQuery(sql, params)


def search(conn: sqlite3.Connection, q: str, doc_id: str | None = None, limit: int = 50,
           rank_limit: int = RANK_LIMIT) -> list[dict[str, object]]:
    """Run a search on a connection (used by tests and scripts; the site runs the same SQL)."""
    counter = count_query(q, doc_id, rank_limit)
    ranked = counter is None or conn.execute(counter.sql, counter.params).fetchone()[0] < rank_limit
    query = search_query(q, doc_id, limit, ranked=ranked)
    cursor = conn.execute(query.sql, query.params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
