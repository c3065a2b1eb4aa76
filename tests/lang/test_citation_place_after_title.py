"""The place and date of an action named before a cited title, written after the title ("signed the “…” in Osh on 5 May
2030", «подписали «…» 5 мая 2030 года в Оше»); a language named after "in" is no place. Invented wording."""

from __future__ import annotations

from tests.lang.framing import extracted

_EN = ("Joint Communiqué of the Meeting of Ministers of Water Resources of the SCO Member States\n\n"
       "The meeting of Ministers of Water Resources of the SCO Member States was held in Osh on 4 May 2030.\n\n"
       "The Ministers noted the growth of cooperation.\n\n"
       "{}\n\n"
       "The next meeting will be held in Tashkent in 2031.")
_RU = ("Совместное коммюнике совещания министров водного хозяйства государств – членов ШОС\n\n"
       "4 мая 2030 года в Оше состоялось совещание министров водного хозяйства государств – членов ШОС.\n\n"
       "Министры отметили рост сотрудничества.\n\n"
       "{}\n\n"
       "Следующее совещание состоится в 2031 году в Ташкенте.")


def _cited(frame: str, body: str) -> list[tuple[object, ...]]:
    return [(r["title"], r["action"], r["date"], r["place"])
            for r in extracted(frame.format(body), "2030-05-04")[1]["cited_documents"]]


def test_english_place_then_date_after_the_title() -> None:
    body = ('The Ministers thanked the Kyrgyz side and signed the "Memorandum on the Monitoring of Glaciers" in Osh on '
            "5 May 2030.")
    assert _cited(_EN, body) == [("Memorandum on the Monitoring of Glaciers", "signed", "2030-05-05", "Osh")]


def test_english_date_then_place_after_the_title() -> None:
    body = 'The Ministers approved the "Plan of Joint Surveys of Rivers" on May 5, 2030, in Osh.'
    assert _cited(_EN, body) == [("Plan of Joint Surveys of Rivers", "approved", "2030-05-05", "Osh")]


def test_a_language_is_no_place() -> None:
    body = 'The Ministers signed the "Protocol on Flood Warnings" in Russian and Chinese.'
    assert _cited(_EN, body) == [("Protocol on Flood Warnings", "signed", None, None)]


def test_russian_date_and_place_after_the_title() -> None:
    body = "Министры подписали «Меморандум о мониторинге ледников» 5 мая 2030 года в Оше."
    assert _cited(_RU, body) == [("Меморандум о мониторинге ледников", "подписали", "2030-05-05", "Оше")]
