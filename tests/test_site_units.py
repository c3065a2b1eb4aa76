"""The site's plain functions, without a server: reader assembly, query parsing, highlighting, hardening, files."""

from __future__ import annotations

import sqlite3
import time

import pytest

from scodata.search import highlight, parse_query
from scodata.site import cells, hardening, home
from scodata.site import reader as r
from scodata.site.asgi import json_arrays_query
from scodata.site.files import ByteRange, etag_matches, parse_range
from scodata.site.search_page import BadRequest, alias_suggestions, empty_help, page_number

# A refused printf raises inside an SQL function: SQLite reports it and Python prints it as unraisable.
pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")

# ---- reader -------------------------------------------------------------------------------------


def url(table: str, pk: str) -> str:
    return f"/scodata/{table}/{pk}"


def test_marks_never_overlap_and_keep_every_character() -> None:
    text = "印度共和国外交部长苏杰生出席《上合组织宪章》会议"
    offset = 100
    records = [
        r.Record("participant", "pt1", "d:p001", 100, 112, text[:12], "苏杰生", target="pp-1"),
        r.Record("mention", "m1", "d:p001", 100, 105, "印度共和国", "India", target="IND"),
        r.Record("cited_document", "c1", "d:p001", 114, 122, "《上合组织宪章》", "上合组织宪章"),
        r.Record("initiative", "i1", "d:p001", 110, 124, text[10:24], "x"),
        r.Record("mention", "m2", "d:p001", 500, 505, "zzz", "outside"),
    ]
    marks, left = r.choose_marks(records, offset, offset + len(text))
    assert [m.id for m in marks] == ["m1", "c1"] or [m.id for m in sorted(marks, key=lambda m: m.start)] == ["m1", "c1"]
    assert {m.id for m in left} == {"pt1", "i1", "m2"}
    pieces = r.mark_text(text, offset, sorted(marks, key=lambda m: m.start), url)
    assert "".join(p.text for p in pieces) == text
    assert [(p.text, p.href) for p in pieces if p.record] == [("印度共和国", "/scodata/gazetteer/IND"),
                                                              ("《上合组织宪章》", "/scodata/cited_documents/c1")]


def test_phrases_hold_their_names() -> None:
    text = "支持印方关于举办博览会的倡议。"
    records = [r.Record("initiative", "i1", "d:p001", 2, 14, text[2:14], "博览会"),
               r.Record("mention", "m1", "d:p001", 2, 4, "印方", "India", target="IND"),
               r.Record("mention", "m2", "d:p001", 13, 16, "议。x", "crosses the edge")]
    groups, left = r.group_text(text, 0, records, url)
    assert "".join(p.text for g in groups for p in g.pieces) == text
    phrase = next(g for g in groups if g.record)
    assert phrase.record.id == "i1" and phrase.href == "/scodata/initiatives/i1"
    assert [p.text for p in phrase.pieces if p.record] == ["印方"]
    assert [x.id for x in left] == ["m2"]


def test_reader_paragraphs_in_order_with_endorsement() -> None:
    paragraphs = [
        {"paragraph_id": "d:p002", "seq": 2, "section": "body", "text": "相关代表团团长支持。", "start": 10, "end": 20,
         "speaker": "相关代表团团长", "endorsing_states": "[]", "all_members_endorse": 0, "stances": '["支持"]'},
        {"paragraph_id": "d:p001", "seq": 1, "section": "preamble", "text": "会议举行。", "start": 0, "end": 5,
         "speaker": None, "endorsing_states": "[]", "all_members_endorse": None, "stances": "[]"},
    ]
    out = r.reader_paragraphs(paragraphs, [], url)
    assert [p.anchor for p in out] == ["p001", "p002"]
    assert out[1].stances == ["支持"] and out[1].endorsement == "unknown (no named states)"
    assert out[0].endorsement == "" and out[0].pieces[0].text == "会议举行。"


def test_provenance_and_facts() -> None:
    doc = {"source_url": "https://example.org/x", "is_truncated": 1, "truncation_reason": "preview",
           "wire_agency": "新华社", "meeting_date": "2020-11-30", "meeting_end_date": None, "session_number": 19}
    p = r.provenance(doc)
    assert p.truncated and "新华社" in p.summary and "Truncated: preview" in p.summary
    assert ("Session", "19") in r.meeting_facts(doc)


# ---- search parsing and highlighting -----------------------------------------------------------------

@pytest.mark.parametrize(("typed", "expected"), [
    ('"一带一路"', ["一带一路"]), ("“一带一路”", ["一带一路"]), ("「一带一路」", ["一带一路"]), ("『一带一路』", ["一带一路"]),
    ("一帶一路", ["一带一路"]), ("農業", ["农业"]), ("农业、粮食", ["农业", "粮食"]), ("农业，粮食", ["农业", "粮食"]),
    ("农业,粮食", ["农业", "粮食"]), ("農業　糧食", ["农业", "粮食"]), ("ＳＣＯ", ["SCO"]), ("，", []), ("", []),
    ('"belt and road"', ["belt and road"]),
])
def test_parse_query(typed: str, expected: list[str]) -> None:
    assert parse_query(typed).texts == expected


def test_parse_query_kinds() -> None:
    parsed = parse_query("上合組織 Cooperation сотрудничеств*")
    kinds = {t.text: (t.words, t.prefix) for t in parsed.terms}
    assert kinds == {"上合组织": (False, False), "Cooperation": (True, False), "сотрудничеств": (True, True)}
    assert parsed.converted
    assert parse_query("（总理）").terms[0].forms == ("(总理)", "（总理）")


def test_highlight_is_linear() -> None:
    text = "上合组织农业合作，" * 2000  # 18,000 characters
    words = parse_query("农业 合作 上合组织 粮食 agriculture").terms
    start = time.perf_counter()
    pieces = highlight(text, words)
    assert time.perf_counter() - start < 0.2
    assert "".join(p for p, _ in pieces) == text and sum(hit for _, hit in pieces) == 6000
    assert [p for p, hit in highlight("The Belt and Road; COOPERATION", parse_query("cooperation").terms) if hit] == \
        ["COOPERATION"]


def test_aliases_and_empty_help() -> None:
    gazetteer = [{"entity_id": "SCO", "name_en": "Shanghai Cooperation Organisation", "name_zh_long": "上海合作组织",
                  "name_zh_short": "上合组织", "aliases": ["上合"]},
                 {"entity_id": "IND", "name_en": "India", "name_zh_long": "印度共和国", "name_zh_short": "印度",
                  "aliases": []}]
    offered = [a["query"] for a in alias_suggestions(parse_query("上合组织 农业"), gazetteer)]
    assert "上海合作组织 农业" in offered
    assert "印度" in [a["query"] for a in alias_suggestions(parse_query("india"), gazetteer)]
    from scodata.search import SearchFilters

    hint = empty_help(parse_query("agriculture"), SearchFilters(), {"zh-Hans": 3})
    assert "Chinese" in hint[0]


def test_page_numbers() -> None:
    assert page_number(None) == 1 and page_number("3") == 3
    for bad in ("922337203685477580", "0", "-1", "x"):
        with pytest.raises(BadRequest):
            page_number(bad)


# ---- hardening -------------------------------------------------------------------------------------

def test_hardened_connection_refuses_blow_ups_fast() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE documents (raw_text TEXT, clean_text TEXT)")
    hardening.harden(conn)
    for sql in ("SELECT randomblob(1000000000)", "SELECT printf('%.*c', 1e9, 'x')", "SELECT zeroblob(1e9)",
                "SELECT format('%2000000000d', 1)",
                "WITH RECURSIVE r(s) AS (SELECT 'x' UNION ALL SELECT s || s FROM r) SELECT length(s) FROM r"):
        start = time.perf_counter()
        with pytest.raises(sqlite3.Error):
            conn.execute(sql).fetchall()
        assert time.perf_counter() - start < 0.5, sql
    start = time.perf_counter()
    conn.execute("SELECT instr(hex(randomblob(400000)), hex(randomblob(200000)) || 'x'),"
                 " trim(hex(randomblob(400000)), hex(randomblob(400000)))").fetchall()
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize("sql", [
    "SELECT instr('abcabc', 'ca'), instr('abc', ''), instr(NULL, 'a'), instr(x'010203', x'03'), instr(12345, 34)",
    "SELECT replace('aXbX', 'X', '--'), replace('abc', '', 'z'), replace(NULL, 'a', 'b'), replace(12121, 1, 3)",
    "SELECT trim('  a  '), ltrim('xxaxx', 'x'), rtrim('xxaxx', 'x'), trim('abcba', 'ab'), trim(NULL)",
    "SELECT printf('%d items, %s %5.2f %%', 3, 'x', 2.5), printf('%.*c', 5, 'y'), format('%-8s|', 'ab')",
])
def test_replacements_agree_with_sqlite(sql: str) -> None:
    plain = sqlite3.connect(":memory:")
    hard = sqlite3.connect(":memory:")
    hard.execute("CREATE TABLE documents (raw_text TEXT, clean_text TEXT)")
    hardening.harden(hard)
    assert hard.execute(sql).fetchall() == plain.execute(sql).fetchall()


# ---- files, cells, home ----------------------------------------------------------------------------

def test_ranges_and_etags() -> None:
    assert parse_range(None, 100) is None
    assert parse_range("bytes=0-9", 100) == ByteRange(0, 9)
    assert parse_range("bytes=90-", 100) == ByteRange(90, 99)
    assert parse_range("bytes=-10", 100) == ByteRange(90, 99)
    assert parse_range("bytes=0-1000", 100) == ByteRange(0, 99)
    assert parse_range("bytes=200-300", 100) == "unsatisfiable"
    assert parse_range("bytes=0-1,5-6", 100) is None and parse_range("items=1-2", 100) is None
    assert etag_matches('"abc", "def"', '"def"') and etag_matches("*", '"x"') and not etag_matches('"a"', '"b"')


def test_cells() -> None:
    links = cells.Links(lambda t, pk: f"/scodata/{t}/{pk}", lambda d: f"/-/read/{d}")
    states = cells.render("paragraphs", "endorsing_states", '["CHN", "IND"]', links)
    assert 'href="/scodata/gazetteer/IND"' in states and "scodata-label" in states
    assert "–" in cells.render("paragraphs", "stances", "[]", links)
    assert cells.render("documents", "is_truncated", 1, links) == "yes"
    assert cells.render("paragraphs", "all_members_endorse", 0, links) == "no"
    para = cells.render("participants", "paragraph_id", {"value": "d:p003", "label": "3"}, links)
    assert 'href="/-/read/d#p003"' in para
    assert 'href="/-/read/d"' in cells.render("mentions", "doc_id", "d", links)


def test_json_arrays_in_the_json_api() -> None:
    query = json_arrays_query("/scodata/paragraphs.json", b"_shape=array").decode()
    assert "_json=endorsing_states" in query and "_json=stances" in query
    assert json_arrays_query("/scodata/paragraphs.json", b"_json=text") == b"_json=text"
    assert json_arrays_query("/scodata/paragraphs", b"a=1") == b"a=1"


def test_home_coverage_from_rows() -> None:
    docs = [{"doc_id": "b", "meeting_date": "2020-11-30", "language": "zh-Hans", "is_truncated": 1,
             "source_url": "https://www.example.org/r?id=1", "doc_type": "joint_communique"},
            {"doc_id": "a", "meeting_date": None, "language": "en", "is_truncated": 0, "source_url": None,
             "wire_agency": "新华社"}]
    c = home.coverage(docs)
    assert (c.documents, c.first_date, c.last_date, c.undated, c.complete) == (2, "2020-11-30", "2020-11-30", 1, 1)
    assert dict(c.sources) == {"www.example.org": 1, "新华社": 1} and c.truncated[0]["doc_id"] == "b"


def test_page_cache_keys_and_bounds() -> None:
    from scodata.site.asgi import PageCache, cache_key

    scope = {"type": "http", "method": "GET", "path": "/scodata/paragraphs", "raw_path": b"/scodata/paragraphs",
             "query_string": b"_search=x", "headers": [(b"host", b"a.example")]}
    other_host = {**scope, "headers": [(b"host", b"b.example")]}
    assert cache_key(scope) and cache_key(scope) != cache_key(other_host)
    assert cache_key({**scope, "headers": [(b"cookie", b"x=1")]}) is None
    assert cache_key({**scope, "path": "/-/parquet/paragraphs.parquet"}) is None
    assert cache_key({**scope, "method": "POST"}) is None
    cache = PageCache(max_bytes=10, max_page=8)
    cache.put(b"a", {"status": 200}, b"12345")
    cache.put(b"b", {"status": 200}, b"123456")  # over max_bytes together: the oldest goes
    cache.put(b"c", {"status": 200}, b"123456789")  # over max_page: never kept
    assert cache.get(b"a") is None and cache.get(b"b") is not None and cache.get(b"c") is None


def test_serve_settings_are_typed() -> None:
    from scodata.site.serve import typed_settings

    assert typed_settings([["suggest_facets", "off"], ["sql_time_limit_ms", "1000"]]) == {
        "suggest_facets": False, "sql_time_limit_ms": 1000}
    with pytest.raises(SystemExit):
        typed_settings([["no_such_setting", "1"]])


def test_results_are_capped_in_bytes() -> None:
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    conn.execute("CREATE TABLE documents (raw_text TEXT, clean_text TEXT)")
    hardening.harden(conn)
    hardening.limit_results(conn, limit=1000)  # a smaller cap on top, to test it cheaply
    rows = conn.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 9) "
                        "SELECT x, printf('%.*c', 100, 'y') AS s FROM c").fetchall()
    assert len(rows) == 9 and rows[0]["s"] == "y" * 100  # 900 bytes: kept, rows still sqlite3.Row
    with pytest.raises(sqlite3.DataError):
        conn.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 20) "
                     "SELECT printf('%.*c', 100, 'y') FROM c").fetchall()
    assert len(conn.execute("SELECT printf('%.*c', 500, 'z')").fetchall()) == 1  # a new statement starts at 0


# ---- serving ------------------------------------------------------------------------------------


def test_a_busy_worker_closes_connections_and_an_idle_one_keeps_them() -> None:
    import asyncio

    from scodata.site.serve import SpreadConnections

    async def scenario(n: int) -> list[bool]:
        release, closed = asyncio.Event(), []

        async def app(scope: dict, receive: object, send: object) -> None:
            await release.wait()
            await send({"type": "http.response.start", "status": 200, "headers": []})

        spread = SpreadConnections(app)

        async def one() -> None:
            async def send(message: dict) -> None:
                closed.append((b"connection", b"close") in message["headers"])
            await spread({"type": "http"}, None, send)

        tasks = [asyncio.create_task(one()) for _ in range(n)]
        await asyncio.sleep(0)
        release.set()
        await asyncio.wait_for(asyncio.gather(*tasks), timeout=5)
        assert spread.in_progress == 0
        return closed

    assert asyncio.run(scenario(1)) == [False]
    many = asyncio.run(scenario(SpreadConnections.BUSY + 3))
    assert many.count(True) == 3 and many[-SpreadConnections.BUSY:] == [False] * SpreadConnections.BUSY


def test_catalogue_queries_are_asked_once(tmp_path) -> None:
    import asyncio

    from datasette.app import Datasette

    from scodata.site.serve import remember_catalogue_queries

    path = tmp_path / "x.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table t (a)")
    db = Datasette(immutables=[str(path)]).databases["x"]
    remember_catalogue_queries(db)
    lookup = "select name from sqlite_master where type in ('table', 'view') and name = ? collate nocase"

    async def run() -> None:
        first, again = await db.execute(lookup, ("T",)), await db.execute(lookup, ("T",))
        assert first.rows[0][0] == "t" and again is first
        assert (await db.execute("select count(*) from t")) is not (await db.execute("select count(*) from t"))

    asyncio.run(run())
