"""Chinese ordinals (第十九次): 1-99 read without cn2an, equal to what cn2an reads; larger numerals by cn2an."""

from __future__ import annotations

import subprocess
import sys

import cn2an

from scodata.extract.dates import _ordinal_number, ordinal


def test_one_to_ninety_nine_read_as_cn2an_reads_them() -> None:
    for n in range(1, 100):
        numeral = cn2an.an2cn(n)
        assert _ordinal_number(numeral) == int(cn2an.cn2an(numeral, "smart")) == n, numeral


def test_other_numerals_are_read_by_cn2an() -> None:
    assert ordinal("上海合作组织成员国政府首脑理事会第一百零一次会议") == 101
    assert ordinal("第一十九届") == 19
    assert ordinal("第19次会议") == 19
    assert ordinal("第十次") == 10
    assert ordinal("第次会议") is None


def test_a_meetings_ordinal_does_not_import_cn2an() -> None:
    code = ("import sys; from scodata.extract.dates import ordinal; "
            "assert ordinal('第二十三次会议') == 23; print('cn2an' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "False"
