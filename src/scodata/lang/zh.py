"""Chinese, registered as it is: the cleaning and extraction modules at the top of scodata.extract."""

from __future__ import annotations

from scodata.clean import clean_text
from scodata.extract.document import describe
from scodata.extract.segment import segment
from scodata.extract.structure import extract_structure
from scodata.lang import Language

# Traditional texts are converted to simplified before extraction, so the clean text and every extracted
# field are zh-Hans; documents.original_script says which script the source was written in.
LANGUAGE = Language(tag="zh-Hans", suffix="", clean=clean_text, segment=segment,
                    describe=describe, extract=extract_structure)
