"""Participants: a host-country phrase after an envoy's state ("… of <state> in <host state>", «… <государства> в
<государстве пребывания>») is neither the title nor the name; honorifics are no part of a name; a full stop closing a
sentence after an initials-and-surname name is not the name's. Own wording."""

from __future__ import annotations

import pytest

from scodata.extract import en, ru
from scodata.lang.entries import parse_entry


def _parse(module, entry: str) -> tuple[object, ...]:
    out = parse_entry(entry, module.RULES.tag, module.WORDS)
    return out["state_code"], out["title"], out["name"]


@pytest.mark.parametrize(("module", "entry", "expected"), [
    (en, "Mr. R. Okonkwo, Chargé d'Affaires a.i. of the Republic of India in the Kyrgyz Republic",
     ("IND", "Chargé d'Affaires a.i.", "R. Okonkwo")),
    (en, "H.E. Ms. Lena Varga, Ambassador of the Russian Federation in the Republic of Tajikistan",
     ("RUS", "Ambassador", "Lena Varga")),
    (ru, "Временный поверенный в делах Республики Индия в Кыргызской Республике Р.Оконкво",
     ("IND", "Временный поверенный в делах", "Р.Оконкво")),
    (ru, "Посла Российской Федерации в Республике Таджикистан Л.Варги",
     ("RUS", "Посла", "Л.Варги")),
])
def test_a_host_country_phrase_is_dropped(module, entry: str, expected: tuple[object, ...]) -> None:
    assert _parse(module, entry) == expected


def test_two_states_without_a_host_link_keep_the_first_state() -> None:
    # "and" between two states is no host phrase: nothing is cut
    state, _, _ = _parse(en, "Minister of Trade of the Republic of India and the Kyrgyz Republic A. Osmonov")
    assert state == "IND"


@pytest.mark.parametrize(("module", "entry", "name"), [
    (ru, "Директора Департамента связи ЭСКАТО Б.Ма.", "Б.Ма"),
    (ru, "Министра транспорта Республики Таджикистан Х.Р.Одинаев.", "Х.Р.Одинаев"),
    (en, "Minister of Transport of the Republic of India R. Kumar.", "R. Kumar"),
])
def test_a_sentence_stop_after_a_name_is_not_the_names(module, entry: str, name: str) -> None:
    assert _parse(module, entry)[2] == name


def test_a_trailing_initial_keeps_its_stop() -> None:
    # surname first, initial last: the stop belongs to the initial
    assert _parse(ru, "Министра транспорта Республики Таджикистан Одинаев Х.")[2] == "Одинаев Х."
