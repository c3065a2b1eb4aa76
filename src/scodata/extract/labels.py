"""The label of a numbered item in Chinese text, shared by the paragraph annotations and the attendance lists."""

from __future__ import annotations

import re

_NUMBER = r"(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,3})"
# 一、 1. 1、 ２． 3 . （一） (1) 1) 2）, with the spaces around it; a digit after the dot is a decimal (1.5万), not a label.
LABEL = re.compile(rf"\s*(?:{_NUMBER}\s*[、．.](?![0-9０-９])|[（(]{_NUMBER}[）)]|[0-9０-９]{{1,3}}\s*[）)])\s*")
# The characters a label can start with (a fast test before the pattern).
LABEL_FIRST = frozenset("一二三四五六七八九十0123456789０１２３４５６７８９（( \t\u3000")


def label_end(text: str, pos: int = 0, endpos: int | None = None) -> int:
    """Where text[pos:endpos] starts past a numbered item's label (一、外长们… gives 2), else pos."""
    if text[pos : pos + 1] not in LABEL_FIRST:  # ("" too: the text's end)
        return pos
    label = LABEL.match(text, pos, len(text) if endpos is None else endpos)
    return label.end() if label else pos
