"""Citation classes found on holdout5, on invented titles and wording: a date and place in a bracket after the title
(English, Russian), an action separated from the title by "the new version of" / «новую редакцию», a title nested in
„“ or in «» inside «», or in '' or ‘’ inside an English quoted title (its own record, pointing to its parent, without an
action, the verb going on to the title after the parent), a quoted Rules / «Правила» title, and (Chinese) a place after
于 between the date and the action."""

from __future__ import annotations

from scodata.extract.citations import extract_citations
from scodata.model import Paragraph
from tests.lang.framing import framed

_EN = ("Joint Communiqué of the Meeting of the Council of Heads of Government of the SCO Member States\n\n"
       "On 8 March 2041 the Council of Heads of Government of the SCO Member States met in Kazan.\n\n{}\n\n"
       "The next meeting will be held in 2042.")
_RU = ("Совместное коммюнике по итогам заседания Совета глав правительств государств – членов ШОС\n\n"
       "8 марта 2041 года в Казани состоялось заседание Совета глав правительств государств – членов ШОС.\n\n{}\n\n"
       "Следующее заседание состоится в 2042 году.")


def _cited(frame: str, body: str) -> list[tuple]:
    language, _, seg = framed(frame, body)
    _, tables = language.extract("d", seg.paragraphs, "2041-03-08")
    rows = tables["cited_documents"]
    titles = {r["cited_document_id"]: r["title"] for r in rows}
    return [(r["title"], r["action"], r["date"], r["place"], titles.get(r["parent_id"])) for r in rows]


def test_bracketed_date_and_place_after_the_title() -> None:
    assert _cited(_EN, 'The heads of delegation reaffirmed their commitment to the "SCO Water Strategy until 2050" '
                       "(Orenburg, 2 May 2039).") == [("SCO Water Strategy until 2050", None, "2039-05-02", "Orenburg", None)]
    assert _cited(_RU, "Главы делегаций подтвердили приверженность «Стратегии водного сотрудничества ШОС» "
                       "(Оренбург, 2 мая 2039 года).") == [
        ("Стратегии водного сотрудничества ШОС", None, "2039-05-02", "Оренбург", None)]


def test_action_before_a_new_version_of_the_title() -> None:
    assert _cited(_EN, 'The heads of delegation approved the new version of the "Programme of Rail Cooperation of '
                       'the SCO Member States".')[0][:2] == ("Programme of Rail Cooperation of the SCO Member States", "approved")
    assert _cited(_RU, "Главы делегаций утвердили новую редакцию «Программы железнодорожного сотрудничества».")[0][:2] \
        == ("Программы железнодорожного сотрудничества", "утвердили")


def test_title_nested_in_low_quotes() -> None:
    body = ("Главы делегаций утвердили «Меры по выполнению „Концепции водного сотрудничества государств – членов ШОС“ "
            "на 2041–2045 годы».")
    outer = "Меры по выполнению „Концепции водного сотрудничества государств – членов ШОС“ на 2041–2045 годы"
    assert _cited(_RU, body) == [(outer, "утвердили", None, None, None),
                                 ("Концепции водного сотрудничества государств – членов ШОС", None, None, None, outer)]


def test_title_nested_in_the_same_guillemets() -> None:
    # «A «B»»: the doubled closing mark ends both titles
    body = "Главы делегаций одобрили «Дорожную карту по выполнению «Соглашения о водных ресурсах на 2041–2045 годы»»."
    outer = "Дорожную карту по выполнению «Соглашения о водных ресурсах на 2041–2045 годы»"
    assert _cited(_RU, body) == [(outer, "одобрили", None, None, None),
                                 ("Соглашения о водных ресурсах на 2041–2045 годы", None, None, None, outer)]


def test_title_nested_in_single_quotes_inside_an_english_title() -> None:
    for opening, closing in (("'", "'"), ("‘", "’")):
        inner = "Convention on Transboundary Rivers of the People’s Republic of China and the Republic of Kazakhstan"
        outer = f"Roadmap for the Implementation of the {opening}{inner}{closing}"
        body = f'The heads of delegation approved the "{outer}" and the "Water Programme for 2041–2045".'
        assert _cited(_EN, body) == [(outer, "approved", None, None, None), (inner, None, None, None, outer),
                                     ("Water Programme for 2041–2045", "approved", None, None, None)]


def test_an_apostrophe_inside_a_quoted_title_is_no_quote() -> None:
    body = "The heads of delegation approved the \"Plan of the Members' Water Council's Secretariat for 2041\"."
    assert [r[0] for r in _cited(_EN, body)] == ["Plan of the Members' Water Council's Secretariat for 2041"]


def test_quoted_rules_are_a_document() -> None:
    assert [r[0] for r in _cited(_RU, "Стороны поддерживают обновление «Правил поведения в области водопользования».")] \
        == ["Правил поведения в области водопользования"]
    assert [r[0] for r in _cited(_EN, 'The sides supported the "Rules of Conduct for River Basins".')] \
        == ["Rules of Conduct for River Basins"]


def test_zh_place_after_yu_between_date_and_action() -> None:
    text = "各方支持在2031年5月2日于奥伦堡签署的《上海合作组织成员国水资源合作协定》。"
    record = extract_citations("d", [Paragraph(1, text, 0, len(text), "body")])[0]
    assert (record["action"], record["date"], record["place"]) == ("签署", "2031-05-02", "奥伦堡")
