"""How table cells are shown: list columns as labels, booleans as yes/no, ids linked to their pages."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from markupsafe import Markup, escape

CJK = re.compile(r"[\u3400-\u9fff]")
LONG_TEXT = {"clean_text": 400, "raw_text": 400}  # whole documents: a preview and a link to the reader
STATE_LISTS = {"endorsing_states"}


@dataclass(frozen=True)
class ColumnKinds:
    """The list and boolean columns of every table, from the schemas."""

    arrays: dict[str, frozenset[str]]
    booleans: dict[str, frozenset[str]]


@cache
def column_kinds() -> ColumnKinds:
    from ..tables import load_tables

    tables = load_tables()
    return ColumnKinds(
        {n: frozenset(c.name for c in t.columns if c.json_type == "array") for n, t in tables.items()},
        {n: frozenset(c.name for c in t.columns if c.json_type == "boolean") for n, t in tables.items()})


@dataclass(frozen=True)
class Links:
    """URL makers for cells: a record page and the reader page of a document."""

    row: Callable[[str, str], str]
    read: Callable[[str], str]


def text_lang(text: str) -> str | None:
    return "zh-Hans" if CJK.search(text) else None


def _span(text: str, cls: str = "") -> str:
    lang = text_lang(text)
    attrs = (f' class="{cls}"' if cls else "") + (f' lang="{lang}"' if lang else "")
    return f"<span{attrs}>{escape(text)}</span>"


def labels(value: object, link: Callable[[str], str] | None = None) -> Markup:
    """A JSON list shown as labels (an empty list as a dash)."""
    try:
        items = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return Markup(escape(str(value)))
    if not isinstance(items, list):
        return Markup(escape(str(value)))
    if not items:
        return Markup('<span class="scodata-empty" title="empty list">–</span>')
    out = []
    for item in items:
        label = _span(str(item), "scodata-label")
        out.append(f'<a href="{escape(link(str(item)))}">{label}</a>' if link else label)
    return Markup(" ".join(out))


def yes_no(value: object) -> Markup:
    if value is None:
        return Markup('<span class="scodata-empty" title="unknown">–</span>')
    return Markup("yes" if value in (1, True, "1", "true") else "no")


def id_link(table: str, value: str, links: Links, read: str | None) -> Markup:
    link = f'<a href="{escape(links.row(table, value))}">{escape(value)}</a>'
    if read:
        link += f' <a class="scodata-read" href="{escape(read)}" title="read in the document">read</a>'
    return Markup(link)


ID_COLUMNS = frozenset({"doc_id", "paragraph_id", "aligned_paragraph_id"})


def may_render(table: str, column: str, value: object) -> bool:
    """A cheap test first: most cells (numbers, short codes) are left to Datasette."""
    if column in ID_COLUMNS or isinstance(value, dict):
        return True
    kinds = column_kinds()
    if column in kinds.arrays.get(table, ()) or column in kinds.booleans.get(table, ()):
        return True
    return isinstance(value, str) and len(value) > 12


def render(table: str, column: str, value: object, links: Links) -> Markup | None:
    """The HTML of one cell, or None to let Datasette render it."""
    raw = value.get("value") if isinstance(value, dict) else value
    kinds = column_kinds()
    if column in kinds.arrays.get(table, ()):
        if column in STATE_LISTS:
            return labels(raw, lambda code: links.row("gazetteer", code))
        if column == "doc_ids":
            return labels(raw, links.read)
        return labels(raw)
    if column in kinds.booleans.get(table, ()):
        return yes_no(raw)
    if not isinstance(raw, str) or raw == "":
        return None
    if column == "doc_id":
        return id_link("documents", raw, links, links.read(raw))
    if column in ("paragraph_id", "aligned_paragraph_id") and ":" in raw:
        doc, anchor = raw.rsplit(":", 1)
        return id_link("paragraphs", raw, links, f"{links.read(doc)}#{anchor}")
    if column in LONG_TEXT and len(raw) > LONG_TEXT[column]:
        return Markup(_span(raw[:LONG_TEXT[column]] + "…") + f" <em>({len(raw):,} characters)</em>")
    if text_lang(raw) and len(raw) > 12:
        return Markup(_span(raw))
    return None
