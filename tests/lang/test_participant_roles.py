"""Participant roles are the same in Chinese, English and Russian (issues 12 and 15): the text's own marker first
(dialogue partners -> dialogue_partner, a guest of the presiding party -> guest, even for a dialogue partner); else
the state's SCO status on the meeting date; a member/observer/dialogue-partner marker never gives a state a status
it did not hold that day."""

from __future__ import annotations

import pytest

from scodata import lang

_MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")


def _frame(language: str, date: str, body: str) -> str:
    y, m, d = (int(x) for x in date.split("-"))
    if language == "en":
        return (f"Joint Communiqué of the Meeting of the Council of Heads of State of the SCO Member States\n\n"
                f"The meeting of the Council of Heads of State of the SCO Member States was held in Astana on "
                f"{d} {_MONTHS_EN[m - 1]} {y}.\n\n{body}\n\nThe Heads of State stressed the importance of trade.")
    if language == "ru":
        return (f"Совместное коммюнике\n\n{d} {_MONTHS_RU[m - 1]} {y} года в Астане состоялось заседание Совета глав "
                f"государств – членов ШОС.\n\n{body}\n\nГлавы государств отметили важность торгового сотрудничества.")
    return f"{y}年{m}月{d}日，上海合作组织成员国元首理事会会议在阿斯塔纳举行。\n\n{body}\n\n元首们指出，合作重要。"


def _roles(language: str, date: str, body: str) -> dict[str, str]:
    text = _frame(language, date, body)
    language_ = lang.for_text(text)
    cleaned = language_.clean(text)
    seg = language_.segment(cleaned.text)
    info = language_.describe(seg, None, None, (cleaned.wire_dateline, cleaned.wire_agency))
    assert info.meeting_date == date
    tables = language_.extract("d", seg.paragraphs, info.meeting_date)[-1]
    return {str(r["state_code"]): str(r["role"]) for r in tables["participants"] if r["state_code"]}


_UNMARKED = {
    "en": "The meeting was attended by Prime Minister of the Republic of India R. Desai, President of the Republic of "
          "Belarus A. Mikhailov, President of the Islamic Republic of Afghanistan K. Karim and President of the "
          "Republic of Turkey M. Oz.",
    "ru": "В заседании приняли участие Премьер-министр Республики Индия Р.Десаи, Президент Республики Беларусь "
          "А.Михайлов, Президент Исламской Республики Афганистан К.Карим и Президент Турецкой Республики М.Оз.",
    "zh": "印度共和国总理德赛、白俄罗斯共和国总统米哈伊洛夫、阿富汗伊斯兰共和国总统卡里姆、土耳其共和国总统奥兹出席会议。",
}


@pytest.mark.parametrize("language", ["en", "ru", "zh"])
@pytest.mark.parametrize(("date", "roles"), [
    ("2010-06-11", {"IND": "observer_state", "BLR": "dialogue_partner", "AFG": "guest", "TUR": "guest"}),
    ("2016-06-24", {"IND": "observer_state", "BLR": "observer_state", "AFG": "observer_state",
                    "TUR": "dialogue_partner"}),
    ("2024-07-04", {"IND": "member_state", "BLR": "member_state", "AFG": "observer_state",
                    "TUR": "dialogue_partner"}),
])
def test_unmarked_roles_are_the_status_on_the_meeting_date(language: str, date: str, roles: dict[str, str]) -> None:
    assert _roles(language, date, _UNMARKED[language]) == roles


_MARKED = {
    "en": "Also taking part were the heads of delegations of the SCO dialogue partners: President of the Republic of "
          "Azerbaijan I. Aliyev and Prime Minister of the Kingdom of Cambodia H. Manet. President of Turkmenistan "
          "S. Berdy and Prime Minister of Nepal R. Thapa attended as guests of the presiding party.",
    "ru": "Также в заседании приняли участие главы делегаций государств – партнеров по диалогу: Президент "
          "Азербайджанской Республики И.Алиев и Премьер-министр Королевства Камбоджа Х.Манет. В качестве гостей "
          "председательствующей стороны в заседании приняли участие Президент Туркменистана С.Берды и "
          "Премьер-министр Непала Р.Тхапа.",
    "zh": "对话伙伴代表阿塞拜疆共和国总统阿利耶夫、柬埔寨王国首相洪玛奈出席会议。土库曼斯坦总统别尔德和尼泊尔总理塔帕作为主席国客人出席会议。",
}


@pytest.mark.parametrize("language", ["en", "ru", "zh"])
def test_a_dialogue_partner_marker_and_a_guest_marker(language: str) -> None:
    """Dialogue partners named as such are dialogue partners; a guest of the presiding party is a guest even when
    the state is a dialogue partner that day (Nepal)."""
    assert _roles(language, "2024-07-04", _MARKED[language]) == {
        "AZE": "dialogue_partner", "KHM": "dialogue_partner", "TKM": "guest", "NPL": "guest"}


_CARRIED = {
    "en": "Representatives of the SCO observer states also attended: Deputy Prime Minister of Mongolia A. Bat, First "
          "Vice-President of the Islamic Republic of Afghanistan B. Amin and Deputy Prime Minister of Turkmenistan "
          "C. Meredov.",
    "ru": "Также в заседании приняли участие представители государств – наблюдателей ШОС: заместитель "
          "Премьер-министра Монголии А.Бат, первый вице-президент Исламской Республики Афганистан Б.Амин и "
          "заместитель Председателя Кабинета министров Туркменистана Ч.Мередов.",
    "zh": "上合组织观察员国代表蒙古国副总理甲、阿富汗伊斯兰共和国第一副总统乙以及土库曼斯坦副总理丙出席会议。",
}


@pytest.mark.parametrize("language", ["en", "ru", "zh"])
@pytest.mark.parametrize(("date", "afghanistan"), [("2019-11-02", "observer_state"), ("2011-11-07", "guest")])
def test_a_carried_marker_never_gives_a_status_the_state_did_not_have(language: str, date: str, afghanistan: str) -> None:
    assert _roles(language, date, _CARRIED[language]) == {"MNG": "observer_state", "AFG": afghanistan, "TKM": "guest"}


_INVITED = {
    "en": "At the invitation of the presiding party, President of the Republic of Azerbaijan I. Aliyev, President of "
          "Mongolia U. Bold and President of Turkmenistan S. Berdy also attended the meeting.",
    "ru": "По приглашению председательствующей стороны в заседании также приняли участие Президент Азербайджанской "
          "Республики И.Алиев, Президент Монголии У.Болд и Президент Туркменистана С.Берды.",
    "zh": "应主席国邀请，阿塞拜疆共和国总统阿利耶夫、蒙古国总统包勒德、土库曼斯坦总统别尔德出席会议。",
}


@pytest.mark.parametrize("language", ["en", "ru", "zh"])
def test_states_invited_by_the_presiding_party_are_its_guests(language: str) -> None:
    """An invitation of the chair is a guest marker: whatever the state's status that day (a dialogue partner, an
    observer or none), it attends as a guest (the participants schema's role)."""
    assert _roles(language, "2024-07-04", _INVITED[language]) == {"AZE": "guest", "MNG": "guest", "TKM": "guest"}
