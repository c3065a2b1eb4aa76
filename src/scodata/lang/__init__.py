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

# Runs of each script's letters: one match per run (a word, a stretch of Chinese), summed by length.
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]+")
SAMPLE = 20000  # characters read to detect the language


def _letters(pattern: re.Pattern[str], text: str) -> int:
    return sum(map(len, pattern.findall(text)))


def primary_language(sample: str) -> str:
    """zh, ru or en by the letters of a sample: Chinese when it has CJK characters and at least a third as many
    as the Latin or the Cyrillic letters (a CJK character carries about as much text as a three-letter word),
    else Russian when Cyrillic letters outnumber Latin ones, else English."""
    cjk = _letters(_CJK, sample)
    if cjk and cjk * 4 >= len(sample):
        return "zh"  # the other letters are at most the other three quarters: no need to count them
    cyr, lat = _letters(_CYRILLIC, sample), _letters(_LATIN, sample)
    if cjk and cjk * 3 >= max(cyr, lat):
        return "zh"
    return "ru" if cyr > lat else "en"


def detect(text: str) -> str:
    """BCP 47 tag of a text by its letters (primary_language of its first SAMPLE characters): zh-Hans or zh-Hant,
    ru, en; traditional is told from simplified by OpenCC's character table."""
    sample = text[:SAMPLE]
    primary = primary_language(sample)
    if primary == "zh":
        from scodata.clean import is_traditional

        return "zh-Hant" if is_traditional(sample) else "zh-Hans"
    return primary


@cache
def get(tag: str) -> Language:
    """The Language for a BCP 47 tag (by its primary subtag); KeyError when none is registered."""
    primary = tag.split("-")[0].lower()
    return importlib.import_module(REGISTRY[primary]).LANGUAGE  # type: ignore[no-any-return]


def for_text(text: str) -> Language:
    """The Language that processes this text (by the primary subtag of detect: both Chinese scripts are one)."""
    return get(primary_language(text[:SAMPLE]))
