"""The ASGI layer around Datasette: read-only, security headers, no debug pages, no WebSockets,
list columns as real JSON arrays in the JSON API, and a UTF-8 BOM on CSV for spreadsheets (?_bom=1).
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from functools import cache
from typing import Any
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl

from ..release.metadata import DATABASE
from .readonly import refuse_writes

ASGIApp = Callable[[dict[str, Any], Any, Any], Awaitable[None]]

SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"content-security-policy", b"frame-ancestors 'none'; base-uri 'self'; object-src 'none'"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"strict-origin-when-cross-origin"),
]
# Datasette's introspection pages: threads and tracebacks, the actor, paths of the database files.
DEBUG_PAGES = re.compile(r"^/-/(threads|actor|messages|allow-debug|permissions|patterns|create-token|databases)"
                         r"(\.json)?$")
_TABLE_JSON = re.compile(rf"^/{DATABASE}/([a-z_]+)(/[^/]+)?\.json$")
BOM = b"\xef\xbb\xbf"


@cache
def array_columns() -> dict[str, tuple[str, ...]]:
    """The list columns of each table (JSON arrays in SQLite), from the schemas."""
    from ..tables import load_tables

    return {name: tuple(c.name for c in t.columns if c.json_type == "array") for name, t in load_tables().items()}


def json_arrays_query(path: str, query: bytes) -> bytes:
    """The query string with ``_json=<column>`` for every list column of a table's JSON (unless given)."""
    match = _TABLE_JSON.match(path)
    if not match:
        return query
    pairs = parse_qsl(query.decode("latin-1"), keep_blank_values=True)
    if any(k == "_json" for k, _ in pairs) or any(k == "_nojson" for k, _ in pairs):
        return urlencode([(k, v) for k, v in pairs if k != "_nojson"]).encode("latin-1")
    columns = array_columns().get(match.group(1), ())
    return urlencode(pairs + [("_json", c) for c in columns]).encode("latin-1")


async def _respond(send: Any, status: int, body: bytes, content_type: bytes = b"text/plain; charset=utf-8") -> None:  # noqa: ANN401
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", content_type), (b"content-length", str(len(body)).encode()),
                            *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})


def site_guard(app: ASGIApp) -> ASGIApp:
    """Wrap Datasette with the rules of this module."""

    async def wrapped(scope: dict[str, Any], receive: Any, send: Any) -> None:  # noqa: ANN401
        if scope["type"] == "websocket":  # closing before accepting makes the server answer 403
            await send({"type": "websocket.close", "code": 1008})
            return
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        path = scope.get("path", "")
        if DEBUG_PAGES.match(path):
            await _respond(send, 404, b"Not found")
            return
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        if headers.get(b"upgrade"):
            await _respond(send, 400, b"Upgrades are not supported")
            return
        query = scope.get("query_string", b"")
        bom = path.endswith(".csv") and b"_bom=1" in query
        if bom:
            query = urlencode([(k, v) for k, v in parse_qsl(query.decode("latin-1"), keep_blank_values=True)
                               if k != "_bom"]).encode("latin-1")
        query = json_arrays_query(path, query)
        scope = {**scope, "query_string": query}
        first_body = True

        async def secured_send(message: dict[str, Any]) -> None:
            nonlocal first_body
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [h for h in SECURITY_HEADERS if h[0] not in names]
                headers_out = list(message.get("headers", []))
                if bom:
                    headers_out = [(k, str(int(v) + len(BOM)).encode()) if k.lower() == b"content-length" else (k, v)
                                   for k, v in headers_out]
                message = {**message, "headers": headers_out + extra}
            elif message["type"] == "http.response.body" and bom and first_body:
                first_body = False
                message = {**message, "body": BOM + message.get("body", b"")}
            await send(message)

        await app(scope, receive, secured_send)

    return wrapped


@hookimpl
def asgi_wrapper(datasette):  # noqa: ANN001
    def wrap(app: ASGIApp) -> ASGIApp:
        return site_guard(refuse_writes(app))

    return wrap
