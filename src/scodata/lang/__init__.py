"""Languages of the communiqués: detection and one registry entry per language.

Every language is a `Language`: the functions that clean, segment, describe and extract a text written in it.
Chinese uses the modules at the top of scodata.extract; English and Russian live in scodata.extract.en and
scodata.extract.ru. A new language is a new module exposing LANGUAGE and one line in REGISTRY.
"""

from __future__ import annotations

import dataclasses
import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scodata.clean import CleanResult
    from scodata.extract.document import DocumentInfo
    from scodata.extract.segment import Segmented
    from scodata.model import Paragraph, Tables

Annotations = list[dict[str, object]]


@dataclass(frozen=True)
class Language:
    """How one language is processed: tag, doc_id suffix and the stage functions."""

    tag: str  # BCP 47 tag of the clean text and of the extracted fields
    suffix: str  # appended to doc_id ("" for Chinese, the reference version), e.g. "-en"
    clean: Callable[[str], CleanResult]
    segment: Callable[[str], Segmented]
    describe: Callable[[Segmented, str | None, str | None, tuple[str | None, str | None]], DocumentInfo]  # title and
    # publication hints, news-wire (dateline, agency)
    extract: Callable[[str, list[Paragraph], str | None], tuple[Annotations, Tables]]
    name_forms: Callable[[str], list[str]] = lambda name: [name]

    def ids(self, info: DocumentInfo, raw_sha256: str) -> tuple[str, str]:
        """(doc_id, work_id): the doc id names meeting and type plus the language suffix; the work id names the
        meeting and the type's family (an information report is a press communiqué: 新闻公报 and 信息公报 are
        both «Информационное сообщение» in Russian), so every version of one document gets the same work id."""
        own = info.doc_id(raw_sha256)
        family = WORK_TYPES.get(info.doc_type)
        work = dataclasses.replace(info, doc_type=family).doc_id(raw_sha256) if family else own
        return (own + self.suffix if not own.startswith("doc-") else own), work


# Document types named differently in different languages, mapped to the type their work is named after.
WORK_TYPES = {"information_report": "press_communique"}

# primary language subtag -> module exposing LANGUAGE
REGISTRY: dict[str, str] = {
    "zh": "scodata.lang.zh",
    "en": "scodata.extract.en",
    "ru": "scodata.extract.ru",
}

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def detect(text: str) -> str:
    """BCP 47 tag of a text by its letters: zh-Hans or zh-Hant, ru, en (Latin script by default).

    A CJK character carries about as much text as a three-letter word, so Chinese wins from a third of
    the Latin or Cyrillic letter count; traditional is told from simplified by OpenCC's character table.
    """
    sample = text[:20000]
    cjk, cyr, lat = (len(rx.findall(sample)) for rx in (_CJK, _CYRILLIC, _LATIN))
    if cjk and cjk * 3 >= max(cyr, lat):
        from scodata.clean import is_traditional

        return "zh-Hant" if is_traditional(sample) else "zh-Hans"
    return "ru" if cyr > lat else "en"


@cache
def get(tag: str) -> Language:
    """The Language for a BCP 47 tag (by its primary subtag); KeyError when none is registered."""
    primary = tag.split("-")[0].lower()
    return importlib.import_module(REGISTRY[primary]).LANGUAGE  # type: ignore[no-any-return]


def for_text(text: str) -> Language:
    """The Language that processes this text."""
    return get(detect(text))
