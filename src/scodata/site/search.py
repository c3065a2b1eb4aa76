"""Chinese full-text search over paragraphs that is exact for queries of any length.

SQLite's trigram tokenizer cannot match 1–2 character terms (农业, 疫情). Instead every paragraph is
indexed one character per token (FTS5, unicode61): a term becomes a phrase of consecutive
characters, so 农业 is the phrase "农 业" and matches exactly the paragraphs containing 农业.
Space-separated terms are ANDed; results are ranked by bm25 and checked with instr() so that
punctuation (which the tokenizer skips) and letter case cannot widen a match.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

INDEX = "paragraphs_search"


def spaced(text: str) -> str:
    """One token per character (the tokenizer drops spaces and punctuation)."""
    return " ".join(text)


def build_search_index(conn: sqlite3.Connection) -> None:
    """Create and fill the character index of paragraphs.text (run when the database is written)."""
    conn.execute(f"CREATE VIRTUAL TABLE [{INDEX}] USING fts5(chars, content='', "
                 "tokenize='unicode61 remove_diacritics 0')")
    rows = conn.execute("SELECT rowid, text FROM paragraphs").fetchall()
    conn.executemany(f"INSERT INTO [{INDEX}] (rowid, chars) VALUES (?, ?)", ((r, spaced(t)) for r, t in rows))
    conn.execute(f"INSERT INTO [{INDEX}] ([{INDEX}]) VALUES ('optimize')")


@dataclass(frozen=True)
class SearchQuery:
    """SQL and parameters that find the paragraphs containing every term."""

    sql: str
    params: dict[str, object]


def terms(q: str) -> list[str]:
    """The distinct space-separated terms of a query, in order."""
    return list(dict.fromkeys(t for t in q.split() if t))


def _phrase(term: str) -> str | None:
    tokens = [c for c in term if c.isalnum()]
    return '"' + " ".join(tokens) + '"' if tokens else None


def search_query(q: str, doc_id: str | None = None, limit: int = 50, offset: int = 0) -> SearchQuery:
    """Paragraphs containing every term of q (exactly), best bm25 rank first."""
    words = terms(q)
    params: dict[str, object] = {"limit": limit, "offset": offset}
    checks = []
    for i, word in enumerate(words):
        params[f"t{i}"] = word
        checks.append(f"instr(p.text, :t{i}) > 0")
    phrases = [p for p in (_phrase(w) for w in words) if p]
    if doc_id:
        params["doc_id"] = doc_id
        checks.append("p.doc_id = :doc_id")
    where = " AND ".join(checks) or "1"
    if phrases:
        params["match"] = " AND ".join(phrases)
        sql = (f"SELECT p.paragraph_id, p.doc_id, p.seq, p.text, bm25([{INDEX}]) AS rank FROM [{INDEX}] "
               f"JOIN paragraphs p ON p.rowid = [{INDEX}].rowid WHERE [{INDEX}] MATCH :match AND {where} "
               "ORDER BY rank, p.paragraph_id LIMIT :limit OFFSET :offset")
    else:
        sql = (f"SELECT p.paragraph_id, p.doc_id, p.seq, p.text, 0.0 AS rank FROM paragraphs p WHERE {where} "
               "ORDER BY p.paragraph_id LIMIT :limit OFFSET :offset")
    return SearchQuery(sql, params)


def search(conn: sqlite3.Connection, q: str, doc_id: str | None = None, limit: int = 50) -> list[dict[str, object]]:
    """Run a search on a connection (used by tests and scripts; the site runs the same SQL)."""
    query = search_query(q, doc_id, limit)
    cursor = conn.execute(query.sql, query.params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
