"""Datasette hooks of the scodata site (thin: the work is in the modules they call)."""

from __future__ import annotations

import json
import re
import sqlite3
from functools import cache
from pathlib import Path
from typing import Any

import datasette.handle_exception
from datasette import hookimpl
from datasette.filters import FilterArguments
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import Response
from datasette.views.base import DatasetteError

from ..release.datapackage import PARQUET_MEDIATYPE
from ..release.metadata import DATABASE
from ..search import parse_query, term_filter
from ..tables import dataset_info, load_tables
from . import cells, home
from .charts_page import charts_page
from .files import FileResponse
from .hardening import harden
from .jsonld import jsonld_script
from .reader_page import read_page
from .render import table_renderer
from .search_page import search_page

# Datasette 0.65 prints tracebacks with rich outside an exception context, which itself raises and
# turns every clean 4xx into a 500 when rich is installed (it is: Prefect needs it). Use plain printing.
datasette.handle_exception.rich = None

_NAME = re.compile(r"^[a-z_]{1,64}$")
SEARCH_TABLE = "paragraphs"
SQLITE_MEDIATYPE = "application/vnd.sqlite3"


def release_dir(ds) -> Path | None:  # noqa: ANN001 (Datasette instance)
    """The release directory of the served database (its Parquet files sit beside it)."""
    db = ds.databases.get(DATABASE)
    return Path(db.path).resolve().parent if db is not None and db.path else None


def package(ds) -> dict[str, Any]:  # noqa: ANN001
    """The served release's datapackage.json ({} when there is none)."""
    directory = release_dir(ds)
    path = directory / "datapackage.json" if directory else None
    return json.loads(path.read_text(encoding="utf-8")) if path and path.is_file() else {}


def etag_for(ds, relative: str, path: Path) -> str:  # noqa: ANN001
    """A strong ETag: the file's sha256 from the data package, else its size and modification time."""
    for resource in package(ds).get("resources", []):
        if resource.get("path") == relative and str(resource.get("hash", "")).startswith("sha256:"):
            return f'"{resource["hash"][7:39]}"'
    stat = path.stat()
    return f'"{stat.st_size:x}-{stat.st_mtime_ns:x}"'


def _file(ds, request, relative: str, content_type: str, filename: str):  # noqa: ANN001, ANN202
    directory = release_dir(ds)
    path = directory / relative if directory else None
    if path is None or not path.is_file():
        return Response.text(f"no file {filename}", status=404)
    return FileResponse(path, content_type, etag_for(ds, relative, path), dict(request.headers), filename,
                        request.method)


async def parquet_file(datasette, request):  # noqa: ANN001
    """Serve parquet/<table>.parquet, streamed, as application/vnd.apache.parquet (any other name: 404)."""
    name = request.url_vars["name"]
    if not _NAME.match(name) or name not in load_tables():
        return Response.text("no Parquet file for that table", status=404)
    return _file(datasette, request, f"parquet/{name}.parquet", PARQUET_MEDIATYPE, f"{name}.parquet")


async def sqlite_file(datasette, request):  # noqa: ANN001
    """The whole database as application/vnd.sqlite3 (at /scodata.db and, for the data package, /-/scodata.db)."""
    return _file(datasette, request, f"{DATABASE}.db", SQLITE_MEDIATYPE, f"{DATABASE}.db")


async def datapackage_json(datasette, request):  # noqa: ANN001
    """The Frictionless data package descriptor of the served release (its paths resolve from this URL)."""
    found = package(datasette)
    if not found:
        return Response.text("no data package", status=404)
    return Response.json(found, headers={"cache-control": "public, max-age=600"})


async def downloads(datasette, request):  # noqa: ANN001
    """A page listing every downloadable file with size, rows and hash."""
    tables = {name: t.description for name, t in load_tables().items()}
    return Response.html(await datasette.render_template(
        "scodata_downloads.html", {"package": package(datasette), "database": DATABASE, "tables": tables},
        request=request))


@hookimpl
def register_routes():
    return [
        (r"^/-/parquet/(?P<name>[^/]+)\.parquet$", parquet_file),
        (rf"^/(-/)?{DATABASE}\.db$", sqlite_file),
        (r"^/-/datapackage\.json$", datapackage_json),
        (r"^/-/downloads$", downloads),
        (r"^/-/search(\.(?P<format>json))?$", search_page),
        (r"^/-/charts(\.(?P<format>json))?$", charts_page),
        (r"^/-/read/?$", read_page),
        (r"^/-/read/(?P<doc_id>[A-Za-z0-9][A-Za-z0-9_.-]{0,200})$", read_page),
    ]


@hookimpl
def prepare_connection(conn, database, datasette):  # noqa: ANN001
    """Cap string/blob sizes and replace the quadratic built-ins on every connection (see hardening.py)."""
    if database == DATABASE:
        harden(conn)


@hookimpl
def filters_from_request(request, database, table, datasette):  # noqa: ANN001
    """?_search= on the paragraphs table: the search page's terms (see search.py), ANDed."""
    if database != DATABASE or table != SEARCH_TABLE:
        return None
    parsed = parse_query(request.args.get("_search") or "")
    if not parsed.terms:
        return None
    found = term_filter(parsed.terms, prefix="scodata_t")
    description = "text contains " + " and ".join(json.dumps(w, ensure_ascii=False) for w in parsed.texts)
    return FilterArguments([found.where], found.params, [description], {"search": " ".join(parsed.texts)})


@hookimpl
def render_cell(row, value, column, table, database, datasette):  # noqa: ANN001
    if database != DATABASE or table is None or not cells.may_render(table, column, value):
        return None
    links = cells.Links(lambda t, pk: datasette.urls.row(DATABASE, t, tilde_encode(pk)),
                        lambda doc: datasette.urls.path(f"/-/read/{doc}"))
    return cells.render(table, column, value, links)


@cache
def _site_facts() -> dict[str, str]:
    info = dataset_info()
    licence = info["licenses"][0]
    return {"scodata_citation": info["citation"], "scodata_licence": licence["name"],
            "scodata_licence_url": licence["path"], "scodata_licence_title": licence.get("title", ""),
            "scodata_source_note": info.get("source_note", ""), "scodata_description": info["description"]}


def _row_links(datasette, table: str, pk: str) -> list[tuple[str, str]]:  # noqa: ANN001
    if table == "documents":
        return [("Read this document", datasette.urls.path(f"/-/read/{pk}"))]
    if table == "paragraphs" and ":" in pk:
        doc, local = pk.rsplit(":", 1)
        number = re.match(r"^p(\d+)$", local)
        shown = int(number.group(1)) if number else local
        links = [(f"Read ¶ {shown} in its document", datasette.urls.path(f"/-/read/{doc}#{local}")),
                 ("Document record", datasette.urls.row(DATABASE, "documents", doc))]
        if number:
            n, width = int(number.group(1)), len(number.group(1))
            if n > 1:
                links.append(("← previous paragraph",
                              datasette.urls.row(DATABASE, "paragraphs", tilde_encode(f"{doc}:p{n - 1:0{width}d}"))))
            links.append(("next paragraph →",
                          datasette.urls.row(DATABASE, "paragraphs", tilde_encode(f"{doc}:p{n + 1:0{width}d}"))))
        return links
    return []


@hookimpl
def extra_template_vars(datasette, request, view_name, database, table):  # noqa: ANN001
    def scodata_jsonld() -> str:
        base = f"{request.scheme}://{request.host}" if request is not None else ""
        return jsonld_script(base)

    async def inner() -> dict[str, Any]:
        extra: dict[str, Any] = {"scodata_downloads_url": datasette.urls.path("/-/downloads"),
                                 "scodata_jsonld": scodata_jsonld, "scodata_table": table_renderer(datasette.urls.path),
                                 **_site_facts()}
        db = datasette.databases.get(DATABASE)
        if view_name == "index" and db is not None:
            available = await db.table_columns("documents")
            docs = [dict(r) for r in (await db.execute(home.documents_sql(available))).rows]
            extra["scodata_coverage"] = home.coverage(docs)
            counts = []
            for name, t in load_tables().items():
                if await db.table_exists(name):
                    n = (await db.execute(f"SELECT count(*) FROM [{name}]")).first()[0]
                    counts.append({"name": name, "rows": n, "description": t.description})
            extra["scodata_tables"] = counts
        if database == DATABASE and table and view_name in ("table", "row"):
            described = load_tables().get(table)
            if described is not None:
                extra["scodata_columns"] = [(c.name, c.description) for c in described.columns]
        if view_name == "row" and database == DATABASE and table and request is not None:
            pk = tilde_decode(request.url_vars.get("pks", ""))
            extra["scodata_row_links"] = _row_links(datasette, table, pk)
        if view_name == "table" and database == DATABASE and table == SEARCH_TABLE:
            # Datasette shows its search box only for tables with a detected FTS table; ours is exact instead.
            extra["supports_search"] = True
            extra["search"] = request.args.get("_search", "") if request is not None else ""
        return extra

    return inner


@hookimpl
def handle_exception(datasette, request, exception):  # noqa: ANN001
    """Bad input answers 4xx, never 500: unknown sort columns, numbers SQLite cannot hold, oversized values."""
    if isinstance(exception, DatasetteError) and exception.status == 500 and (
            str(exception.message).startswith(("Cannot sort", "Cannot use _sort"))):
        exception.status = 400
        return None
    if isinstance(exception, OverflowError | sqlite3.DataError):
        message = "A number or value in the request is too large"
        if request.path.split("?")[0].endswith(".json"):
            return Response.json({"ok": False, "error": message, "status": 400}, status=400)
        return Response.text(message, status=400)
    return None
