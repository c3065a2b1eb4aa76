"""Reading files and fetching URLs from a real local HTTP server; decoding encodings."""

from __future__ import annotations

import opencc
import pytest

from scodata.errors import FetchError, InputError
from scodata.ingest import decode_bytes, fetch_url, read_file, store_raw
from tests.conftest import FIXTURES

TEXT = (FIXTURES / "communique_2023_hog.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(("encoding", "expected"), [("utf-8", "utf-8"), ("gbk", "gb18030"), ("gb18030", "gb18030")])
def test_decode_simplified(encoding: str, expected: str) -> None:
    decoded = decode_bytes(TEXT.encode(encoding))
    assert decoded.text == TEXT and decoded.encoding == expected


def test_decode_big5_traditional() -> None:
    traditional = opencc.OpenCC("s2t").convert(TEXT)
    decoded = decode_bytes(traditional.encode("big5", errors="ignore"), "text/plain; charset=big5")
    assert decoded.encoding == "big5" and "上海合作組織" in decoded.text


def test_binary_and_mixed_bytes_are_refused() -> None:
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError, match="undecodable"):
        decode_bytes("联合公报".encode() + b"\xff\xfe\xfa" + "公報".encode("big5"))


def test_read_file_errors(tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    with pytest.raises(InputError, match="empty"):
        read_file(empty)
    with pytest.raises(InputError, match="no such file"):
        read_file(tmp_path / "missing.txt")
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    with pytest.raises(InputError, match="limit"):
        read_file(big, max_bytes=1024)


def test_raw_bytes_are_kept_by_hash(tmp_path) -> None:
    source = read_file(FIXTURES / "communique_2023_hog.txt")
    digest = store_raw(source, tmp_path)
    assert (tmp_path / digest).read_bytes() == source.data
    assert store_raw(source, tmp_path) == digest


def test_fetch_html_page(http_server) -> None:
    url = http_server.add("/news/a.html", b"<html><body><p>x</p></body></html>",
                          headers={"Content-Type": "text/html; charset=utf-8", "ETag": '"v1"'})
    source = fetch_url(url)
    assert source is not None
    assert source.http_status == 200 and source.final_url == url and source.etag == '"v1"'
    assert source.content_type.startswith("text/html") and source.retrieved_at
    assert fetch_url(url, etag='"v1"') is None  # conditional request: 304


def test_fetch_errors(http_server) -> None:
    with pytest.raises(FetchError, match="HTTP 404") as missing:
        fetch_url(http_server.base + "/missing")
    assert not missing.value.retryable
    url = http_server.add("/flaky", b"", status=500)
    with pytest.raises(FetchError, match="HTTP 500") as failed:
        fetch_url(url)
    assert failed.value.retryable
    big = http_server.add("/big", b"x" * 5000)
    with pytest.raises(FetchError, match="limit"):
        fetch_url(big, max_bytes=1000)
    slow = http_server.add("/slow", b"late", delay=2)
    with pytest.raises(FetchError, match="timed out") as timed_out:
        fetch_url(slow, timeout=0.5)
    assert timed_out.value.retryable
    with pytest.raises(FetchError, match="only http"):
        fetch_url("ftp://127.0.0.1/file.txt")


def test_fetch_follows_redirects(http_server) -> None:
    target = http_server.add("/final.txt", TEXT.encode(), headers={"Content-Type": "text/plain; charset=utf-8"})
    start = http_server.add("/old", b"", status=301, headers={"Location": target})
    source = fetch_url(start)
    assert source is not None and source.final_url == target and source.uri == start
