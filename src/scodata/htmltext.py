"""Reduce an HTML page to its article text and page metadata (title, time, canonical URL)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser as HTMLParser

_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[ >])", re.I)
_TIME_META = ("article:published_time", "pubdate", "publishdate", "PubDate", "og:release_date", "datePublished")
_DATETIME = re.compile(r"(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})日?(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")


@dataclass(frozen=True)
class PageText:
    """The article text of a page and what the page says about itself."""

    text: str
    title: str | None
    published: str | None
    canonical_url: str | None


def looks_like_html(text: str, content_type: str | None = None) -> bool:
    return "html" in (content_type or "").lower() or bool(_HTML_START.match(text[:2048]))


def _meta(tree: HTMLParser, names: tuple[str, ...]) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            node = tree.css_first(f'meta[{attr}="{name}"]')
            if node and node.attributes.get("content"):
                return node.attributes["content"]
    return None


def normalise_datetime(value: str | None) -> str | None:
    """An ISO 8601 timestamp (Beijing time when no offset is given) from a page's date string."""
    if not value:
        return None
    m = _DATETIME.search(value)
    if not m:
        return None
    y, mo, d, h, mi, s = (int(g) if g else 0 for g in m.groups())
    offset = re.search(r"([+-]\d{2}):?(\d{2})$|Z$", value.strip())
    tz = "+08:00"
    if offset:
        tz = "+00:00" if offset.group(0) == "Z" else f"{offset.group(1)}:{offset.group(2)}"
    return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}{tz}"


def _paragraph_text(tree: HTMLParser) -> str:
    """Fallback: the page's <p> elements, one per line, when trafilatura finds no article."""
    for tag in ("script", "style", "nav", "header", "footer"):
        for node in tree.css(tag):
            node.decompose()
    paras = [p.text(separator="", strip=True) for p in tree.css("p")]
    return "\n\n".join(p for p in paras if p)


def html_to_text(html: str) -> PageText:
    """Article text (paragraphs separated by blank lines) plus title, publication time, canonical URL."""
    tree = HTMLParser(html)
    title = _meta(tree, ("og:title",)) or (tree.css_first("title").text(strip=True) if tree.css_first("title") else None)
    canonical = tree.css_first('link[rel="canonical"]')
    canonical_url = canonical.attributes.get("href") if canonical else None
    canonical_url = canonical_url or _meta(tree, ("og:url",))
    published = normalise_datetime(_meta(tree, _TIME_META))
    import trafilatura  # imported here: costs ~0.2 s and plain-text sources never need it

    body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True) or ""
    if len(body) < 50:
        body = _paragraph_text(tree)
    body = re.sub(r"\n+", "\n\n", body.strip())
    h1 = tree.css_first("h1")
    headline = h1.text(strip=True) if h1 else re.split(r"\s*[_|｜]\s*|\s+[-—]\s+", title or "")[0]
    if headline and headline not in body[: len(headline) + 200]:
        body = f"{headline}\n\n{body}"
    return PageText(body, title, published, canonical_url)
