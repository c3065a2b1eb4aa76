"""ESCAP (the UN Economic and Social Commission for Asia and the Pacific) in every language form: with and without the
United Nations, the abbreviations, the Russian name in its cases, the Chinese full name without 联合国 in both scripts.
Invented sentences."""

from __future__ import annotations

import pytest

from scodata import gazetteer
from scodata.lang import names


@pytest.mark.parametrize(("language", "text", "found"), [
    ("en", "The ministers met the Economic and Social Commission for Asia and the Pacific in May.",
     "Economic and Social Commission for Asia and the Pacific"),
    ("en", "They thanked the United Nations Economic and Social Commission for Asia and the Pacific.",
     "United Nations Economic and Social Commission for Asia and the Pacific"),
    ("en", "They thanked the UN Economic and Social Commission for Asia and the Pacific.",
     "UN Economic and Social Commission for Asia and the Pacific"),
    ("en", "A study by UNESCAP was presented.", "UNESCAP"),
    ("ru", "Министры встретились с Экономической и социальной комиссией для Азии и Тихого океана.",
     "Экономической и социальной комиссией для Азии и Тихого океана"),
    ("ru", "Доклад Экономической и социальной комиссии Организации Объединенных Наций для Азии и Тихого океана.",
     "Экономической и социальной комиссии Организации Объединенных Наций для Азии и Тихого океана"),
    ("ru", "Стороны приветствовали работу ЭСКАТО ООН в регионе.", "ЭСКАТО ООН"),
])
def test_escap_forms(language: str, text: str, found: str) -> None:
    assert [(m.text, m.entity.entity_id) for m in names.scan(text, language)] == [(found, "ESCAP")]


@pytest.mark.parametrize("text", ["各方同亚洲及太平洋经济社会委员会合作。", "各方同亞洲及太平洋經濟社會委員會合作。"])
def test_escap_chinese_without_the_un(text: str) -> None:
    assert [m.entity.entity_id for m in gazetteer.scan(text)] == ["ESCAP"]
