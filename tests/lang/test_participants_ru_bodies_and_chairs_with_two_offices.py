"""Russian entries: the body of an organisation between the office and its short name («Руководитель Горного центра
государств – участников СНГ») goes with the organisation, the office keeps the office words («Руководитель»), and
«государств – участников» is no list lead; a chair named with two offices («Председатель Совета … ШОС – Министр …
<государства> А.Б.Фамилия») flags the listed person of the same name instead of adding another record. Invented
names and wording."""

from __future__ import annotations

from scodata.extract import ru
from scodata.lang.entries import parse_entry
from tests.lang.framing import extracted


def test_a_body_of_an_organisation_goes_with_it() -> None:
    parsed = parse_entry("Руководитель Горного центра государств – участников СНГ В.В.Полев", "ru", ru.WORDS)
    assert (parsed["organisation"], parsed["organisation_id"], parsed["title"], parsed["name"]) == (
        "Горного центра государств – участников СНГ", "CIS", "Руководитель", "В.В.Полев")


def test_offices_alone_stay_in_the_title() -> None:
    parsed = parse_entry("Заместитель Генерального секретаря ООН Е.Е.Лунин", "ru", ru.WORDS)
    assert (parsed["organisation"], parsed["title"], parsed["name"]) == ("ООН", "Заместитель Генерального секретаря",
                                                                         "Е.Е.Лунин")


def test_a_chair_with_two_offices_flags_the_listed_person() -> None:
    text = ("Информационное сообщение о заседании Совета Региональной антитеррористической структуры ШОС\n\n"
            "10 апреля 2031 года в Оше состоялось заседание Совета Региональной антитеррористической структуры ШОС. "
            "Заседание провел Председатель Совета РАТС ШОС – Министр безопасности Кыргызской Республики К.Т.Усенов.\n\n"
            "В заседании приняли участие руководители делегаций:\n"
            "Республика Казахстан — Министр безопасности А.Б.Сейтов\n"
            "Кыргызская Республика — Министр безопасности К.Т.Усенов\n"
            "Российская Федерация — Директор службы П.П.Орлов\n\n"
            "Члены Совета отметили значение обмена сведениями.")
    rows = [(r["state_code"], r["organisation_id"], r["title"], r["name"], r["is_chair"])
            for r in extracted(text, "2031-04-10")[1]["participants"]]
    assert [r for r in rows if r[3] == "К.Т.Усенов"] == [("KGZ", None, "Министр безопасности", "К.Т.Усенов", True)]


def test_english_keeps_the_department_in_the_title() -> None:
    from scodata.extract import en
    parsed = parse_entry("Ms. Olga Vetrova, Head of the Bureau of Rivers of the Eurasian Economic Commission", "en",
                         en.WORDS)
    assert (parsed["organisation"], parsed["title"], parsed["name"]) == (
        "Eurasian Economic Commission", "Head of the Bureau of Rivers", "Olga Vetrova")
