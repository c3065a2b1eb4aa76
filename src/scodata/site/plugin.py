"""Datasette plugin of the scodata site: Parquet downloads with the right content type, and error fix."""

from __future__ import annotations

import json
import re
from pathlib import Path

import datasette.handle_exception
from datasette import hookimpl
from datasette.filters import FilterArguments
from datasette.utils.asgi import Response

from ..release.datapackage import PARQUET_MEDIATYPE
from ..release.metadata import DATABASE
from ..search import term_filter, terms
from .charts_page import charts_page
from .jsonld import jsonld_script
from .search_page import search_page

# Datasette 0.65 prints tracebacks with rich outside an exception context, which itself raises and
# turns every clean 4xx into a 500 when rich is installed (it is: Prefect needs it). Use plain printing.
datasette.handle_exception.rich = None

_NAME = re.compile(r"^[a-z_]+$")
SEARCH_TABLE = "paragraphs"


def release_dir(ds) -> Path | None:  # noqa: ANN001 (Datasette instance)
    """The release directory of the served database (its Parquet files sit beside it)."""
    db = ds.databases.get(DATABASE)
    return Path(db.path).resolve().parent if db is not None and db.path else None


async def parquet_file(datasette, request):  # noqa: ANN001
    """Serve output/parquet/<table>.parquet as application/vnd.apache.parquet."""
    name = request.url_vars["name"]
    directory = release_dir(datasette)
    path = directory / "parquet" / f"{name}.parquet" if directory and _NAME.match(name) else None
    if path is None or not path.is_file():
        return Response.text(f"no Parquet file for table {name!r}", status=404)
    return Response(
        path.read_bytes(),
        content_type=PARQUET_MEDIATYPE,
        headers={"content-disposition": f'attachment; filename="{name}.parquet"'},
    )


async def datapackage_json(datasette, request):  # noqa: ANN001
    """The Frictionless data package descriptor of the served release."""
    directory = release_dir(datasette)
    path = directory / "datapackage.json" if directory else None
    if path is None or not path.is_file():
        return Response.text("no data package", status=404)
    return Response(path.read_text(encoding="utf-8"), content_type="application/json; charset=utf-8")


async def downloads(datasette, request):  # noqa: ANN001
    """A page listing every downloadable file with size, rows and hash."""
    directory = release_dir(datasette)
    package = json.loads((directory / "datapackage.json").read_text(encoding="utf-8")) if directory else {}
    return Response.html(
        await datasette.render_template("scodata_downloads.html", {"package": package, "database": DATABASE},
                                        request=request)
    )


@hookimpl
def register_routes():
    return [
        (r"^/-/parquet/(?P<name>[^/]+)\.parquet$", parquet_file),
        (r"^/-/datapackage\.json$", datapackage_json),
        (r"^/-/downloads$", downloads),
        (r"^/-/search(\.(?P<format>json))?$", search_page),
        (r"^/-/charts(\.(?P<format>json))?$", charts_page),
    ]


@hookimpl
def filters_from_request(request, database, table, datasette):  # noqa: ANN001
    """?_search= on the paragraphs table: exact for terms of any length (see search.py), ANDed."""
    if database != DATABASE or table != SEARCH_TABLE:
        return None
    words = terms(request.args.get("_search") or "")
    if not words:
        return None
    found = term_filter(words, prefix="scodata_t")
    description = "text contains " + " and ".join(json.dumps(w, ensure_ascii=False) for w in words)
    return FilterArguments([found.where], found.params, [description], {"search": " ".join(words)})


@hookimpl
def extra_template_vars(datasette, request, view_name, database, table):  # noqa: ANN001
    def scodata_jsonld() -> str:
        base = f"{request.scheme}://{request.host}" if request is not None else ""
        return jsonld_script(base)

    extra: dict[str, object] = {"scodata_downloads_url": datasette.urls.path("/-/downloads"),
                                "scodata_jsonld": scodata_jsonld}
    if view_name == "table" and database == DATABASE and table == SEARCH_TABLE:
        # Datasette shows its search box only for tables with a detected FTS table; ours is exact instead.
        extra["supports_search"] = True
        extra["search"] = request.args.get("_search", "") if request is not None else ""
    return extra
