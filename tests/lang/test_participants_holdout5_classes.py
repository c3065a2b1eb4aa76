"""Participant classes found on holdout5, each on invented wording: a role marker opening the entry after a named
person who has no state of his own (the state stood before the verb)."""

from __future__ import annotations

from scodata import lang

_RU_FRAME = ("Совместное коммюнике по итогам заседания Совета глав правительств государств – членов ШОС\n\n"
             "8 марта 2041 года в Казани состоялось заседание Совета глав правительств государств – членов ШОС.\n\n"
             "{}\n\nГлавы правительств отметили важность торгового сотрудничества.\n\n"
             "Следующее заседание состоится в 2042 году.")


def _rows(frame: str, attendance: str, date: str = "2041-03-08") -> list[tuple]:
    text = frame.format(attendance)
    language = lang.for_text(text)
    seg = language.segment(language.clean(text).text)
    _, tables = language.extract("d", seg.paragraphs, date)
    return [(r["state_code"], r["role"], r["title"], r["name"]) for r in tables["participants"]]


def test_marker_after_a_person_opens_the_next_entry() -> None:
    attendance = ("От Монголии в качестве наблюдателя в заседании участвовал Министр финансов Б.Нямдорж, в качестве "
                  "партнера по диалогу – министр торговли Королевства Камбоджа Пен Совичат.")
    assert _rows(_RU_FRAME, attendance) == [
        ("MNG", "observer_state", "Министр финансов", "Б.Нямдорж"),
        ("KHM", "dialogue_partner", "министр торговли", "Пен Совичат"),
    ]
