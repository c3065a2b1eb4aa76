"""Refuse every write method: the published dataset is read-only.

Datasette 0.65 answers a POST to a table page with an AssertionError (a 500); this wrapper answers
405 before Datasette sees the request. The dataset has no writable canned queries.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

READ_METHODS = {"GET", "HEAD", "OPTIONS"}
ASGIApp = Callable[[dict[str, Any], Any, Any], Awaitable[None]]


def refuse_writes(app: ASGIApp) -> ASGIApp:
    """Wrap an ASGI app so that non-read HTTP methods get 405 Method Not Allowed."""

    async def wrapped(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] in READ_METHODS:
            await app(scope, receive, send)
            return
        body = b'{"ok": false, "error": "This dataset is read-only", "status": 405}'
        await send({"type": "http.response.start", "status": 405,
                    "headers": [(b"content-type", b"application/json"), (b"allow", b"GET, HEAD, OPTIONS"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    return wrapped
