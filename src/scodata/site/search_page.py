"""The /-/search page: exact Chinese search over paragraphs, as HTML or JSON (/-/search.json)."""

from __future__ import annotations

from datasette.utils.asgi import Response

from ..release.metadata import DATABASE
from ..search import RANK_LIMIT, count_query, highlight, search_query, terms

PAGE_SIZE = 50


async def search_page(datasette, request):  # noqa: ANN001 (Datasette's view signature)
    """Paragraphs containing every space-separated term of ?q=, ranked; ?doc_id= narrows to one document."""
    q = (request.args.get("q") or "").strip()[:200]
    doc_id = request.args.get("doc_id") or None
    try:
        page = max(1, int(request.args.get("page") or 1))
    except ValueError:
        page = 1
    rows: list[dict] = []
    ranked = True
    if q:
        db = datasette.get_database(DATABASE)
        counter = count_query(q, doc_id)
        if counter is not None:
            ranked = (await db.execute(counter.sql, counter.params)).first()[0] < RANK_LIMIT
        query = search_query(q, doc_id, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE, ranked=ranked)
        rows = [dict(r) for r in (await db.execute(query.sql, query.params)).rows]
    more, rows = len(rows) > PAGE_SIZE, rows[:PAGE_SIZE]
    if request.url_vars.get("format") == "json":
        return Response.json({"q": q, "terms": terms(q), "doc_id": doc_id, "page": page, "ranked": ranked,
                              "more": more, "rows": rows})
    for row in rows:
        row["pieces"] = highlight(row["text"], terms(q))
    return Response.html(await datasette.render_template(
        "scodata_search.html",
        {"q": q, "terms": terms(q), "rows": rows, "page": page, "more": more, "doc_id": doc_id, "ranked": ranked,
         "rank_limit": RANK_LIMIT, "database": DATABASE},
        request=request,
    ))
