"""English name-first entries ("Mr. A. Name, <office> of <state> …"): a host place after the state ("to the Republic
of X", "in <city>") is dropped from title and name; a body named by a short name plus words ("UN Gardens") is its
own organisation, not the gazetteer's; a surname with a lowercase particle ("ul-Din") stays whole; and a chair named
with his office in the chair sentence ("under the chairmanship of Mr. A. Name, Minister of … of <state>.") keeps the
office and state. Invented names and wording."""

from __future__ import annotations

import pytest

from tests.lang.framing import extracted


def _rows(text: str, date: str) -> list[tuple[object, ...]]:
    return [(r["state_code"], r["organisation"], r["organisation_id"], r["role"], r["title"], r["name"], r["is_chair"])
            for r in extracted(text, date)[1]["participants"]]


TEXT = ("Joint Communiqué of the Meeting of Ministers of Gardens of the SCO Member States\n\n"
        "The meeting of Ministers of Gardens of the Member States of the SCO was held in Osh on 3 March 2021 under "
        "the chairmanship of Mr. Talant Omurov, Minister of Parks and Gardens of the Kyrgyz Republic.\n\n"
        "The meeting was attended by Mr. Li Wenbo, Vice Minister of Forestry of the People's Republic of China; "
        "Mr. Farid ul-Din Mansoor, Secretary of Gardens of the Islamic Republic of Pakistan; Ms. Asel Nurova, "
        "Ambassador of the Republic of Kazakhstan to the Kyrgyz Republic; Mr. Oleg Pankov, Consul General of the "
        "Russian Federation in Osh.\n\n"
        "Mr. Pablo Ruiz, Head of the Office for Asia of UN Gardens, also took part.\n\n"
        "The Parties noted the importance of green cities.")


def test_name_first_entries_drop_the_host_and_keep_particles() -> None:
    rows = _rows(TEXT, "2021-03-03")
    assert ("CHN", None, None, "member_state", "Vice Minister of Forestry", "Li Wenbo", False) in rows
    assert ("PAK", None, None, "member_state", "Secretary of Gardens", "Farid ul-Din Mansoor", False) in rows
    assert ("KAZ", None, None, "member_state", "Ambassador", "Asel Nurova", False) in rows
    assert ("RUS", None, None, "member_state", "Consul General", "Oleg Pankov", False) in rows


def test_a_body_with_a_short_name_and_words_is_not_the_gazetteer_body() -> None:
    rows = _rows(TEXT, "2021-03-03")
    assert (None, "UN Gardens", None, "international_organisation", "Head of the Office for Asia", "Pablo Ruiz",
            False) in rows


def test_a_chair_named_with_his_office_in_the_chair_sentence() -> None:
    rows = _rows(TEXT, "2021-03-03")
    assert ("KGZ", None, None, "member_state", "Minister of Parks and Gardens", "Talant Omurov", True) in rows
    assert sum(1 for r in rows if r[-1]) == 1


def test_a_hyphenated_lowercase_office_prefix_is_no_name_particle() -> None:
    from scodata.extract import en
    from scodata.lang.entries import parse_entry
    parsed = parse_entry("Minister of Roads of the Republic of Tajikistan and co-Chair Davron Saidov", "en", en.WORDS)
    assert parsed["name"] == "Davron Saidov"


@pytest.mark.parametrize("closing", ["was in the chair.", "took the chair."])
def test_a_name_first_chair_in_the_chair(closing: str) -> None:
    """"<name>, <office> of <state>, was in the chair" (or "took the chair"): the chair's record, with the office and
    the state, and the chair's state among the endorsing members of the statements after it."""
    text = ("Information Report on the Meeting of Ministers of Parks of the SCO Member States\n\n"
            "The meeting of Ministers of Parks of the Member States of the SCO took place in Osh on 3 March 2021. "
            f"Talant Omurov, Minister of Parks and Gardens of the Kyrgyz Republic, {closing}\n\n"
            "The Ministers noted the importance of green cities.")
    notes, tables = extracted(text, "2021-03-03")
    rows = [(r["state_code"], r["role"], r["title"], r["name"], r["is_chair"]) for r in tables["participants"]]
    assert rows == [("KGZ", "member_state", "Minister of Parks and Gardens", "Talant Omurov", True)]
    assert "KGZ" in notes[-1]["endorsing_states"]
