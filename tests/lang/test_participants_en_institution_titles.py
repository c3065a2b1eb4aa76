"""English participants whose office names an institution in capitals ("Director of the State Customs Service of …,
A.B. Name", "Chairman of the Constitutional Court of …"): the institution's words stay in the title and the name is the
person's after the comma, also for a chair named under "under the chairmanship of" at the end of the sentence; a
';'-separated list keeps each name with its own entry. Invented names and wording."""

from __future__ import annotations

from tests.lang.framing import extracted


def _rows(text: str, date: str) -> list[tuple[object, ...]]:
    return [(r["state_code"], r["role"], r["title"], r["name"], r["is_chair"])
            for r in extracted(text, date)[1]["participants"]]


_TEXT = (
    "Joint Communiqué of the Meeting of Heads of Customs Services of the SCO Member States\n\n"
    "The meeting of Heads of Customs Services of the Member States of the Shanghai Cooperation Organisation was held "
    "in Osh on 3 March 2021, under the chairmanship of the Director of the State Customs Service of the Kyrgyz "
    "Republic, T.B. Osmonov.\n\n"
    "The meeting was attended by the Chairman of the State Revenue Committee of the Republic of Kazakhstan, "
    "E.K. Saparov; the Minister of the General Administration of Customs of the People's Republic of China, Zhou Lin; "
    "and the Head of the Federal Customs Service of the Russian Federation, V.G. Sidorenko.\n\n"
    "The Parties noted the growth of trade among the Member States."
)


def test_institution_words_stay_in_the_title() -> None:
    assert _rows(_TEXT, "2021-03-03") == [
        ("KGZ", "member_state", "Director of the State Customs Service", "T.B. Osmonov", True),
        ("KAZ", "member_state", "Chairman of the State Revenue Committee", "E.K. Saparov", False),
        ("CHN", "member_state", "Minister of the General Administration of Customs", "Zhou Lin", False),
        ("RUS", "member_state", "Head of the Federal Customs Service", "V.G. Sidorenko", False),
    ]


def test_a_name_after_the_office_is_still_read() -> None:
    text = _TEXT.replace("The meeting was attended by the Chairman", "The meeting was attended by President Aidos "
                         "Bekov of the Republic of Tajikistan; the Chairman")
    assert ("TJK", "member_state", "President", "Aidos Bekov", False) in _rows(text, "2021-03-03")
