"""Search is exact for any query length: checked against a brute-force scan of every paragraph."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import httpx
import pytest

from scodata.build import build_dataset
from scodata.search import RANK_LIMIT, SearchFilters, build_search_index, parse_query, search
from scodata.sources import SourceSpec
from tests.conftest import FIXTURES, SEED

QUERIES = [
    "农", "业", "团", "的", "〇", "5",  # one character
    "农业", "疫情", "宪章", "合作", "上合", "主义", "印方", "20",  # two
    "上合组织", "新冠肺炎", "一带一路", "2020年", "世界贸易组织", "各代表团团长强调",  # longer
    "农业 合作", "疫情 卫生 合作", "上合 印度", "团长 强调 农业",  # several terms (AND)
    "“一带一路”", "《上合组织", "火星", "农业 火星", "Z", "，",  # quotes, brackets, no hits, punctuation
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    out = tmp_path_factory.mktemp("search") / "out"
    specs = [SourceSpec(str(SEED)), SourceSpec(str(FIXTURES / "communique_2023_hog.txt"))]
    specs += [SourceSpec(str(p)) for p in sorted((FIXTURES / "unseen").glob("*.txt"))]
    specs += [SourceSpec(str(p)) for p in sorted((FIXTURES / "multilingual").glob("*.txt"))]
    build_dataset(specs, out)
    return sqlite3.connect(Path(out / "scodata.db").resolve())


@pytest.mark.parametrize("rank_limit", [RANK_LIMIT, 1], ids=["ranked", "document-order"])
@pytest.mark.parametrize("q", QUERIES)
def test_search_equals_brute_force(db: sqlite3.Connection, q: str, rank_limit: int) -> None:
    expected = {pid for pid, text in db.execute("select paragraph_id, text from paragraphs")
                if all(term in text for term in q.split())}
    found = search(db, q, limit=100000, rank_limit=rank_limit)
    assert {r["paragraph_id"] for r in found} == expected
    assert len(found) == len(expected)


def test_too_many_matches_are_listed_in_document_order(db: sqlite3.Connection) -> None:
    many = search(db, "合作", limit=100000, rank_limit=5)  # more matches than the limit: not ranked
    ids = [r["paragraph_id"] for r in many]
    assert len(ids) > 5 and ids == sorted(ids) and {r["rank"] for r in many} == {None}
    page = search(db, "合作", limit=3, rank_limit=5)
    assert [r["paragraph_id"] for r in page] == ids[:3]
    few = search(db, "合作", limit=100000, rank_limit=len(ids) + 1)  # fewer: ranked, same paragraphs
    assert [r["rank"] for r in few] == sorted(r["rank"] for r in few)
    assert sorted(r["paragraph_id"] for r in few) == ids


def test_search_is_ranked_and_scoped(db: sqlite3.Connection) -> None:
    found = search(db, "农业", limit=1000)
    ranks = [r["rank"] for r in found]
    assert ranks == sorted(ranks) and len(found) > 3
    doc = "sco-hog-2020-11-30-joint-communique"
    scoped = search(db, "合作", doc_id=doc, limit=1000, rank_limit=1)  # one document: always ranked
    expected = {pid for pid, text in db.execute("select paragraph_id, text from paragraphs where doc_id = ?", [doc])
                if "合作" in text}
    assert {r["paragraph_id"] for r in scoped} == expected and len(scoped) == len(expected) > 3
    assert [r["rank"] for r in scoped] == sorted(r["rank"] for r in scoped)


def test_search_page_over_http(datasette_server) -> None:
    base = datasette_server.url
    data = httpx.get(f"{base}/-/search.json", params={"q": "农业"}, timeout=10).json()
    assert data["rows"] and all("农业" in r["text"] for r in data["rows"]) and data["ranked"] is True
    doc = "sco-hog-2020-11-30-joint-communique"
    scoped = httpx.get(f"{base}/-/search.json", params={"q": "合作", "doc_id": doc}, timeout=10).json()
    assert scoped["rows"] and {r["doc_id"] for r in scoped["rows"]} == {doc}
    brute = httpx.get(f"{base}/scodata.json", params={"sql": "select count(*) n from paragraphs where text like '%农业%'",
                                                      "_shape": "array"}, timeout=10).json()
    assert len(data["rows"]) == brute[0]["n"] == 4
    html = httpx.get(f"{base}/-/search", params={"q": "疫情 卫生"}, timeout=10).text
    assert "search-results" in html and "paragraphs/sco-hog-2020-11-30-joint-communique~3Ap" in html
    assert "Search paragraphs" in httpx.get(base + "/", timeout=10).text


@pytest.mark.parametrize("q", ["农", "农业", "疫情 卫生", "上合组织", "火星"])
def test_table_page_search_is_exact(datasette_server, q: str) -> None:
    """Datasette's own search box on the paragraphs table uses the same exact search."""
    base = datasette_server.url
    every = httpx.get(f"{base}/scodata/paragraphs.json", params={"_shape": "array", "_size": "max"}, timeout=10).json()
    expected = {p["paragraph_id"] for p in every if all(t in p["text"] for t in q.split())}
    found = httpx.get(f"{base}/scodata/paragraphs.json", params={"_search": q, "_shape": "array", "_size": "max"},
                      timeout=10).json()
    assert {p["paragraph_id"] for p in found} == expected
    page = httpx.get(f"{base}/scodata/paragraphs", params={"_search": q}, timeout=10).text
    assert 'name="_search"' in page and f"{len(expected)} row" in page


def test_highlight_marks_every_occurrence_without_overlap() -> None:
    from scodata.search import highlight

    pieces = highlight("上合组织农业合作，农业<b>", ["农业", "上合组织", "组织农"])
    assert "".join(p for p, _ in pieces) == "上合组织农业合作，农业<b>"
    assert [p for p, hit in pieces if hit] == ["上合组织", "农业", "农业"]
    assert highlight("abc", []) == [("abc", False)]


def test_ascii_punctuation_case_and_private_use_are_exact() -> None:
    """Characters the tokenizer would drop or fold are indexed so that a match is still a substring."""
    texts = ["COVID-19疫情", "covid 19", "a,b合作", "ab合作", "a b", "Z区", "z区", "\ue0002c", "\ue001z", "10%", "“一带一路”"]
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE paragraphs (paragraph_id TEXT, doc_id TEXT, seq INTEGER, speaker TEXT, text TEXT)")
    conn.executemany("INSERT INTO paragraphs VALUES (?, 'd', ?, NULL, ?)", [(f"d:p{i:03d}", i, t) for i, t in enumerate(texts)])
    build_search_index(conn)
    queries = [",", "a,b", "ab", "COVID", "covid", "-19", "D-1", "Z", "z", "\ue000", "2c", "\ue001", "%", "0%",
               "a b", "合作 ab", "“", "19疫"]
    for q in queries:
        expected = {pid for pid, text in conn.execute("SELECT paragraph_id, text FROM paragraphs")
                    if all(term in text for term in q.split())}
        assert {r["paragraph_id"] for r in search(conn, q, limit=100)} == expected, q
    assert search(conn, "", limit=100) == [] and search(conn, "   ", limit=100) == []


def test_spaced_equals_one_token_per_character() -> None:
    """The translated fast path of spaced() gives the same tokens as token() called per character."""
    import random

    from scodata.search import spaced, token

    alphabet = [chr(i) for i in range(128)] + list("合作农业《》，。«»ЁёШОС\ue000\ue001\uf8ff") + ["\U00020000"]
    rng = random.Random(7)
    texts = ["", "a", "\uf8ff", "A\uf8ffb"] + ["".join(rng.choices(alphabet, k=rng.randint(1, 40))) for _ in range(3000)]
    for text in texts:
        assert spaced(text) == " ".join(map(token, text)), repr(text)


# ---- what people type: parse_query, then the same exact search (and whole words for alphabetic scripts) ----

TYPED = ['"一带一路"', "“一带一路”", "一帶一路", "農業", "农业、粮食", "农业，粮食", "農業，合作", "「上合組織」", "ＳＣＯ",
         "（总理）", "cooperation", "Cooperation", "COOPERATION", "belt and road", '"Belt and Road"', "сотрудничество",
         "сотрудничеств*", "ШОС", "ШОС cooperation", "上合组织 SCO", "India", "农 Ministers"]


def words_of(text: str) -> list[str]:
    import re

    from scodata.search import alphabetic

    return [w.casefold() for w in re.findall(r"[^\W_]+", alphabetic(text))]


def brute_match(term, text: str) -> bool:  # noqa: ANN001 (a Term)
    if not term.words:
        return any(form in text for form in term.forms)
    wanted, words = term.word_list(), words_of(text)
    n = len(wanted)
    for i in range(len(words) - n + 1):
        head, last = words[i:i + n - 1], words[i + n - 1]
        if head == wanted[:-1] and (last.startswith(wanted[-1]) if term.prefix else last == wanted[-1]):
            return True
    return False


@pytest.mark.parametrize("typed", TYPED)
def test_typed_search_equals_brute_force(db: sqlite3.Connection, typed: str) -> None:
    parsed = parse_query(typed)
    assert parsed.terms, typed
    expected = {pid for pid, text in db.execute("select paragraph_id, text from paragraphs")
                if all(brute_match(t, text) for t in parsed.terms)}
    found = search(db, parsed, limit=100000)
    assert {r["paragraph_id"] for r in found} == expected, typed


def test_typed_search_finds_what_the_issue_missed(db: sqlite3.Connection) -> None:
    exact = {r["paragraph_id"] for r in search(db, "一带一路", limit=1000)}
    assert exact
    for typed in ('"一带一路"', "一帶一路", "「一帶一路」"):
        assert {r["paragraph_id"] for r in search(db, parse_query(typed), limit=1000)} == exact, typed
    both = {r["paragraph_id"] for r in search(db, "农业 粮食", limit=1000)}
    assert both and {r["paragraph_id"] for r in search(db, parse_query("农业、粮食"), limit=1000)} == both
    english = search(db, parse_query("cooperation"), limit=1000)
    assert english and all("cooperation" in r["text"].lower() for r in english)


def test_search_filters(db: sqlite3.Connection) -> None:
    rows = {p: (s, st, es) for p, s, st, es in db.execute(
        "select paragraph_id, speaker, stances, endorsing_states from paragraphs where text like '%合作%'")}
    for filters, keep in [(SearchFilters(speaker="各代表团团长"), lambda v: v[0] == "各代表团团长"),
                          (SearchFilters(stance="支持"), lambda v: "支持" in json.loads(v[1])),
                          (SearchFilters(state="IND"), lambda v: "IND" in json.loads(v[2]))]:
        found = {r["paragraph_id"] for r in search(db, parse_query("合作"), limit=100000, filters=filters)}
        assert found == {p for p, v in rows.items() if keep(v)} and found, filters
