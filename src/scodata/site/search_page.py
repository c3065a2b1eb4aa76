"""The /-/search page: paragraphs containing what people type, as HTML or JSON (/-/search.json)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from typing import Any
from urllib.parse import urlencode

from datasette.utils import sqlite_timelimit, tilde_encode
from datasette.utils.asgi import Response

from ..release.metadata import DATABASE
from ..search import (
    RANK_LIMIT,
    WORD_INDEX,
    ParsedQuery,
    SearchFilters,
    Term,
    count_query,
    highlight,
    parse_query,
    search_query,
    simplified,
)
from .reader import anchor
from .reader_page import aligned_rows, fetch
from .render import render_partial

PAGE_SIZE = 50
MAX_PAGE = 200  # 10,000 results: beyond that, narrow the search
MAX_DOCUMENT_OPTIONS = 300
TIME_LIMIT_MS = 1000
_cache: dict[tuple[int, str], Any] = {}


class BadRequest(Exception):
    """A request the search page refuses with 400."""


def page_number(value: str | None) -> int:
    """The 1-based page asked for; BadRequest when it is not a number from 1 to MAX_PAGE."""
    if not value:
        return 1
    try:
        page = int(value)
    except ValueError as error:
        raise BadRequest(f"page must be a whole number, not {value[:20]!r}") from error
    if not 1 <= page <= MAX_PAGE:
        raise BadRequest(f"page must be between 1 and {MAX_PAGE}: narrow the search instead")
    return page


def alias_suggestions(parsed: ParsedQuery, gazetteer: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Other names of any gazetteer entity a term names (上合组织 → 上海合作组织), and Chinese names of English ones."""
    out: list[dict[str, str]] = []
    texts = parsed.texts
    for term in parsed.terms:
        for entity in gazetteer:
            names = entity.get("names")
            if names is None:  # simplified names only (traditional aliases are found by converting the query)
                names = [entity.get("name_zh_long"), entity.get("name_zh_short")] + list(entity.get("aliases") or [])
                names = entity["names"] = [n for n in names if n and simplified(n) == n]
            english = (entity.get("name_en") or "").casefold()
            if term.text in names or (term.words and term.text.casefold() == english):
                for other in dict.fromkeys(names):
                    if other != term.text and other not in texts:
                        query = " ".join(other if t == term.text else (f'"{t}"' if " " in t else t) for t in texts)
                        out.append({"query": query, "name": entity.get("name_en") or entity["entity_id"]})
    return list({a["query"]: a for a in out}.values())[:8]


def empty_help(parsed: ParsedQuery, filters: SearchFilters, languages: dict[str, int]) -> list[str]:
    """What to tell someone whose search found nothing."""
    lines = []
    if not parsed.terms:
        return ["Type one or more terms: Chinese words of any length, or English and Russian words."]
    if any(t.words for t in parsed.terms) and not any(lang.split("-")[0] in ("en", "ru") for lang in languages):
        counts = ", ".join(f"{lang}: {n}" for lang, n in languages.items())
        lines.append(f"The documents are in Chinese ({counts}): English or Russian words can only match Latin or "
                     "Cyrillic text quoted in them. Try Chinese terms such as 农业, 上合组织 or 一带一路, or a "
                     "state's Chinese name (the gazetteer table lists them: India → 印度).")
    if any(asdict(filters).values()):
        lines.append("The filters narrow the search: try it without them.")
    if len(parsed.terms) > 1:
        lines.append("Every term must appear in the same paragraph: try fewer terms.")
    return lines or ["No paragraph contains this. Try a shorter term: any one or two Chinese characters work."]


async def cached(datasette: Any, key: str, sql: str) -> list[dict[str, Any]]:  # noqa: ANN401
    """Rows of a query over the immutable database, computed once per process."""
    if (id(datasette), key) not in _cache:
        db = datasette.get_database(DATABASE)
        _cache[(id(datasette), key)] = [dict(r) for r in (await db.execute(sql)).rows]
    return _cache[(id(datasette), key)]


async def search_options(datasette: Any) -> dict[str, Any]:  # noqa: ANN401
    """The choices of the filter menus."""
    documents = await cached(datasette, "documents",
                             "SELECT doc_id, title, meeting_date, language FROM documents ORDER BY meeting_date, doc_id")
    speakers = await cached(datasette, "speakers", "SELECT speaker, count(*) n FROM paragraphs WHERE speaker IS NOT NULL "
                                                   "GROUP BY speaker ORDER BY n DESC LIMIT 60")
    stances = await cached(datasette, "stances", "SELECT s.value AS stance, count(*) n FROM paragraphs p, "
                                                 "json_each(p.stances) s GROUP BY s.value ORDER BY n DESC")
    states = await cached(datasette, "states", "SELECT entity_id AS code, name_en AS name FROM gazetteer "
                                               "WHERE kind = 'state' AND sco_status = 'member' ORDER BY entity_id")
    return {"documents": documents if len(documents) <= MAX_DOCUMENT_OPTIONS else [],
            "all_documents": {d["doc_id"]: d for d in documents},
            "speakers": [s["speaker"] for s in speakers], "stances": [s["stance"] for s in stances],
            "states": states}


def run_search(conn: sqlite3.Connection, parsed: ParsedQuery, filters: SearchFilters,
               offset: int) -> tuple[list[dict[str, Any]], bool, dict[str, list[dict[str, Any]]]]:
    """One page of results (PAGE_SIZE + 1 rows, to tell whether there is more), whether they are ranked,
    and their aligned paragraphs: every query of the search in one call on the connection."""
    if not parsed.terms:
        return [], True, {}
    if not fetch(conn, "SELECT 1 FROM sqlite_master WHERE name = :n", {"n": WORD_INDEX}):
        terms = tuple(Term(t.text) for t in parsed.terms)  # a database built before the word index: exact only
    else:
        terms = parsed.terms
    ranked = True
    with sqlite_timelimit(conn, TIME_LIMIT_MS):
        counter = count_query(terms, cap=RANK_LIMIT, filters=filters)
        if counter is not None:
            ranked = conn.execute(counter.sql, counter.params).fetchone()[0] < RANK_LIMIT
        query = search_query(terms, None, PAGE_SIZE + 1, offset, ranked=ranked, filters=filters)
        rows = fetch(conn, query.sql, query.params)
        return rows, ranked, aligned_rows(conn, paragraph_ids=[r["paragraph_id"] for r in rows[:PAGE_SIZE]])


async def search_page(datasette, request):  # noqa: ANN001 (Datasette's view signature)
    """Paragraphs containing every term of ?q=, ranked; ?doc_id=, ?speaker=, ?stance=, ?state= narrow it."""
    fmt = request.url_vars.get("format")
    try:
        page = page_number(request.args.get("page"))
    except BadRequest as error:
        if fmt == "json":
            return Response.json({"ok": False, "error": str(error), "status": 400}, status=400)
        return Response.text(str(error), status=400)
    q = (request.args.get("q") or "").strip()[:200]
    filters = SearchFilters(*(((request.args.get(k) or "").strip()[:200] or None)
                              for k in ("doc_id", "speaker", "stance", "state")))
    db = datasette.get_database(DATABASE)
    parsed = parse_query(q)
    offset = (page - 1) * PAGE_SIZE
    try:
        rows, ranked, aligned = await db.execute_fn(lambda conn: run_search(conn, parsed, filters, offset))
    except sqlite3.OperationalError as error:  # interrupted by the time limit
        message = f"the search took too long ({error}): add a term or a filter"
        if fmt == "json":
            return Response.json({"ok": False, "error": message, "status": 400}, status=400)
        return Response.text(message, status=400)
    more, rows = len(rows) > PAGE_SIZE, rows[:PAGE_SIZE]
    options = await search_options(datasette)
    docs = options["all_documents"]
    for row in rows:
        doc = docs.get(row["doc_id"], {})
        row.update(title=doc.get("title"), meeting_date=doc.get("meeting_date"),
                   language=doc.get("language") or "zh-Hans", anchor=anchor(row["paragraph_id"]))
    for row in rows:
        row["aligned"] = aligned.get(row["paragraph_id"], [])
    gazetteer = await cached(datasette, "gazetteer", "SELECT entity_id, name_en, name_zh_long, name_zh_short, aliases "
                                                     "FROM gazetteer")
    for entity in gazetteer:
        if isinstance(entity.get("aliases"), str):
            entity["aliases"] = json.loads(entity["aliases"] or "[]")
    aliases = alias_suggestions(parsed, gazetteer) if parsed.terms else []
    args = {k: v for k, v in asdict(filters).items() if v}

    def page_url(n: int) -> str:
        return datasette.urls.path("/-/search") + "?" + urlencode({"q": q, **args, "page": n})

    for alias in aliases:
        alias["href"] = datasette.urls.path("/-/search") + "?" + urlencode({"q": alias["query"], **args})
    if fmt == "json":
        return Response.json({"q": q, "terms": [asdict(t) for t in parsed.terms], "notes": list(parsed.notes),
                              "filters": args, "page": page, "ranked": ranked, "more": more, "aliases": aliases,
                              "rows": rows})
    for row in rows:
        row["pieces"] = highlight(row["text"], parsed.terms)
    results = render_partial("_scodata_search_results.html", rows=rows, page=page, page_size=PAGE_SIZE,
                             read_url=lambda doc: datasette.urls.path(f"/-/read/{doc}"),
                             row_url=lambda table, pk: datasette.urls.row(DATABASE, table, tilde_encode(pk)))
    languages = {d["language"]: 0 for d in docs.values()}
    for d in docs.values():
        languages[d["language"]] += 1
    return Response.html(await datasette.render_template(
        "scodata_search.html",
        {"q": q, "parsed": parsed, "rows": rows, "page": page, "page_size": PAGE_SIZE, "more": more,
         "filters": filters, "ranked": ranked, "rank_limit": RANK_LIMIT, "database": DATABASE, "options": options,
         "aliases": aliases, "page_url": page_url, "results_html": results,
         "json_url": datasette.urls.path("/-/search.json") + "?" + urlencode({"q": q, **args, "page": page}),
         "empty_help": empty_help(parsed, filters, languages) if not rows else []},
        request=request,
    ))
