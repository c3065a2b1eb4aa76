"""The real Datasette, serving the published dataset read-only on loopback."""

from __future__ import annotations

import httpx

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
