"""Participant classes found on holdout5, each on invented wording: a role marker opening the entry after a named
person who has no state of his own (the state stood before the verb)."""

from __future__ import annotations

from tests.lang.framing import extracted

_RU_FRAME = ("Совместное коммюнике по итогам заседания Совета глав правительств государств – членов ШОС\n\n"
             "8 марта 2041 года в Казани состоялось заседание Совета глав правительств государств – членов ШОС.\n\n"
             "{}\n\nГлавы правительств отметили важность торгового сотрудничества.\n\n"
             "Следующее заседание состоится в 2042 году.")


def _rows(frame: str, attendance: str, date: str = "2041-03-08") -> list[tuple]:
    _, tables = extracted(frame.format(attendance), date)
    return [(r["state_code"], r["role"], r["title"], r["name"]) for r in tables["participants"]]


def test_marker_after_a_person_opens_the_next_entry() -> None:
    attendance = ("От Монголии в качестве наблюдателя в заседании участвовал Министр финансов Б.Нямдорж, в качестве "
                  "партнера по диалогу – министр торговли Королевства Камбоджа Пен Совичат.")
    assert _rows(_RU_FRAME, attendance) == [
        ("MNG", "observer_state", "Министр финансов", "Б.Нямдорж"),
        ("KHM", "dialogue_partner", "министр торговли", "Пен Совичат"),
    ]


_EN_FRAME = ("Joint Communiqué of the Meeting of the Council of Heads of Government of the SCO Member States\n\n"
             "On 8 March 2041 the Council of Heads of Government of the SCO Member States met in Kazan.\n\n"
             "{}\n\nThe Heads of Government stressed the importance of trade.\n\nThe next meeting will be held in 2042.")


def test_role_marker_after_the_verb_and_a_guest_after_it() -> None:
    # the marker "as heads of the observer states" after the verb closes the entries before it; the guest after
    # it carries its own marker
    attendance = ("The President of the Republic of Belarus P.P. Ivanchik and the President of Mongolia D. Bat "
                  "attended as heads of the observer states, and the President of Turkmenistan A.A. Orazov as a "
                  "guest of the presiding party.")
    assert _rows(_EN_FRAME, attendance, "2019-03-08") == [
        ("BLR", "observer_state", "President", "P.P. Ivanchik"),
        ("MNG", "observer_state", "President", "D. Bat"),
        ("TKM", "guest", "President", "A.A. Orazov"),
    ]


def test_as_did_introduces_further_attendees() -> None:
    attendance = ("The Minister of Economy of Turkmenistan B. Annaev also took part in the meeting, as did SCO "
                  "Secretary-General K.K. Amanov and Chairman of the CIS Executive Committee P.L. Sokolov.")
    rows = _rows(_EN_FRAME, attendance)
    assert rows[1:] == [(None, "sco_body", "Secretary-General", "K.K. Amanov"),
                        (None, "international_organisation", "Chairman", "P.L. Sokolov")]
    assert rows[0][0] == "TKM" and rows[0][3] == "B. Annaev"
