"""A bracketed chair mark naming the kind of meeting (совещания, конференции; "of the conference") flags the entry as the
chair and stays out of its name, also after initials glued to the surname (В.Г.Сидоренко). Invented names and wording."""

from __future__ import annotations

from tests.lang.framing import extracted


def _rows(text: str, date: str) -> list[tuple[object, ...]]:
    return [(r["state_code"], r["title"], r["name"], r["is_chair"]) for r in extracted(text, date)[1]["participants"]]


def test_russian_chair_mark_of_a_conference() -> None:
    text = ("Совместное коммюнике совещания министров водного хозяйства государств – членов ШОС\n\n"
            "3 марта 2021 года в Оше состоялось совещание министров водного хозяйства государств – членов Шанхайской "
            "организации сотрудничества.\n\n"
            "В совещании приняли участие:\n"
            "Министр водного хозяйства Кыргызской Республики Б.Т.Осмонов (председатель совещания);\n"
            "Министр водного хозяйства Республики Казахстан Е.К.Сапаров;\n"
            "Министр водного хозяйства Российской Федерации В.Г.Сидоренко.\n\n"
            "Министры отметили важность рационального использования водных ресурсов в регионе.")
    assert _rows(text, "2021-03-03") == [
        ("KGZ", "Министр водного хозяйства", "Б.Т.Осмонов", True),
        ("KAZ", "Министр водного хозяйства", "Е.К.Сапаров", False),
        ("RUS", "Министр водного хозяйства", "В.Г.Сидоренко", False),
    ]


def test_english_chair_mark_of_a_conference() -> None:
    text = ("Joint Communiqué of the Conference of Ministers of Water Resources of the SCO Member States\n\n"
            "The conference was held in Osh on 3 March 2021.\n\n"
            "The conference was attended by: the Minister of Water Resources of the Kyrgyz Republic B.T. Osmonov "
            "(Chairman of the conference); the Minister of Water Resources of the Republic of Kazakhstan E.K. Saparov.\n\n"
            "The Ministers noted the importance of the rational use of water resources in the region.")
    assert _rows(text, "2021-03-03") == [
        ("KGZ", "Minister of Water Resources", "B.T. Osmonov", True),
        ("KAZ", "Minister of Water Resources", "E.K. Saparov", False),
    ]
