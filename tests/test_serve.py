"""The real Datasette, serving the published dataset read-only on loopback."""

from __future__ import annotations

import re
import threading
import time

import httpx
import pytest

from scodata.release.datapackage import PARQUET_MEDIATYPE


def test_tables_are_served(datasette_server) -> None:
    base = datasette_server.url
    rows = httpx.get(f"{base}/scodata/paragraphs.json?_shape=array&_size=max", timeout=10).json()
    assert len(rows) == 45
    docs = httpx.get(f"{base}/scodata/documents.json?_shape=array", timeout=10).json()
    assert docs[0]["doc_id"] == "sco-hog-2020-11-30-joint-communique"
    tables = {t["name"] for t in httpx.get(f"{base}/scodata.json", timeout=10).json()["tables"]}
    assert {"documents", "paragraphs", "cleaning_log", "sources"} <= tables


def test_metadata_from_schemas(datasette_server) -> None:
    meta = httpx.get(f"{datasette_server.url}/-/metadata.json", timeout=10).json()
    assert meta["license"] == "CC-BY-4.0" and meta["title"].startswith("scodata")
    table = meta["databases"]["scodata"]["tables"]["paragraphs"]
    assert table["columns"]["speaker"] and table["description"]
    home = httpx.get(datasette_server.url + "/", timeout=10).text
    assert "CC-BY-4.0" in home


def test_writes_are_refused(datasette_server) -> None:
    base = datasette_server.url
    for sql in ("insert into documents (doc_id) values ('x')", "delete from paragraphs", "drop table sources"):
        response = httpx.get(f"{base}/scodata.json", params={"sql": sql}, timeout=10)
        assert response.status_code == 400, sql
    post = httpx.post(f"{base}/scodata/paragraphs", data={"text": "x"}, timeout=10)
    assert post.status_code == 405
    assert httpx.delete(f"{base}/scodata/documents", timeout=10).status_code == 405
    count = httpx.get(f"{base}/scodata.json", params={"sql": "select count(*) n from paragraphs", "_shape": "array"},
                      timeout=10).json()
    assert count == [{"n": 45}]


def test_parquet_download(datasette_server) -> None:
    response = httpx.get(f"{datasette_server.url}/-/parquet/paragraphs.parquet", timeout=10)
    assert response.status_code == 200
    assert response.headers["content-type"] == PARQUET_MEDIATYPE
    assert response.content[:4] == b"PAR1"
    assert httpx.get(f"{datasette_server.url}/-/parquet/nope.parquet", timeout=10).status_code == 404


def test_extraction_tables_facets_and_links(datasette_server) -> None:
    base = datasette_server.url
    data = httpx.get(f"{base}/scodata/participants.json", params={"_facet": "role", "_size": "max"}, timeout=10).json()
    roles = {f["value"]: f["count"] for f in data["facet_results"]["role"]["results"]}
    assert roles == {"member_state": 8, "sco_body": 4, "observer_state": 4, "guest": 1}
    stances = httpx.get(f"{base}/scodata/paragraphs.json", params={"_facet_array": "stances"}, timeout=10).json()
    values = {f["value"] for f in stances["facet_results"]["stances"]["results"]}
    assert {"强调", "支持", "注意到"} <= values
    filtered = httpx.get(f"{base}/scodata/paragraphs.json",
                         params={"endorsing_states__arraycontains": "IND", "_shape": "array", "_size": "max"},
                         timeout=10).json()
    assert all("IND" in p["endorsing_states"] for p in filtered) and 0 < len(filtered) < 45
    html = httpx.get(f"{base}/scodata/participants", timeout=10).text
    assert 'href="/scodata/paragraphs/sco-hog-2020-11-30-joint-communique~3Ap001"' in html
    assert 'href="/scodata/documents/sco-hog-2020-11-30-joint-communique"' in html
    assert 'href="/scodata/people/pp-' in html and 'href="/scodata/gazetteer/IND"' in html
    meta = httpx.get(f"{base}/-/metadata.json", timeout=10).json()["databases"]["scodata"]["tables"]
    assert meta["participants"]["columns"]["title"]


def test_home_page_has_dataset_jsonld(datasette_server) -> None:
    import json
    import re

    html = httpx.get(datasette_server.url + "/", timeout=10).text
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert block, "no JSON-LD on the home page"
    data = json.loads(block.group(1))
    assert data["@type"] == "Dataset" and data["license"].startswith("https://creativecommons.org/")
    urls = {d["contentUrl"] for d in data["distribution"]}
    assert f"{datasette_server.url}/-/parquet/paragraphs.parquet" in urls
    assert httpx.get(f"{datasette_server.url}/-/parquet/paragraphs.parquet", timeout=10).status_code == 200


# ---- issue 13: files, hostile requests, headers, reader, home ------------------------------------------

SEED_DOC = "sco-hog-2020-11-30-joint-communique"
HOSTILE = [
    ("/scodata.json", {"sql": "select randomblob(1000000000)"}),
    ("/scodata.json", {"sql": "select printf('%.*c', 1e9, 'x')"}),
    ("/scodata.json", {"sql": "select length(zeroblob(1e9))"}),
    ("/scodata.json", {"sql": "select format('%2000000000d', 1)"}),
    ("/scodata.json", {"sql": "with recursive r(s) as (select 'x' union all select s || s from r) select length(s) from r"}),
    ("/scodata.json", {"sql": "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c"}),
    ("/scodata.json", {"sql": "select count(*) from paragraphs a, paragraphs b, paragraphs c, paragraphs d, paragraphs e"}),
    ("/scodata.json", {"sql": "select length(group_concat(a.text || b.text)) from paragraphs a, paragraphs b"}),
    ("/scodata.json", {"sql": "select hex(zeroblob(500000)) from paragraphs a, paragraphs b limit 1000"}),
    ("/-/parquet/" + "a" * 300 + ".parquet", {}),
    ("/-/search", {"q": "农业", "page": "922337203685477580"}),
    ("/scodata/paragraphs", {"_sort": "no_such_column"}),
    ("/scodata/paragraphs", {"_sort_desc": "no_such_column"}),
    ("/scodata/paragraphs", {"seq__gt": "99999999999999999999999"}),
    ("/-/threads", {}),
    ("/-/actor.json", {}),
    ("/-/databases.json", {}),
]
WEBSOCKET = {"Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
             "Sec-WebSocket-Version": "13"}


@pytest.mark.parametrize(("path", "params"), HOSTILE, ids=[f"{p}?{q}"[:60] for p, q in HOSTILE])
def test_hostile_requests_answer_4xx(datasette_server, path: str, params: dict) -> None:
    """Each is refused by a limit (time, size, path), never a 5xx; `benchmarks/site_load.py --hostile` times them."""
    response = httpx.get(datasette_server.url + path, params=params, timeout=10)
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:300])
    assert str(datasette_server.output) not in response.text and "/tmp/" not in response.text  # no absolute paths


def test_websocket_upgrade_is_refused(datasette_server) -> None:
    response = httpx.get(datasette_server.url + "/", headers=WEBSOCKET, timeout=10)
    assert 400 <= response.status_code < 500


@pytest.mark.slow
def test_server_keeps_answering_during_hostile_requests(datasette_server) -> None:
    """Three slow or huge statements at once, while another client pings: every ping is answered, and some
    while the statements still run (a server that queued pings behind them would answer none before they end).
    Latency is a figure of `benchmarks/site_load.py --hostile`, not a threshold here."""
    base = datasette_server.url
    hostile = [HOSTILE[1], HOSTILE[5], HOSTILE[6]]
    results: list[int] = []

    def attack(path: str, params: dict) -> None:
        results.append(httpx.get(base + path, params=params, timeout=10).status_code)

    threads = [threading.Thread(target=attack, args=h) for h in hostile]
    for t in threads:
        t.start()
    pings: list[tuple[bool, bool]] = []  # (answered 200, attacks still running when it was answered)
    for _ in range(200):  # bounded: stops once the attacks have ended
        running = any(t.is_alive() for t in threads)
        ok = httpx.get(base + "/-/versions.json", timeout=10).status_code == 200
        pings.append((ok, running and any(t.is_alive() for t in threads)))
        if not running:
            break
        time.sleep(0.02)
    for t in threads:
        t.join(timeout=10)
    assert all(400 <= s < 500 for s in results) and len(results) == 3
    assert pings and all(ok for ok, _ in pings), pings
    assert any(during for _, during in pings), pings


def test_security_headers(datasette_server) -> None:
    for path in ("/", "/scodata/paragraphs", f"/-/read/{SEED_DOC}", "/-/parquet/paragraphs.parquet"):
        headers = httpx.get(datasette_server.url + path, timeout=10).headers
        assert headers["x-content-type-options"] == "nosniff", path
        assert "frame-ancestors 'none'" in headers["content-security-policy"], path
        assert headers["referrer-policy"], path


def test_parquet_is_streamed_with_ranges_and_etags(datasette_server) -> None:
    url = f"{datasette_server.url}/-/parquet/paragraphs.parquet"
    whole = httpx.get(url, timeout=10)
    assert whole.status_code == 200 and whole.headers["accept-ranges"] == "bytes"
    assert whole.headers["cache-control"] and whole.headers["etag"]
    part = httpx.get(url, headers={"Range": "bytes=0-3"}, timeout=10)
    assert part.status_code == 206 and part.content == b"PAR1"
    assert part.headers["content-range"] == f"bytes 0-3/{len(whole.content)}"
    tail = httpx.get(url, headers={"Range": "bytes=-4"}, timeout=10)
    assert tail.status_code == 206 and tail.content == b"PAR1"
    assert httpx.get(url, headers={"If-None-Match": whole.headers["etag"]}, timeout=10).status_code == 304
    assert httpx.get(url, headers={"Range": f"bytes={len(whole.content) + 10}-"}, timeout=10).status_code == 416


def test_sqlite_file_and_data_package_paths_resolve(datasette_server) -> None:
    from urllib.parse import urljoin

    base = datasette_server.url
    db = httpx.get(base + "/scodata.db", headers={"Range": "bytes=0-15"}, timeout=10)
    assert db.status_code == 206 and db.content == b"SQLite format 3\x00"
    assert db.headers["content-type"] == "application/vnd.sqlite3"
    descriptor = base + "/-/datapackage.json"
    package = httpx.get(descriptor, timeout=10).json()
    for resource in package["resources"]:
        target = urljoin(descriptor, resource["path"])
        head = httpx.get(target, headers={"Range": "bytes=0-0"}, timeout=10)
        assert head.status_code == 206, target
        assert int(head.headers["content-range"].split("/")[1]) == resource["bytes"], target


def test_csv_with_bom_and_json_arrays(datasette_server) -> None:
    base = datasette_server.url
    csv = httpx.get(f"{base}/scodata/paragraphs.csv", params={"_bom": "1", "_dl": "1", "_size": "3"}, timeout=10)
    assert csv.status_code == 200 and csv.content.startswith(b"\xef\xbb\xbfparagraph_id,")
    plain = httpx.get(f"{base}/scodata/paragraphs.csv", params={"_size": "3"}, timeout=10)
    assert plain.content.startswith(b"paragraph_id,")
    rows = httpx.get(f"{base}/scodata/paragraphs.json", params={"_shape": "array", "_size": "5"}, timeout=10).json()
    assert all(isinstance(r["stances"], list) and isinstance(r["endorsing_states"], list) for r in rows)
    row = httpx.get(f"{base}/scodata/gazetteer/IND.json", params={"_shape": "array"}, timeout=10).json()
    assert isinstance(row[0]["aliases"], list)


def test_reader_page(datasette_server) -> None:
    base = datasette_server.url
    page = httpx.get(f"{base}/-/read/{SEED_DOC}", timeout=10)
    assert page.status_code == 200
    html = page.text
    anchors = re.findall(r'<li class="reader-p [a-z]+" id="(p\d+)"', html)
    assert anchors == [f"p{i:03d}" for i in range(1, 46)]
    assert 'href="/scodata/gazetteer/IND"' in html and 'class="ent ent-cited_document"' in html
    assert "Truncated" in html and '<article class="reader" lang="zh-Hans">' in html
    assert "Cleaning edits" in html
    assert httpx.get(f"{base}/-/read/no-such-document", timeout=10).status_code == 404
    assert SEED_DOC in httpx.get(f"{base}/-/read", timeout=10).text
    record = httpx.get(f"{base}/scodata/paragraphs/{SEED_DOC}~3Ap005", timeout=10).text
    assert f'href="/-/read/{SEED_DOC}#p005"' in record
    assert f'href="/-/read/{SEED_DOC}"' in httpx.get(f"{base}/scodata/documents/{SEED_DOC}", timeout=10).text


def test_home_page_tells_what_is_covered(datasette_server) -> None:
    html = httpx.get(datasette_server.url + "/", timeout=10).text
    assert 'id="coverage"' in html and "truncated" in html and "2020-11-30" in html
    assert "How to cite" in html and "scodata contributors" in html
    assert "yunbaogao.cn" in html  # where the one seed text came from
    for link in ("/-/read", "/-/search", "/-/downloads", "/-/charts"):
        assert f'href="{link}"' in html
    assert '<html lang="en">' in html


def test_tables_read_well(datasette_server) -> None:
    html = httpx.get(f"{datasette_server.url}/scodata/paragraphs", timeout=10).text
    assert 'class="scodata-label"' in html and "What the columns mean" in html
    assert f'href="/-/read/{SEED_DOC}"' in html  # every doc_id links to the reader
    order = re.findall(r"<dt>([a-z_]+)</dt>", html.split('class="scodata-columns"')[1])
    assert order[:4] == ["paragraph_id", "doc_id", "seq", "section"]  # column order, not alphabetical
    assert "Cite as" in html and "CC-BY-4.0" in html
