"""The ASGI layer around Datasette: read-only, security headers, no debug pages, no WebSockets,
list columns as real JSON arrays in the JSON API, a UTF-8 BOM on CSV for spreadsheets (?_bom=1), and
a cache of whole pages: the database is served immutable, so a page depends only on its URL.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
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
UNCACHED = re.compile(r"(\.csv$|\.db$|^/-/parquet/|^/-/versions|^/-/static)")


@dataclass
class PageCache:
    """Whole responses (status 200, no cookies) by URL, least recently used first out, bounded in bytes."""

    max_bytes: int = 64 << 20
    max_page: int = 2 << 20
    pages: OrderedDict[bytes, tuple[dict[str, Any], bytes]] = field(default_factory=OrderedDict)
    size: int = 0
    hits: int = 0
    inflight: dict[bytes, asyncio.Event] = field(default_factory=dict)  # pages being made: wait, don't redo

    def get(self, key: bytes) -> tuple[dict[str, Any], bytes] | None:
        found = self.pages.get(key)
        if found is not None:
            self.pages.move_to_end(key)
            self.hits += 1
        return found

    def put(self, key: bytes, start: dict[str, Any], body: bytes) -> None:
        if len(body) > self.max_page or key in self.pages:
            return
        self.pages[key] = (start, body)
        self.size += len(body)
        while self.size > self.max_bytes and self.pages:
            _, (_, old) = self.pages.popitem(last=False)
            self.size -= len(old)


def cache_key(scope: dict[str, Any]) -> bytes | None:
    """The cache key of a request, or None when its answer must not be shared or stored."""
    if scope.get("method") not in ("GET", "HEAD") or UNCACHED.search(scope.get("path", "")):
        return None
    headers = {k.lower(): v for k, v in scope.get("headers", [])}
    if headers.keys() & {b"cookie", b"authorization", b"range", b"if-none-match"}:
        return None
    host = headers.get(b"host", b"") + b" " + headers.get(b"x-forwarded-proto", b"")  # pages hold absolute URLs
    return b" ".join([scope["method"].encode(), host, scope.get("raw_path") or scope["path"].encode(),
                      scope.get("query_string", b"")])


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


def site_guard(app: ASGIApp, cache: PageCache | None = None) -> ASGIApp:
    """Wrap Datasette with the rules of this module (and the page cache, when given one)."""

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
        key = cache_key(scope) if cache is not None and not bom else None
        if key is not None and cache is not None:
            if key in cache.inflight:  # the same page is being made for another client: wait for it
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(cache.inflight[key].wait(), timeout=5)
            found = cache.get(key)
            if found is not None:
                await send(found[0])
                await send({"type": "http.response.body", "body": found[1]})
                return
            if key not in cache.inflight:
                cache.inflight[key] = asyncio.Event()
            else:
                key = None  # still not made after waiting: make it without caching
        first_body = True
        kept: list[bytes] = []
        started: dict[str, Any] = {}

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
                started.update(message)
            elif message["type"] == "http.response.body":
                if bom and first_body:
                    message = {**message, "body": BOM + message.get("body", b"")}
                first_body = False
                if key is not None:
                    kept.append(message.get("body", b""))
                    if not message.get("more_body") and cacheable(started):
                        cache.put(key, started, b"".join(kept))  # type: ignore[union-attr]
            await send(message)

        try:
            await app(scope, receive, secured_send)
        finally:
            if key is not None and cache is not None and key in cache.inflight:
                cache.inflight.pop(key).set()

    return wrapped


def cacheable(start: dict[str, Any]) -> bool:
    """A 200 that sets no cookie."""
    return start.get("status") == 200 and not any(k.lower() == b"set-cookie" for k, _ in start.get("headers", []))


@hookimpl
def asgi_wrapper(datasette):  # noqa: ANN001
    immutable = all(db.is_mutable is False for db in datasette.databases.values() if db.name != "_internal")

    def wrap(app: ASGIApp) -> ASGIApp:
        return site_guard(refuse_writes(app), PageCache() if immutable else None)

    return wrap
