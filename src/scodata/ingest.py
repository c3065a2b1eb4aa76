"""Read sources: local files and http(s) URLs, kept as raw bytes and decoded to text.

Fetching (I/O, retried by the flow) is split from decoding and HTML reduction (pure).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from . import __version__
from .errors import FetchError, InputError
from .fsutil import atomic_write
from .model import RawSource

MAX_BYTES = 20 * 1024 * 1024
USER_AGENT = f"scodata/{__version__} (+https://github.com/scodata/scodata; open-data research crawler)"
TIMEOUT = 20.0  # seconds per fetch; connecting may take at most CONNECT_TIMEOUT of them
CONNECT_TIMEOUT = 10.0
_CJK = re.compile(r"[\u3400-\u9fff]")


def is_url(ref: str) -> bool:
    """True for http(s) URLs; other schemes are refused by read_source."""
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", ref))


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> RawSource:
    """Read a local file, refusing missing, oversized and empty files (one stat, one open)."""
    try:
        with os.fdopen(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as fh:  # a FIFO must not block
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise InputError(f"{path}: is a directory, not a file" if stat.S_ISDIR(info.st_mode)
                                 else f"{path}: not a regular file")
            if info.st_size > max_bytes:
                raise InputError(f"{path}: {info.st_size} bytes is over the {max_bytes}-byte limit")
            data = fh.read()
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise InputError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path}: is a directory, not a file") from exc
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    return RawSource(data=data, kind="file", uri=str(path))


def fetch_url(
    url: str,
    *,
    max_bytes: int = MAX_BYTES,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = TIMEOUT,
) -> RawSource | None:
    """GET an http(s) URL with a size cap; None when a conditional request says 304 Not Modified.

    Raises FetchError with retryable=True on 5xx, timeouts and connection errors, False on 4xx.
    """
    import httpx  # imported here: reading local files does not need it

    if urlparse(url).scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https URLs are fetched")
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        with (
            httpx.Client(follow_redirects=True, timeout=httpx.Timeout(timeout, connect=min(timeout, CONNECT_TIMEOUT)), headers=headers, max_redirects=5) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code == 304:
                return None
            if response.status_code >= 400:
                retryable = response.status_code >= 500 or response.status_code == 429
                raise FetchError(f"{url}: HTTP {response.status_code}", retryable=retryable)
            declared = int(response.headers.get("content-length") or 0)
            if declared > max_bytes:
                raise FetchError(f"{url}: body of {declared} bytes is over the {max_bytes}-byte limit")
            chunks, total = [], 0
            for chunk in response.iter_bytes():
                total += len(chunk)
                if total > max_bytes:
                    raise FetchError(f"{url}: body is over the {max_bytes}-byte limit")
                chunks.append(chunk)
            data = b"".join(chunks)
            final_url, status = str(response.url), response.status_code
            content_type = response.headers.get("content-type")
            new_etag, new_lm = response.headers.get("etag"), response.headers.get("last-modified")
    except httpx.TimeoutException as exc:
        raise FetchError(f"{url}: timed out ({type(exc).__name__})", retryable=True) from exc
    except httpx.TransportError as exc:
        raise FetchError(f"{url}: {type(exc).__name__}: {exc}", retryable=True) from exc
    if not data.strip():
        raise FetchError(f"{url}: empty body")
    return RawSource(
        data=data,
        kind="url",
        uri=url,
        final_url=final_url,
        http_status=status,
        retrieved_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        content_type=content_type,
        etag=new_etag,
        last_modified=new_lm,
    )


def store_raw(source: RawSource, raw_dir: Path) -> str:
    """Keep the bytes content-addressed under raw_dir; return the sha256."""
    digest = source.sha256
    target = raw_dir / digest
    if not target.exists():
        atomic_write(target, source.data)
    return digest


@dataclass(frozen=True)
class Decoded:
    """Text decoded from raw bytes and the encoding it was read with."""

    text: str
    encoding: str


_ENCODING_NAMES = {"utf_8": "utf-8", "gb18030": "gb18030", "gbk": "gb18030", "gb2312": "gb18030",
                   "big5": "big5", "big5hkscs": "big5", "cp950": "big5", "utf_16": "utf-16"}


def _declared_charset(data: bytes, content_type: str | None) -> str | None:
    m = re.search(r"charset=[\"']?([\w-]+)", content_type or "", re.I)
    if not m:
        m = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.I)
        return m.group(1).decode("ascii").lower() if m else None
    return m.group(1).lower()


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes, content_type: str | None = None) -> Decoded:
    """Decode UTF-8, GB18030/GBK or Big5 bytes, refusing binary data and mixed encodings."""
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("binary data (NUL bytes), not a text document")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    text = _try(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8")
    declared = _declared_charset(data, content_type)
    candidates = [declared] if declared else []
    from charset_normalizer import from_bytes  # imported here: UTF-8 needs no detection

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16"]).best()
    if best is not None:
        candidates.append(best.encoding)
    candidates += ["gb18030", "big5"]
    for name in candidates:
        norm = _ENCODING_NAMES.get(name.replace("-", "_").lower(), name) if name else None
        decoded = _try(data, norm) if norm else None
        if decoded is not None and _CJK.search(decoded):
            return Decoded(decoded, norm)
    # Russian single-byte encodings: the reading in which lower-case Cyrillic letters dominate (most letters of a
    # Russian text are lower case; cp1251 and KOI8-R swap the two cases)
    readings = [(name, d) for name in ("cp1251", "koi8_r") if (d := _try(data, name)) is not None]
    scored = [(len(re.findall("[а-яё]", d)), name, d) for name, d in readings
              if re.search(r"[а-яё]{3,} [а-яё]{3,}", d)]  # words of lower-case letters separated by spaces
    if scored and max(scored)[0] >= len(re.sub(r"\s", "", max(scored)[2])) / 2:
        _, name, decoded = max(scored)
        return Decoded(decoded, name)
    raise InputError("undecodable bytes: not valid UTF-8, GB18030, Big5, Windows-1251 or KOI8-R (mixed or unknown encoding)")
