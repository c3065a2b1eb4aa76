"""English attendance classes met in a blind set: delegation lines 'from the <state> – <office> <name>;' with offices
of commerce and production; a chair named alone ('chaired by A.B. Name') who is in the list; the chair phrase 'Under
the chairmanship of <office>, <name>, …' opening a sentence; a role marker right after 'attended' closing the entry
before it ('X attended as a guest …, and Y … were invited as leaders of the dialogue partner states'); an organ named
after its body ('the Executive Director of the CICA Secretariat, K. Name'); 'attended at the invitation of …'; the
field of a minister is no cited document. Invented names and wording."""

from __future__ import annotations

from tests.lang.framing import extracted


def _rows(text: str, date: str) -> list[tuple[object, ...]]:
    return [(r["state_code"] or r["organisation_id"], r["role"], r["title"], r["name"], r["is_chair"])
            for r in extracted(text, date)[1]["participants"]]


_LINES = (
    "Joint Communiqué of the Meeting of Ministers of Trade of the Member States of the Shanghai Cooperation "
    "Organisation\n\n"
    "The meeting of Ministers of Trade of the Member States of the SCO was held in Osh on 3 March 2021.\n\n"
    "The meeting was attended by the heads of delegations:\n"
    "from the Republic of Kazakhstan – Minister of Commerce Aidos Bekov;\n"
    "from the People's Republic of China – Minister of Commerce Zhou Lin;\n"
    "from the Kyrgyz Republic – Minister of Economy and Commerce T.B. Osmonov;\n"
    "from the Islamic Republic of Pakistan – Federal Minister for Commerce, Industries and Production R. Qadir.\n\n"
    "The meeting was chaired by T.B. Osmonov. Minister of Antimonopoly Regulation and Trade of the Republic of Belarus "
    "P.P. Lis took part as an observer.\n\n"
    "The Ministers noted the growth of trade."
)


def test_delegation_lines_from_a_state_and_a_chair_named_alone() -> None:
    assert _rows(_LINES, "2021-03-03") == [
        ("KAZ", "member_state", "Minister of Commerce", "Aidos Bekov", False),
        ("CHN", "member_state", "Minister of Commerce", "Zhou Lin", False),
        ("KGZ", "member_state", "Minister of Economy and Commerce", "T.B. Osmonov", True),
        ("PAK", "member_state", "Federal Minister for Commerce, Industries and Production", "R. Qadir", False),
        ("BLR", "observer_state", "Minister of Antimonopoly Regulation and Trade", "P.P. Lis", False),
    ]


def test_the_field_of_a_minister_is_no_cited_document() -> None:
    assert extracted(_LINES, "2021-03-03")[1]["cited_documents"] == []


_CHAIRMANSHIP = (
    "Statement of the Council of Heads of State of the Member States of the Shanghai Cooperation Organisation on Water\n\n"
    "Under the chairmanship of the President of the Kyrgyz Republic, A.A. Toktogulov, the Council of Heads of State "
    "held its meeting in Osh on 5 June 2021. Taking part were the President of the Republic of Kazakhstan, B.B. Seitov; "
    "the President of the Russian Federation, V.V. Orlov; and the President of the Republic of Tajikistan, D.D. "
    "Saidov.\n\n"
    "The President of Turkmenistan, G.G. Amanov, attended as a guest of the presiding party, and the President of the "
    "Republic of Azerbaijan, E.E. Mammadov, and the President of the Republic of Armenia, F.F. Petrosyan, were invited "
    "as leaders of the dialogue partner states. The Executive Director of the CICA Secretariat, K. Omarov, was also "
    "present.\n\n"
    "The Heads of State noted the importance of water."
)


def test_chair_phrase_markers_after_the_verb_and_an_organ_after_its_body() -> None:
    assert _rows(_CHAIRMANSHIP, "2021-06-05") == [
        ("KGZ", "member_state", "President", "A.A. Toktogulov", True),
        ("KAZ", "member_state", "President", "B.B. Seitov", False),
        ("RUS", "member_state", "President", "V.V. Orlov", False),
        ("TJK", "member_state", "President", "D.D. Saidov", False),
        ("TKM", "guest", "President", "G.G. Amanov", False),
        ("AZE", "dialogue_partner", "President", "E.E. Mammadov", False),
        ("ARM", "dialogue_partner", "President", "F.F. Petrosyan", False),
        ("CICA", "international_organisation", "Executive Director", "K. Omarov", False),
    ]


def test_attended_at_the_invitation_of_the_chairmanship() -> None:
    text = (
        "Press Communiqué of the Meeting of the Council of Heads of State of the Shanghai Cooperation Organisation\n\n"
        "The Council of Heads of State held its meeting in Osh on 5 June 2021. Taking part were the President of the "
        "Republic of Kazakhstan, B.B. Seitov, and the President of the Russian Federation, V.V. Orlov.\n\n"
        "The President of Turkmenistan, G.G. Amanov, attended at the invitation of the Kyrgyz chairmanship.\n\n"
        "The Heads of State noted the importance of water."
    )
    assert ("TKM", "guest", "President", "G.G. Amanov", False) in _rows(text, "2021-06-05")
