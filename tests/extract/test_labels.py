"""One numbered-item label pattern serves the paragraph annotations and the attendance lists."""

from __future__ import annotations

import pytest

from scodata.extract.labels import label_end
from scodata.extract.stances import annotate
from scodata.model import Paragraph
from tests.extract.docs import attendance_rows, participant_summary


@pytest.mark.parametrize(("text", "end"), [
    ("一、各方认为", 2), ("十二、各方认为", 3), ("3. 各方认为", 3), ("３．各方认为", 2), ("4 .各方认为", 3),
    ("（二）各方认为", 3), ("(5) 各方认为", 4), ("6）各方认为", 2), ("7、各方认为", 2),
    ("1.5万名学生参加交流。", 0), ("2030年各方认为", 0), ("一带一路", 0), ("", 0),
])
def test_label_end(text: str, end: int) -> None:
    assert label_end(text) == end


def test_label_end_from_a_position_within_a_bound() -> None:
    text = "有：2．乙国总统丙"
    assert label_end(text, 2) == 4
    assert label_end(text, 2, 3) == 2  # the dot is past the bound


def test_both_readers_pass_over_the_same_labels() -> None:
    for label in ("２．", "（三）", "4) "):
        note = annotate(Paragraph(2, f"{label}外长们重申支持合作。", 0, 0, "body"), ["CHN"])
        assert (note["speaker"], note["stances"]) == ("外长们", ["重申", "支持"])
        rows = attendance_rows(f"出席会议的有：\n{label}中华人民共和国主席甲；\n俄罗斯联邦总统乙。")
        assert participant_summary(rows)[0] == ("CHN", "主席", "甲", "member_state", False)
