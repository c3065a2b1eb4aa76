"""English citations: a place opening with an abbreviation (St. Gallen, Mt. Pleasant, Ft. Worth) is the place whole,
and the date after it is still the document's date. Own wording."""

from __future__ import annotations

import pytest

from scodata.extract import en
from scodata.lang.citations import extract_citations
from scodata.model import Paragraph


def _cited(text: str) -> list[tuple[object, ...]]:
    paragraphs = [Paragraph(6, text, 0, len(text), "body")]
    return [(r["title"], r["action"], r["place"], r["date"])
            for r in extract_citations("d", paragraphs, en.RULES, en.WORDS)]


@pytest.mark.parametrize(("text", "expected"), [
    ('The Parties recalled the "Agreement on Mountain Rescue" signed in St. Gallen on 4 May 2031 and welcomed its use.',
     [("Agreement on Mountain Rescue", "signed", "St. Gallen", "2031-05-04")]),
    ('The Ministers supported the "Plan for River Ports" approved in Ft. Worth on 9 June 2030.',
     [("Plan for River Ports", "approved", "Ft. Worth", "2030-06-09")]),
])
def test_an_abbreviated_place_is_kept_whole_with_its_date(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _cited(text) == expected
