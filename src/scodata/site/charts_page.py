"""The /-/charts page (and /-/charts.json): the charts of charts.py over the served database."""

from __future__ import annotations

from datasette.utils.asgi import Response

from ..release.metadata import DATABASE
from . import charts as c


async def build_charts(datasette) -> list[c.Chart]:  # noqa: ANN001 (Datasette instance)
    """Query the served database and shape every chart."""
    db = datasette.get_database(DATABASE)
    base = datasette.urls.database(DATABASE)
    stances = await db.execute(c.STANCES_SQL, {"limit": c.MAX_DOCUMENTS})
    cited = await db.execute(c.CITED_BY_YEAR_SQL)
    undated = (await db.execute(c.CITED_UNDATED_SQL)).rows[0][0]
    return [c.stances_chart(c.as_dicts(stances.columns, stances.rows), base),
            c.cited_by_year_chart(c.as_dicts(cited.columns, cited.rows), undated, base)]


async def charts_page(datasette, request):  # noqa: ANN001 (Datasette's view signature)
    """Every chart as inline SVG with its data table, or their numbers as JSON."""
    charts = await build_charts(datasette)
    if request.url_vars.get("format") == "json":
        return Response.json({"charts": [c.chart_data(chart) for chart in charts]})
    drawn = [{"chart": chart, "svg": c.render(chart), "data": c.chart_data(chart)} for chart in charts]
    return Response.html(await datasette.render_template(
        "scodata_charts.html", {"charts": drawn, "database": DATABASE, "max_documents": c.MAX_DOCUMENTS},
        request=request))
