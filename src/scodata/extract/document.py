"""Describe a communiqué: title, type, issuing body, session, meeting date, format, place, id."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..htmltext import normalise_datetime
from .dates import find_dates, ordinal
from .segment import TIMESTAMP, Segmented

DOC_TYPES = [("新闻公报", "press_communique"), ("联合公报", "joint_communique"), ("公报", "communique"),
             ("宣言", "declaration"), ("声明", "statement")]
COUNCILS = [(re.compile(r"元首"), "heads_of_state", "hos"),
            (re.compile(r"政府首脑|总理"), "heads_of_government", "hog"),
            (re.compile(r"外交部长|外长"), "foreign_ministers", "cfm")]
BODY = re.compile(r"(?:上海合作组织|上合组织)[^，。、“”]{0,30}?理事会")
VIDEO = re.compile(r"以视频(?:会议)?(?:方式|形式)|视频会议|视频连线")
PLACE = re.compile(r"在([\u4e00-\u9fff]{2,8}?)(?:市)?(?:以[^，。]{0,10})?举行")
TITLE_HINT = re.compile(r"公报|宣言|声明|会议|理事会")


@dataclass(frozen=True)
class DocumentInfo:
    """What the text says about itself and its meeting."""

    title: str
    doc_type: str
    issuing_body: str | None
    council: str | None
    session_number: int | None
    meeting_date: str | None
    meeting_end_date: str | None
    meeting_format: str | None
    meeting_place: str | None
    published_at: str | None

    def doc_id(self, raw_sha256: str) -> str:
        """Readable, stable id: sco-<council>-<date>-<type>; the raw hash when the date is unknown."""
        if not self.meeting_date:
            return f"doc-{raw_sha256[:16]}"
        code = next((c for _, name, c in COUNCILS if name == self.council), None)
        parts = ["sco", code, self.meeting_date, self.doc_type.replace("_", "-")]
        return "-".join(p for p in parts if p)


def _title(seg: Segmented, hint: str | None) -> str:
    candidates = [b for b, _, _ in seg.header if not TIMESTAMP.match(b) and TITLE_HINT.search(b)]
    title = candidates[0] if candidates else (hint or "")
    title = re.sub(r"\s+", " ", title).strip()
    return title or seg.paragraphs[0].text[:60]


def _doc_type(title: str) -> str:
    return next((kind for word, kind in DOC_TYPES if word in title), "other")


def _published(seg: Segmented, hint: str | None) -> str | None:
    for block, _, _ in seg.header:
        if TIMESTAMP.match(block):
            return normalise_datetime(block)
    return normalise_datetime(hint)


def describe(seg: Segmented, title_hint: str | None = None, published_hint: str | None = None) -> DocumentInfo:
    """Document-level fields from the header and the first paragraph."""
    title = _title(seg, title_hint)
    first = seg.paragraphs[0].text
    body_match = BODY.search(title) or BODY.search(first)
    issuing_body = body_match.group(0) if body_match else None
    council_text = issuing_body or title
    council = next((name for rx, name, _ in COUNCILS if rx.search(council_text)), "other" if issuing_body else None)
    dates = find_dates(first)
    place = PLACE.search(first)
    video = VIDEO.search(first)
    return DocumentInfo(
        title=title,
        doc_type=_doc_type(title),
        issuing_body=issuing_body,
        council=council,
        session_number=ordinal(title) or (ordinal(first[: body_match.end() + 12]) if body_match else None),
        meeting_date=dates[0].start.isoformat() if dates else None,
        meeting_end_date=dates[0].end.isoformat() if dates and dates[0].end else None,
        meeting_format="video" if video else ("in_person" if place else None),
        meeting_place=None if video or not place else place.group(1),
        published_at=_published(seg, published_hint),
    )
