"""English and Russian participants and document fields: general layouts beyond the fixtures (own wording)."""

from __future__ import annotations

import pytest

from scodata import lang

_EN_FRAME = ("Joint Communiqué of the Meeting of the Council of Heads of Government of the SCO Member States\n\n"
             "The meeting of the Council of Heads of Government of the SCO Member States was held in Tashkent on "
             "3 November 2037.\n\n{}\n\nThe Heads of Government welcomed the results of the talks and stressed the "
             "importance of trade.\n\nThe next meeting will be held in 2038.")
_RU_FRAME = ("Совместное коммюнике\n\n3 ноября 2037 года в Ташкенте состоялось заседание Совета глав правительств "
             "государств – членов ШОС.\n\n{}\n\nГлавы правительств приветствовали итоги встречи и отметили важность "
             "торгового сотрудничества.\n\nСледующее заседание состоится в 2038 году.")


def _extract(text: str):
    language = lang.for_text(text)
    cleaned = language.clean(text)
    seg = language.segment(cleaned.text)
    info = language.describe(seg, None, None, (cleaned.wire_dateline, cleaned.wire_agency))
    return info, *language.extract("d", seg.paragraphs, info.meeting_date)


def _participants(frame: str, attendance: str) -> list[tuple]:
    _, _, tables = _extract(frame.format(attendance))
    return [(r["state_code"], r["title"], r["name"], r["is_chair"]) for r in tables["participants"]]


@pytest.mark.parametrize(("frame", "attendance", "expected"), [
    # a plain lead ending in a colon ("heads of delegation:") heads the list; it is no entry's title
    (_RU_FRAME, "В работе заседания участвовали руководители делегаций: А.Б.Сергеев (Председатель Правительства России), "
                "Чжан Вэй (Премьер Госсовета КНР), Т.Ж.Нурланов (Премьер-министр Казахстана).",
     [("RUS", "Председатель Правительства", "А.Б.Сергеев", False), ("CHN", "Премьер Госсовета", "Чжан Вэй", False),
      ("KAZ", "Премьер-министр", "Т.Ж.Нурланов", False)]),
    (_EN_FRAME, "Taking part in the meeting were the delegation leaders: P. Mehta (Prime Minister of India), "
                "K. Alimov (Prime Minister of Uzbekistan).",
     [("IND", "Prime Minister", "P. Mehta", False), ("UZB", "Prime Minister", "K. Alimov", False)]),
    # a bracketed chair mark after an entry: the entry is the chair
    (_RU_FRAME, "В заседании приняли участие Премьер-министр Республики Узбекистан Д.А.Каримов (председательствующий) и "
                "Премьер-министр Республики Таджикистан С.Р.Сафаров.",
     [("UZB", "Премьер-министр", "Д.А.Каримов", True), ("TJK", "Премьер-министр", "С.Р.Сафаров", False)]),
    (_EN_FRAME, "The meeting was attended by Prime Minister of the Republic of Uzbekistan D. Karimov (Chair) and Prime "
                "Minister of the Republic of Tajikistan S. Safarov.",
     [("UZB", "Prime Minister", "D. Karimov", True), ("TJK", "Prime Minister", "S. Safarov", False)]),
    # two offices of one person, a comma between them: both are the title
    (_RU_FRAME, "В заседании приняли участие:\nот Российской Федерации – Заместитель Председателя Правительства, "
                "Министр финансов И.П.Волков;\nот Республики Казахстан – Премьер-министр Т.Ж.Нурланов.",
     [("RUS", "Заместитель Председателя Правительства, Министр финансов", "И.П.Волков", False),
      ("KAZ", "Премьер-министр", "Т.Ж.Нурланов", False)]),
])
def test_list_leads_chair_marks_and_double_offices(frame: str, attendance: str, expected: list[tuple]) -> None:
    assert _participants(frame, attendance) == expected


@pytest.mark.parametrize(("title", "doc_type", "council"), [
    ("Information Report on the Meeting of the Council of Heads of State of the SCO Member States",
     "information_report", "heads_of_state"),
    ("Press Release of the Meeting of the Council of Heads of Member States of the Shanghai Cooperation Organization",
     "press_communique", "heads_of_state"),
])
def test_english_types_and_literal_council_names(title: str, doc_type: str, council: str) -> None:
    """«Information Report» is the 信息公报 type; «Heads of Member States» (a literal translation) is the heads of state."""
    text = (f"{title}\n\nOn 12 June 2036 in the city of Astana was held the meeting of the Council of Heads of Member "
            "States of the SCO.\n\nThe Heads of State noted the results of the year and approved the budget of the "
            "Organization.\n\nThe next meeting will be held in 2037.")
    info, _, _ = _extract(text)
    assert (info.doc_type, info.council) == (doc_type, council)
    assert lang.get("en").ids(info, "0" * 64)[0] == f"sco-hos-2036-06-12-{doc_type.replace('_', '-')}-en"


@pytest.mark.parametrize("furniture", [
    "Printed from www.example.org/news/123 on 17/06/2031",
    "This page was downloaded from http://example.org on 2031-06-17",
    "Страница распечатана с сайта example.ru 18.06.2031",
    "Назад | Наверх | Печать",
    "« Back to list | Print this page | E-mail to a friend",
    "Enditem",
    "(end)",
    "(Конец)",
    "Editor: Lan Haoming",
    "(Edited by Petra Volk and Omar Idris)",
    "Reporting by J. Tanaka",
    "Редактор: Д.Осипова",
])
def test_print_and_navigation_lines_are_not_paragraphs(furniture: str) -> None:
    """A viewer's print stamp, a line of navigation links, a news agency's end-of-story mark or its credit line (an
    editor's or reporter's name alone) between paragraphs is removed (cleaning rules print_furniture, wire_end,
    wire_credit), so the paragraphs keep their numbers and the preamble its
    attendance paragraphs."""
    text = _RU_FRAME if any("а" <= c <= "я" for c in furniture) else _EN_FRAME
    attendance = ("В заседании приняли участие Премьер-министр Республики Казахстан Т.Ж.Нурланов и Премьер-министр "
                  "Республики Таджикистан С.Р.Сафаров." if text is _RU_FRAME else
                  "The meeting was attended by Prime Minister of the Republic of Kazakhstan T. Nurlanov and Prime "
                  "Minister of the Republic of Tajikistan S. Safarov.")
    language = lang.for_text(text)
    plain = language.segment(language.clean(text.format(attendance)).text).paragraphs
    noisy = language.segment(language.clean(text.format(f"{furniture}\n\n{attendance}\n\n{furniture}")).text).paragraphs
    assert [(p.text, p.section) for p in noisy] == [(p.text, p.section) for p in plain]


@pytest.mark.parametrize(("frame", "attendance", "expected"), [
    # the office in brackets after the state: the words before the state are the list's lead, not a title
    (_EN_FRAME, "The delegations of Uzbekistan (Prime Minister D. Karimov) and Tajikistan (Prime Minister S. Safarov) "
                "took part in the meeting.",
     [("member_state", "UZB", "Prime Minister", "D. Karimov"), ("member_state", "TJK", "Prime Minister", "S. Safarov")]),
    (_RU_FRAME, "В заседании участвовали делегации Узбекистана (Премьер-министр Д.А.Каримов) и Таджикистана "
                "(Премьер-министр С.Р.Сафаров).",
     [("member_state", "UZB", "Премьер-министр", "Д.А.Каримов"), ("member_state", "TJK", "Премьер-министр", "С.Р.Сафаров")]),
    # a state named after "Representing": the entry follows the verb
    (_EN_FRAME, "Representing Kazakhstan was Prime Minister T. Nurlanov.",
     [("member_state", "KAZ", "Prime Minister", "T. Nurlanov")]),
    # the role as the subject of the attendance verb gives the entries their role (states observers on the date)
    (_EN_FRAME, "Observer states were represented by President of Mongolia B. Dorj and Vice-President of Afghanistan "
                "A. Karimi.",
     [("observer_state", "MNG", "President", "B. Dorj"), ("observer_state", "AFG", "Vice-President", "A. Karimi")]),
    (_EN_FRAME, "The SCO dialogue partners were also represented: Prime Minister of Nepal R. Thapa.",
     [("dialogue_partner", "NPL", "Prime Minister", "R. Thapa")]),
    (_RU_FRAME, "Государства-наблюдатели представляли Президент Монголии Б.Дорж и Вице-президент Афганистана А.Карими.",
     [("observer_state", "MNG", "Президент", "Б.Дорж"), ("observer_state", "AFG", "Вице-президент", "А.Карими")]),
])
def test_bracketed_offices_representing_and_role_subjects(frame: str, attendance: str, expected: list[tuple]) -> None:
    _, _, tables = _extract(frame.format(attendance))
    assert [(r["role"], r["state_code"], r["title"], r["name"]) for r in tables["participants"]] == expected


def _citations(frame: str, statement: str) -> list[tuple]:
    _, _, tables = _extract(frame.format(statement))
    return [(r["title"], r["action"], r["date"], r["place"]) for r in tables["cited_documents"]]


@pytest.mark.parametrize(("frame", "statement", "expected"), [
    # two titles joined by "and to the": two documents
    (_EN_FRAME, "The Heads of Government reaffirmed their commitment to the Charter of the United Nations and to the "
                "Treaty on Friendship of the SCO Member States, signed in Tashkent on 9 May 2031.",
     [("Charter of the United Nations", None, None, None),
      ("Treaty on Friendship of the SCO Member States", "signed", "2031-05-09", "Tashkent")]),
    # "among" inside a title; a title-case gerund before "the"
    (_EN_FRAME, "The Heads of Government noted the Agreement among the Governments of the SCO Member States on Ensuring "
                "the Safety of Rail Transport.",
     [("Agreement among the Governments of the SCO Member States on Ensuring the Safety of Rail Transport", None, None, None)]),
    # a declaration's present tense; a wish is no action; a nominal action with its date and place before the title
    (_EN_FRAME, "The Heads of Government approve the Joint Initiative on Green Energy and call for the early adoption of "
                "the Convention on Water Resources.",
     [("Joint Initiative on Green Energy", "approve", None, None), ("Convention on Water Resources", None, None, None)]),
    (_RU_FRAME, "Главы правительств приветствовали подписание 4 апреля 2031 года в Бишкеке Соглашения о сотрудничестве "
                "в области туризма и призвали к скорейшему принятию Конвенции о водных ресурсах.",
     [("Соглашения о сотрудничестве в области туризма", "подписание", "2031-04-04", "Бишкеке"),
      ("Конвенции о водных ресурсах", None, None, None)]),
    # a quoted title whatever its first word, after a document verb; a quoted title with adjectives before its noun
    (_RU_FRAME, "Главы правительств утвердили «Перечень совместных проектов на 2032–2034 годы» и отметили значение "
                "«Ташкентской конвенции о борьбе с контрабандой, незаконным оборотом и хищением» от 3 марта 2030 года.",
     [("Перечень совместных проектов на 2032–2034 годы", "утвердили", None, None),
      ("Ташкентской конвенции о борьбе с контрабандой, незаконным оборотом и хищением", None, "2030-03-03", None)]),
])
def test_cited_document_titles_and_actions(frame: str, statement: str, expected: list[tuple]) -> None:
    assert _citations(frame, statement) == expected


def _meetings(frame: str, statement: str) -> list[tuple]:
    _, _, tables = _extract(frame.format(statement))
    return [(r["name"], r["start_date"], r["place"]) for r in tables["meetings"] if not r["is_current_meeting"]]


@pytest.mark.parametrize(("frame", "statement", "expected"), [
    # two meetings in one sentence, each with its own place and date (with or without "held")
    (_EN_FRAME, "The Heads of Government welcomed the outcome of the meeting of Transport Ministers in Osh on May 3, 2037 "
                "and of the second meeting of Energy Ministers in Khujand on June 8, 2037.",
     [("meeting of Transport Ministers", "2037-05-03", "Osh"),
      ("second meeting of Energy Ministers", "2037-06-08", "Khujand")]),
    (_EN_FRAME, "The Heads of Government noted the meeting of the Council of Ministers of Culture held in Almaty on "
                "2 March 2037 and the forum of rectors held in Tomsk on 9 April 2037.",
     [("meeting of the Council of Ministers of Culture", "2037-03-02", "Almaty"),
      ("forum of rectors", "2037-04-09", "Tomsk")]),
    # an of-complement in lower case belongs to the name; "to be held" does not
    (_EN_FRAME, "The Heads of Government noted the meeting of the SCO working group on digital trade held in Hanoi on "
                "5 May 2037 and the forum of young scientists to be held in Tashkent on 1 June 2038.",
     [("meeting of the SCO working group on digital trade", "2037-05-05", "Hanoi"),
      ("forum of young scientists", "2038-06-01", "Tashkent")]),
    # Russian «и» joining two nouns of the name
    (_RU_FRAME, "Главы правительств приветствовали итоги совещания министров культуры и спорта государств – членов ШОС, "
                "состоявшегося 6 – 7 мая 2037 года в Оше.",
     [("совещания министров культуры и спорта государств – членов ШОС", "2037-05-06", "Оше")]),
])
def test_meeting_names_and_places(frame: str, statement: str, expected: list[tuple]) -> None:
    assert _meetings(frame, statement) == expected


def test_chairman_of_the_board_is_an_office() -> None:
    """"Chairman of the Board of <organisation>": the Board belongs to the title, the organisation is the body's."""
    _, _, tables = _extract(_EN_FRAME.format(
        "The meeting was also attended by Chairman of the Board of the Eurasian Economic Commission P. Orlov and "
        "Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure N. Saidov."))
    assert [(r["organisation_id"], r["organisation"], r["title"], r["name"]) for r in tables["participants"]] == [
        ("EEC", "Eurasian Economic Commission", "Chairman of the Board", "P. Orlov"),
        ("SCO-RATS", "Executive Committee of the SCO Regional Anti-Terrorist Structure", "Director", "N. Saidov")]


@pytest.mark.parametrize(("attendance", "expected"), [
    # a role marker after an entry that names its state by an adjective marks that entry only
    ("The meeting was attended by Prime Minister of Kazakhstan T. Nurlanov and Mongolian Prime Minister B. Dorj as "
     "an observer.",
     [("member_state", "KAZ", "Prime Minister", "T. Nurlanov"), ("observer_state", "MNG", "Prime Minister", "B. Dorj")]),
    # the role between the verb and "by": "represented as an observer by"
    ("Mongolia was represented as an observer by Prime Minister B. Dorj.",
     [("observer_state", "MNG", "Prime Minister", "B. Dorj")]),
    # "brought together" takes the list as its object
    ("The meeting brought together Kazakh Prime Minister T. Nurlanov and Tajik Prime Minister S. Safarov.",
     [("member_state", "KAZ", "Prime Minister", "T. Nurlanov"), ("member_state", "TJK", "Prime Minister", "S. Safarov")]),
])
def test_english_wire_attendance_forms(attendance: str, expected: list[tuple]) -> None:
    _, _, tables = _extract(_EN_FRAME.format(attendance))
    assert [(r["role"], r["state_code"], r["title"], r["name"]) for r in tables["participants"]] == expected


@pytest.mark.parametrize(("frame", "attendance", "expected"), [
    # states first, then as many persons: the n-th person is the n-th state's (after a dash, or "respectively")
    (_EN_FRAME, "The meeting was attended by the Prime Ministers of Kazakhstan, Kyrgyzstan and Tajikistan – "
                "O. Bektenov, A. Zhaparov and K. Rasulzoda.",
     [("KAZ", "Prime Minister", "O. Bektenov"), ("KGZ", "Prime Minister", "A. Zhaparov"),
      ("TJK", "Prime Minister", "K. Rasulzoda")]),
    (_EN_FRAME, "Taking part in the meeting were the heads of government of India, Pakistan and Iran, N. Rao, "
                "S. Sharif and M. Aref, respectively.",
     [("IND", None, "N. Rao"), ("PAK", None, "S. Sharif"), ("IRN", None, "M. Aref")]),
    (_RU_FRAME, "В заседании приняли участие главы правительств Казахстана, Киргизии и Таджикистана – О.Бектенов, "
                "А.Жапаров и К.Расулзода.",
     [("KAZ", None, "О.Бектенов"), ("KGZ", None, "А.Жапаров"), ("TJK", None, "К.Расулзода")]),
    (_RU_FRAME, "В заседании приняли участие премьер-министры Индии и Пакистана – соответственно Н.Рао и Ш.Шариф.",
     [("IND", "премьер-министр", "Н.Рао"), ("PAK", "премьер-министр", "Ш.Шариф")]),
    # one delegation named in full, the next ones by their state alone (an adjective or a name) and a dash or "by"
    (_RU_FRAME, "Казахстанскую делегацию возглавлял О.Бектенов, кыргызскую – А.Жапаров, таджикскую – К.Расулзода.",
     [("KAZ", None, "О.Бектенов"), ("KGZ", None, "А.Жапаров"), ("TJK", None, "К.Расулзода")]),
    (_RU_FRAME, "Делегацию Казахстана возглавлял Премьер-министр О.Бектенов, Кыргызстана – А.Жапаров.",
     [("KAZ", "Премьер-министр", "О.Бектенов"), ("KGZ", None, "А.Жапаров")]),
    (_EN_FRAME, "The Kazakh delegation was headed by Prime Minister O. Bektenov, the Kyrgyz by A. Zhaparov and the "
                "Tajik one by K. Rasulzoda.",
     [("KAZ", "Prime Minister", "O. Bektenov"), ("KGZ", None, "A. Zhaparov"), ("TJK", None, "K. Rasulzoda")]),
    (_EN_FRAME, "The delegation of Kazakhstan was led by Prime Minister O. Bektenov, that of Kyrgyzstan by "
                "A. Zhaparov.",
     [("KAZ", "Prime Minister", "O. Bektenov"), ("KGZ", None, "A. Zhaparov")]),
])
def test_respectively_and_elliptical_lists(frame: str, attendance: str, expected: list[tuple]) -> None:
    assert [(s, t, n) for s, t, n, _ in _participants(frame, attendance)] == expected


@pytest.mark.parametrize("joiner", ["together with", "along with"])
def test_an_entry_opened_by_together_with(joiner: str) -> None:
    _, _, tables = _extract(_EN_FRAME.format(
        f"Prime Minister of the Republic of Uzbekistan D. Karimov also attended the meeting, {joiner} SCO "
        "Secretary-General A. Petrov and Director of the SCO RATS Executive Committee B. Omarov."))
    rows = [(r["organisation_id"] or r["state_code"], r["organisation"], r["title"], r["name"])
            for r in tables["participants"]]
    assert rows[1] == ("SCO-SEC", "SCO", "Secretary-General", "A. Petrov")
    assert rows[0] == ("UZB", None, "Prime Minister", "D. Karimov") and rows[2][0] == "SCO-RATS"
