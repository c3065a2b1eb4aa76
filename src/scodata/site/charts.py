"""Charts of the dataset, drawn server-side as inline SVG (no script, no CDN), each bar a link to its rows.

Plain functions: SQL that counts, a shaping step on plain rows, and an SVG renderer. The page that
puts them together is charts_page.py.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlencode

# Okabe–Ito: distinguishable with the common colour-vision deficiencies; the last grey is "other".
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#999999")
OTHER = "其他 (other)"
MAX_DOCUMENTS = 30

STANCES_SQL = """
select p.doc_id, coalesce(d.meeting_date, '') as meeting_date, d.title, j.value as stance, count(*) as n
from paragraphs p join documents d on d.doc_id = p.doc_id, json_each(p.stances) j
where p.doc_id in (select doc_id from documents order by meeting_date desc, doc_id limit :limit)
group by p.doc_id, j.value
"""

CITED_BY_YEAR_SQL = """
select substr(date, 1, 4) as year, count(*) as n, count(distinct cited_document_key) as distinct_documents
from cited_documents where date is not null group by year order by year
"""

CITED_UNDATED_SQL = "select count(*) from cited_documents where date is null"


@dataclass(frozen=True)
class Segment:
    label: str
    value: int
    href: str
    colour: str


@dataclass(frozen=True)
class Bar:
    label: str
    href: str
    segments: tuple[Segment, ...]
    title: str = ""

    @property
    def total(self) -> int:
        return sum(s.value for s in self.segments)


@dataclass
class Chart:
    """A chart ready to draw: bars, the legend, and a one-line caption."""

    name: str
    title: str
    caption: str
    bars: list[Bar]
    kind: str = "columns"  # or "stacked": horizontal stacked bars with a legend
    legend: list[tuple[str, str]] = field(default_factory=list)


def table_link(base: str, table: str, **filters: str) -> str:
    """A Datasette table URL with column filters (e.g. stances__arraycontains=支持)."""
    return f"{base}/{table}" + (f"?{urlencode(filters)}" if filters else "")


def stances_chart(rows: Iterable[dict], base: str, top: int = len(PALETTE) - 1) -> Chart:
    """Paragraphs per stance for each document (newest first), the `top` commonest stances coloured."""
    rows = list(rows)
    totals = Counter()
    for r in rows:
        totals[r["stance"]] += r["n"]
    common = [s for s, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]
    colours = {s: PALETTE[i] for i, s in enumerate(common)}
    per_doc: dict[str, Counter] = defaultdict(Counter)
    about: dict[str, tuple[str, str]] = {}
    for r in rows:
        per_doc[r["doc_id"]][r["stance"] if r["stance"] in colours else OTHER] += r["n"]
        about[r["doc_id"]] = (r["meeting_date"], r["title"])
    bars = []
    for doc_id in sorted(per_doc, key=lambda d: (about[d][0], d), reverse=True):
        counts = per_doc[doc_id]
        segments = tuple(
            Segment(s, counts[s], table_link(base, "paragraphs", doc_id=doc_id, stances__arraycontains=s),
                    colours[s]) for s in common if counts[s])
        if counts[OTHER]:
            segments += (Segment(OTHER, counts[OTHER], table_link(base, "paragraphs", doc_id=doc_id), PALETTE[-1]),)
        bars.append(Bar(doc_id, table_link(base, "documents") + f"/{doc_id}", segments, about[doc_id][1]))
    legend = [(s, colours[s]) for s in common] + ([(OTHER, PALETTE[-1])] if len(totals) > len(common) else [])
    return Chart("stances", "Stances per document",
                 "Paragraphs expressing each stance (a paragraph may express several); newest documents first.",
                 bars, "stacked", legend)


def cited_by_year_chart(rows: Iterable[dict], undated: int, base: str) -> Chart:
    """Citations of earlier documents by the year of the cited document, years without any shown as 0."""
    found = {int(r["year"]): r for r in rows if str(r["year"]).isdigit()}
    bars = []
    for year in range(min(found, default=0), max(found, default=-1) + 1):
        r = found.get(year, {"n": 0, "distinct_documents": 0})
        href = table_link(base, "cited_documents", date__startswith=str(year))
        bars.append(Bar(str(year), href, (Segment("citations", r["n"], href, PALETTE[0]),),
                        f"{r['distinct_documents']} distinct document(s)"))
    caption = "Citations of earlier documents by the year the cited document was adopted"
    caption += f"; {undated} citation(s) give no date." if undated else "."
    return Chart("cited-by-year", "Cited documents by year", caption, bars)


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _svg_open(chart: Chart, width: int, height: int) -> list[str]:
    return [f'<svg class="scodata-chart" id="chart-{chart.name}" role="img" aria-labelledby="chart-{chart.name}-title" '
            f'viewBox="0 0 {width} {height}" width="100%" style="max-width:{width}px" '
            'xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" font-size="12">',
            f'<title id="chart-{chart.name}-title">{_esc(chart.title)}</title>']


def _legend(chart: Chart, x0: int, y: int) -> list[str]:
    parts, x = [], x0
    for label, colour in chart.legend:
        parts.append(f'<rect x="{x}" y="{y}" width="12" height="12" fill="{colour}"/>'
                     f'<text x="{x + 16}" y="{y + 10}">{_esc(label)}</text>')
        x += 28 + 13 * len(label)
    return parts


def horizontal_svg(chart: Chart, width: int = 860, label_width: int = 300, row: int = 22) -> str:
    """Stacked horizontal bars, one per item, each segment a link; the total at the end of the bar."""
    legend_h = 24 if chart.legend else 0
    height = legend_h + row * max(1, len(chart.bars)) + 8
    scale = (width - label_width - 50) / max([b.total for b in chart.bars] + [1])
    parts = _svg_open(chart, width, height) + _legend(chart, label_width, 4)
    for i, bar in enumerate(chart.bars):
        y = legend_h + i * row
        parts.append(f'<a href="{_esc(bar.href)}"><text x="{label_width - 6}" y="{y + row * 0.65:.0f}" '
                     f'text-anchor="end"><title>{_esc(bar.title)}</title>{_esc(bar.label)}</text></a>')
        x = float(label_width)
        for seg in bar.segments:
            w = seg.value * scale
            parts.append(f'<a href="{_esc(seg.href)}"><rect class="bar" x="{x:.1f}" y="{y + 3}" width="{w:.1f}" '
                         f'height="{row - 6}" fill="{seg.colour}" data-value="{seg.value}">'
                         f'<title>{_esc(bar.label)}: {_esc(seg.label)} {seg.value}</title></rect></a>')
            x += w
        parts.append(f'<text x="{x + 4:.1f}" y="{y + row * 0.65:.0f}">{bar.total}</text>')
    return "\n".join(parts + ["</svg>"])


def columns_svg(chart: Chart, width: int = 860, height: int = 260, bottom: int = 40) -> str:
    """Vertical bars, one per label (e.g. a year), the value above each bar."""
    n = max(1, len(chart.bars))
    step = (width - 20) / n
    top = 20
    scale = (height - bottom - top) / max([b.total for b in chart.bars] + [1])
    every = max(1, int(36 // step) + (36 % step > 0))  # label every k-th bar so that labels never overlap
    parts = _svg_open(chart, width, height)
    for i, bar in enumerate(chart.bars):
        h = bar.total * scale
        x = 10 + i * step
        y = height - bottom - h
        cx = x + step / 2
        parts.append(f'<a href="{_esc(bar.href)}"><rect class="bar" x="{x + step * 0.1:.1f}" y="{y:.1f}" '
                     f'width="{step * 0.8:.1f}" height="{h:.1f}" fill="{PALETTE[0]}" data-value="{bar.total}">'
                     f'<title>{_esc(bar.label)}: {bar.total} ({_esc(bar.title)})</title></rect></a>')
        if bar.total:
            parts.append(f'<text x="{cx:.1f}" y="{y - 4:.1f}" text-anchor="middle">{bar.total}</text>')
        if i % every == 0:
            parts.append(f'<text x="{cx:.1f}" y="{height - bottom + 14}" text-anchor="middle">{_esc(bar.label)}</text>')
    return "\n".join(parts + ["</svg>"])


def chart_data(chart: Chart) -> dict:
    """The numbers behind a chart, as JSON-ready data."""
    return {"name": chart.name, "title": chart.title, "caption": chart.caption,
            "bars": [{"label": b.label, "href": b.href, "total": b.total,
                      "segments": {s.label: s.value for s in b.segments}} for b in chart.bars]}


def render(chart: Chart) -> str:
    """The SVG of a chart in its usual form."""
    return horizontal_svg(chart) if chart.kind == "stacked" else columns_svg(chart)


def as_dicts(columns: Sequence[str], rows: Iterable[Sequence]) -> list[dict]:
    return [dict(zip(columns, r, strict=True)) for r in rows]
