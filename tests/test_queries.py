"""Canned queries run on the real Datasette and give the answers the seed implies."""

from __future__ import annotations

import httpx
import pytest

from scodata.release.queries import CANNED_QUERIES


def rows(base: str, name: str) -> list[dict]:
    response = httpx.get(f"{base}/scodata/{name}.json", params={"_shape": "array", "_size": "max"}, timeout=10)
    assert response.status_code == 200, response.text[:500]
    return response.json()


@pytest.mark.parametrize("name", sorted(CANNED_QUERIES))
def test_every_canned_query_runs(datasette_server, name: str) -> None:
    assert CANNED_QUERIES[name]["description"]
    assert rows(datasette_server.url, name)


def test_answers_on_the_seed(datasette_server) -> None:
    base = datasette_server.url
    missing = {(r["seq"], r["not_endorsing"]) for r in rows(base, "non_endorsing_states")}
    assert {(19, "IND"), (19, "CHN")} <= missing  # the Belt and Road paragraph names six states
    # 相关代表团团长 (an unnamed subset): which members stayed out is unknown, not "all of them"
    assert {state for seq, state in missing if seq == 37} == {"unknown"}
    by_role = {r["role"]: r for r in rows(base, "participants_by_role")}
    assert by_role["member_state"]["participants"] == 8 and by_role["member_state"]["chair"] == "奈杜"
    summary = rows(base, "documents_summary")[0]
    assert (summary["n_paragraphs"], summary["participants"], summary["cited_documents"]) == (45, 17, 20)
    dated = rows(base, "cited_documents_dated")
    assert any(r["place"] == "塔什干" and r["date"] == "2010-06-11" for r in dated)
    timeline = [r["start_date"] for r in rows(base, "meetings_timeline")]
    assert timeline == sorted(timeline)
