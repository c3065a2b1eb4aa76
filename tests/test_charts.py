"""Charts: shaping of counts, SVG drawing (escaped, linked), and the served /-/charts numbers."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import httpx

from scodata.site.charts import OTHER, PALETTE, cited_by_year_chart, columns_svg, horizontal_svg, stances_chart

SVG = "{http://www.w3.org/2000/svg}"


def rows(*items: tuple[str, str, str, int]) -> list[dict]:
    return [{"doc_id": d, "meeting_date": m, "title": f"title of {d}", "stance": s, "n": n} for d, m, s, n in items]


def test_stances_chart_colours_the_commonest_and_groups_the_rest() -> None:
    data = rows(("a", "2020-01-01", "支持", 5), ("a", "2020-01-01", "强调", 2), ("b", "2021-01-01", "支持", 1),
                ("b", "2021-01-01", "注意到", 1), ("b", "2021-01-01", "欢迎", 1))
    chart = stances_chart(data, "/db", top=2)
    assert [b.label for b in chart.bars] == ["b", "a"]  # newest first
    assert chart.legend == [("支持", PALETTE[0]), ("强调", PALETTE[1]), (OTHER, PALETTE[-1])]
    b = {s.label: s.value for s in chart.bars[0].segments}
    assert b == {"支持": 1, OTHER: 2} and chart.bars[0].total == 3 and chart.bars[1].total == 7
    assert chart.bars[1].segments[0].href == "/db/paragraphs?doc_id=a&stances__arraycontains=%E6%94%AF%E6%8C%81"


def test_cited_by_year_fills_missing_years_with_zero() -> None:
    chart = cited_by_year_chart([{"year": "2001", "n": 2, "distinct_documents": 1},
                                 {"year": "2004", "n": 1, "distinct_documents": 1}], undated=3, base="/db")
    assert [(b.label, b.total) for b in chart.bars] == [("2001", 2), ("2002", 0), ("2003", 0), ("2004", 1)]
    assert "3 citation(s) give no date" in chart.caption
    assert chart.bars[0].href == "/db/cited_documents?date__startswith=2001"
    assert cited_by_year_chart([], 0, "/db").bars == []


def test_svg_is_well_formed_escaped_and_linked() -> None:
    hostile = rows(("<script>alert(1)</script>", "2020-01-01", "支持&<b>", 3))
    for svg in (horizontal_svg(stances_chart(hostile, "/db")),
                columns_svg(cited_by_year_chart([{"year": "2020", "n": 4, "distinct_documents": 2}], 0, "/db"))):
        root = ET.fromstring(svg)  # parses: every label and link is escaped
        assert "<script>" not in svg
        bars = root.findall(f".//{SVG}rect[@class='bar']")
        assert bars and all(float(b.get("width")) > 0 for b in bars)
        assert all(a.get("href") for a in root.iter(f"{SVG}a"))


def test_year_labels_never_overlap() -> None:
    many = [{"year": str(y), "n": 1, "distinct_documents": 1} for y in range(1990, 2031)]
    root = ET.fromstring(columns_svg(cited_by_year_chart(many, 0, "/db"), width=860))
    labels = [t for t in root.iter(f"{SVG}text") if (t.text or "").isdigit() and len(t.text) == 4]
    xs = sorted(float(t.get("x")) for t in labels)
    assert len(labels) < 41 and all(b - a >= 36 for a, b in zip(xs, xs[1:], strict=False))


def test_served_charts_count_what_the_tables_hold(datasette_server) -> None:
    base = datasette_server.url
    charts = {c["name"]: c for c in httpx.get(f"{base}/-/charts.json", timeout=10).json()["charts"]}
    paragraphs = httpx.get(f"{base}/scodata/paragraphs.json", params={"_shape": "array", "_size": "max"},
                           timeout=10).json()
    (bar,) = charts["stances"]["bars"]
    assert bar["total"] == sum(len(p["stances"]) for p in paragraphs)  # the JSON API returns lists as arrays
    cited = httpx.get(f"{base}/scodata/cited_documents.json", params={"_shape": "array", "_size": "max"},
                      timeout=10).json()
    by_year = {b["label"]: b["total"] for b in charts["cited-by-year"]["bars"] if b["total"]}
    expected: dict[str, int] = {}
    for c in cited:
        if c["date"]:
            expected[c["date"][:4]] = expected.get(c["date"][:4], 0) + 1
    assert by_year == expected and expected
    html = httpx.get(f"{base}/-/charts", timeout=10).text
    assert 'id="chart-stances"' in html and 'id="chart-cited-by-year"' in html
