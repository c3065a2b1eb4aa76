"""Files served as they are on disk: streamed in chunks, with Range (206), ETag, Cache-Control and 304."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CHUNK = 256 * 1024
CACHE_CONTROL = "public, max-age=600"
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


@dataclass(frozen=True)
class ByteRange:
    """An inclusive byte range [start, end] of a file of `size` bytes."""

    start: int
    end: int


def parse_range(header: str | None, size: int) -> ByteRange | None | str:
    """The single range asked for; None for the whole file; "unsatisfiable" for a range past the end.

    Several ranges (``bytes=0-1,5-6``) or a malformed header get the whole file, as RFC 9110 allows.
    """
    if not header:
        return None
    match = _RANGE.match(header.strip())
    if not match or match.group(1) == match.group(2) == "":
        return None
    first, last = match.group(1), match.group(2)
    if first == "":  # the last n bytes
        n = int(last)
        if n == 0:
            return "unsatisfiable"
        return ByteRange(max(0, size - n), size - 1) if size else "unsatisfiable"
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or end < start:
        return "unsatisfiable"
    return ByteRange(start, end)


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """Whether an If-None-Match header names this ETag (weak comparison, as for GET)."""
    if not if_none_match:
        return False
    tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
    return "*" in tags or etag.removeprefix("W/") in tags


class FileResponse:
    """An ASGI response that streams a file (Datasette calls asgi_send on what a route returns)."""

    def __init__(self, path: Path, content_type: str, etag: str, request_headers: dict[str, str],
                 filename: str | None = None, method: str = "GET") -> None:
        self.path, self.content_type, self.etag = path, content_type, etag
        self.headers = {k.lower(): v for k, v in request_headers.items()}
        self.filename, self.method = filename, method

    def _base_headers(self) -> list[tuple[bytes, bytes]]:
        headers = [(b"etag", self.etag.encode()), (b"cache-control", CACHE_CONTROL.encode()),
                   (b"accept-ranges", b"bytes")]
        if self.filename:
            headers.append((b"content-disposition", f'attachment; filename="{self.filename}"'.encode()))
        return headers

    async def asgi_send(self, send: Any) -> None:  # noqa: ANN401 (ASGI send)
        size = self.path.stat().st_size
        headers = self._base_headers()
        if etag_matches(self.headers.get("if-none-match"), self.etag):
            await send({"type": "http.response.start", "status": 304, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return
        wanted = parse_range(self.headers.get("range"), size)
        if_range = self.headers.get("if-range")
        if if_range and if_range != self.etag:
            wanted = None
        if wanted == "unsatisfiable":
            headers += [(b"content-range", f"bytes */{size}".encode()), (b"content-length", b"0")]
            await send({"type": "http.response.start", "status": 416, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return
        status, start, end = 200, 0, size - 1
        if isinstance(wanted, ByteRange):
            status, start, end = 206, wanted.start, wanted.end
            headers.append((b"content-range", f"bytes {start}-{end}/{size}".encode()))
        length = max(0, end - start + 1)
        headers += [(b"content-type", self.content_type.encode()), (b"content-length", str(length).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        if self.method == "HEAD" or length == 0:
            await send({"type": "http.response.body", "body": b""})
            return
        with self.path.open("rb") as fh:
            fh.seek(start)
            left = length
            while left > 0:
                chunk = await asyncio.to_thread(fh.read, min(CHUNK, left))
                if not chunk:
                    break
                left -= len(chunk)
                await send({"type": "http.response.body", "body": chunk, "more_body": left > 0})
            if left > 0:
                await send({"type": "http.response.body", "body": b""})
