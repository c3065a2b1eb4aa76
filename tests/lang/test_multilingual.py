"""English and Russian communiqués: detection, names, segmentation, extraction, works and paragraph alignment."""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from scodata import lang
from scodata.align import align_pair, align_versions, anchors, paragraph_alignments
from scodata.errors import InputError
from scodata.extract.ru.inflect import case_forms
from scodata.lang import names
from scodata.model import RawSource
from scodata.pipeline import assemble, process_source

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "multilingual"
TRIPLE = {"zh-Hans": "tri_cfm_cholpon_ata.zh.txt", "en": "tri_cfm_cholpon_ata.en.txt", "ru": "tri_cfm_cholpon_ata.ru.txt"}


def _benchmark():
    spec = importlib.util.spec_from_file_location("multilingual_accuracy", ROOT / "benchmarks" / "multilingual_accuracy.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["multilingual_accuracy"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _build(name: str):
    path = FIXTURES / name
    return process_source(RawSource(path.read_bytes(), "file", str(path)))


@pytest.mark.parametrize(("text", "tag"), [
    ("上海合作组织成员国元首理事会会议于2025年7月4日举行。", "zh-Hans"),
    ("上海合作組織成員國元首理事會會議於2025年7月4日舉行。", "zh-Hant"),
    ("Заседание Совета глав государств – членов ШОС состоялось 4 июля 2025 года.", "ru"),
    ("The meeting of the SCO Council of Heads of State was held on 4 July 2025.", "en"),
])
def test_detect(text: str, tag: str) -> None:
    assert lang.detect(text) == tag
    assert lang.for_text(text).tag == ("zh-Hans" if tag.startswith("zh") else tag)


def test_russian_case_forms() -> None:
    assert {"Казахстана", "Казахстану", "Казахстаном", "Казахстане"} <= set(case_forms("Казахстан"))
    assert {"Российской Федерации", "Российскую Федерацию"} <= set(case_forms("Российская Федерация"))
    assert "Республики Казахстан" in case_forms("Республика Казахстан")
    assert case_forms("ООН") == ["ООН"]


@pytest.mark.parametrize(("language", "text", "code"), [
    ("en", "the Kyrgyz Republic and Kyrgyzstan", "KGZ"),
    ("ru", "с Кыргызской Республикой", "KGZ"),
    ("ru", "Китайской стороны", "CHN"),
    ("en", "the People's Republic of China", "CHN"),
])
def test_names_give_the_same_ids_in_every_language(language: str, text: str, code: str) -> None:
    assert {m.entity.entity_id for m in names.scan(text, language)} == {code}


def test_every_gazetteer_entity_has_english_and_russian_names() -> None:
    from scodata import gazetteer

    for entity in gazetteer.entities():
        assert names.names(entity.entity_id, "en"), entity.entity_id
        assert names.names(entity.entity_id, "ru"), entity.entity_id


def test_wire_dateline_is_kept_out_of_the_body() -> None:
    for text, dateline, agency in [
        ("SCO meeting\n\nMOSCOW, Nov 30 (TASS) -- The SCO heads of government met in Moscow on 30 November 2026 and "
         "discussed trade.\n\nThe Heads of Government stressed the importance of the SCO Charter for all members.",
         "MOSCOW, Nov 30 (TASS) --", "TASS"),
        ("ДУШАНБЕ, 17 сентября. /ТАСС/. Главы государств ШОС провели заседание 17 сентября 2021 года в Душанбе "
         "и обсудили вопросы.\n\nГлавы государств подчеркнули важность Хартии ШОС для всех государств-членов.",
         "ДУШАНБЕ, 17 сентября. /ТАСС/.", "ТАСС"),
    ]:
        language = lang.for_text(text)
        cleaned = language.clean(text)
        assert cleaned.wire_dateline == dateline and cleaned.wire_agency == agency
        first = language.segment(cleaned.text).paragraphs[0].text
        assert not first.startswith(dateline.split(",")[0])


def test_texts_without_sentences_or_sco_are_refused() -> None:
    with pytest.raises(InputError):
        lang.get("en").segment("Just a title\n\nAnother line")
    with pytest.raises(InputError, match="Shanghai Cooperation Organisation"):
        lang.get("en").segment("The ministers met in Paris and talked at length about many things.\n\n"
                               "They agreed on a number of points and will meet again next year.")


def test_blind_documents_participants_at_least_95_percent_per_language() -> None:
    totals = _benchmark().evaluate()
    assert set(totals) == {"en", "ru", "zh-Hans"}  # zh-Hans: the Chinese version of the triple (another extractor)
    for tables in (totals["en"], totals["ru"]):
        tp, n_pred, n_gold = tables["participants"]
        assert tp / n_pred >= 0.95 and tp / n_gold >= 0.95


def test_versions_of_a_work_share_work_id_and_state_codes() -> None:
    builds = {tag: _build(name) for tag, name in TRIPLE.items()}
    work_ids = {b.tables["documents"][0]["work_id"] for b in builds.values()}
    assert work_ids == {"sco-cfm-2029-05-22-joint-communique"}
    assert {b.doc_id for b in builds.values()} == {
        "sco-cfm-2029-05-22-joint-communique", "sco-cfm-2029-05-22-joint-communique-en",
        "sco-cfm-2029-05-22-joint-communique-ru"}
    assert {b.tables["documents"][0]["language"] for b in builds.values()} == set(TRIPLE)
    for table, column in (("participants", "state_code"), ("mentions", "entity_id")):
        codes = [sorted({r[column] for r in b.tables[table] if r[column]}) for b in builds.values()]
        assert codes[0] == codes[1] == codes[2], table
    chairs = [[r["state_code"] for r in b.tables["participants"] if r["is_chair"]] for b in builds.values()]
    assert chairs == [["KGZ"]] * 3


def test_triple_paragraphs_aligned_as_annotated() -> None:
    correct, total = _benchmark().alignment_accuracy()
    assert total == 96 and correct / total >= 0.95


def test_alignment_table_from_assembled_builds() -> None:
    data = assemble([_build(name) for name in TRIPLE.values()])
    rows = data["paragraph_alignments"]
    spec = json.loads((FIXTURES / "tri_cfm_cholpon_ata.alignment.json").read_text(encoding="utf-8"))
    assert {r["work_id"] for r in rows} == {spec["work_id"]}
    pairs = {(r["paragraph_id"], r["aligned_paragraph_id"]) for r in rows}
    assert ("sco-cfm-2029-05-22-joint-communique:p005", "sco-cfm-2029-05-22-joint-communique-en:p006") in pairs
    assert all((b, a) in pairs for a, b in pairs)
    assert all(0 <= r["score"] <= 1 for r in rows)
    assert paragraph_alignments({"documents": data["documents"][:1], "paragraphs": data["paragraphs"]}) == []


def test_alignment_handles_a_missing_paragraph_and_uses_anchors() -> None:
    a = [(1, "The meeting took place on 5 May 2029 in Astana with the Republic of India."),
         (2, "The ministers noted the 2035 strategy."),
         (3, "A paragraph the other version does not have at all, quite long, about many unrelated things, "
             "so that its length alone cannot pair it with anything on the other side of the alignment."),
         (4, "The next meeting will be held in 2030 in the Kyrgyz Republic.")]
    b = [(1, "Заседание состоялось 5 мая 2029 года в Астане с участием Республики Индия."),
         (2, "Министры отметили стратегию до 2035 года."),
         (3, "Следующее заседание состоится в 2030 году в Кыргызской Республике.")]
    beads = align_pair(a, b, "en", "ru")
    pairs = {(tuple(x), tuple(y)) for x, y, _ in beads}
    assert ((1,), (1,)) in pairs and ((2,), (2,)) in pairs and ((4,), (3,)) in pairs and ((3,), ()) in pairs
    assert anchors(b[0][1], "ru")["IND"] == 1 and anchors(a[0][1], "en")["#2029"] == 1
    assert align_versions({"en": a, "ru": b})[("ru", 3, "en")] == {4}


def _extract(text: str):
    language = lang.for_text(text)
    cleaned = language.clean(text)
    seg = language.segment(cleaned.text)
    info = language.describe(seg, None, None, (cleaned.wire_dateline, cleaned.wire_agency))
    return cleaned, info, *language.extract("d", seg.paragraphs, info.meeting_date)


def test_english_list_as_paragraphs_name_first_entries_and_possessive_initiative() -> None:
    text = ("Joint Communiqué of the Council of Heads of Government of the SCO Member States\n\n"
            "MOSCOW, November 30. /TASS/. The 19th meeting of the Council of Heads of Government (Prime Ministers) of "
            "the Member States of the Shanghai Cooperation Organisation (SCO) was held via videoconference on 30 November 2026.\n\n"
            "The meeting was attended by:\n\n"
            "H.E. Mr. Imran Qadir, Prime Minister of the Islamic Republic of Pakistan;\n\n"
            "Prime Minister of the Republic of Kazakhstan A. Temirov;\n\n"
            "Representatives of the SCO observer states:\n\n"
            "President of Mongolia U. Batbold.\n\n"
            "The meeting was chaired by Vice President of the Republic of India M. Raghav Iyer.\n\n"
            "The Republic of Kazakhstan and the Kyrgyz Republic, reaffirming their support for China's Belt and Road "
            "Initiative, noted the ongoing work on it.\n\n"
            "The next meeting will be held in 2027.")
    cleaned, info, annotations, tables = _extract(text)
    assert cleaned.wire_agency == "TASS" and info.session_number == 19 and info.meeting_format == "video"
    got = [(r["role"], r["state_code"], r["title"], r["name"], r["is_chair"]) for r in tables["participants"]]
    assert got == [("member_state", "PAK", "Prime Minister", "Imran Qadir", False),
                   ("member_state", "KAZ", "Prime Minister", "A. Temirov", False),
                   ("observer_state", "MNG", "President", "U. Batbold", False),
                   ("member_state", "IND", "Vice President", "M. Raghav Iyer", True)]
    assert [(r["state_code"], r["subject"], r["form"]) for r in tables["initiatives"]] == [("CHN", "Belt and Road", "proposed_by")]
    assert annotations[-2]["endorsing_states"] == ["KAZ", "KGZ"] and annotations[-2]["stances"] == ["noted"]


def test_russian_agency_dateline_and_chairing_state_as_host() -> None:
    text = ("МОСКВА, 30 ноя — РИА Новости. 30 ноября 2026 года в формате видеоконференции под председательством "
            "Республики Индия состоялось девятнадцатое заседание Совета глав правительств (премьер-министров) "
            "государств – членов Шанхайской организации сотрудничества.\n\n"
            "В заседании приняли участие Премьер-министр Республики Казахстан А.У.Темиров, Вице-президент Республики "
            "Индия М.Р.Айер и Председатель Правительства Российской Федерации М.В.Орлов.\n\n"
            "Главы делегаций отметили важность сотрудничества с Казахстаном и Россией.")
    cleaned, info, annotations, tables = _extract(text)
    assert cleaned.wire_agency == "РИА Новости" and info.session_number == 19 and info.meeting_format == "video"
    assert [(r["state_code"], r["name"], r["is_chair"]) for r in tables["participants"]] == [
        ("KAZ", "А.У.Темиров", False), ("IND", "М.Р.Айер", True), ("RUS", "М.В.Орлов", False)]
    assert [(m["host_code"], m["is_current_meeting"]) for m in tables["meetings"]] == [("IND", True)]
    assert [m["entity_id"] for m in tables["mentions"]][-2:] == ["KAZ", "RUS"]


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_russian_single_byte_encodings(encoding: str) -> None:
    text = (FIXTURES / "ru_hog_bishkek.txt").read_text(encoding="utf-8")
    text = text.translate(str.maketrans({"–": "-", "—": "-", "«": '"', "»": '"', "ё": "е"}))
    build = process_source(RawSource(text.encode(encoding), "file", f"ru.{encoding}.txt"))
    doc = build.tables["documents"][0]
    assert doc["encoding"] == encoding and doc["language"] == "ru" and doc["raw_text"] == text
    assert len(build.tables["participants"]) == 16


def test_marker_before_a_list_laid_out_as_paragraphs() -> None:
    text = ("Press Release\n\nThe meeting of the SCO Council of Heads of State was held in Astana on 4 July 2031.\n\n"
            "The meeting was attended by the heads of delegations of the SCO Member States:\n\n"
            "President of the Republic of Kazakhstan K.-Zh. Omarov;\n\nPresident of the Russian Federation A.B. Lebedev.\n\n"
            "The meeting was also attended by the heads of delegations of the SCO observer states:\n\n"
            "President of Mongolia D. Bold.\n\nThe Heads of State welcomed the results of the meeting.")
    _, _, _, tables = _extract(text)
    assert [(r["role"], r["state_code"], r["name"]) for r in tables["participants"]] == [
        ("member_state", "KAZ", "K.-Zh. Omarov"), ("member_state", "RUS", "A.B. Lebedev"), ("observer_state", "MNG", "D. Bold")]


def test_information_report_and_press_communique_versions_share_a_work() -> None:
    from scodata.extract.document import DocumentInfo

    def info(doc_type: str) -> DocumentInfo:
        return DocumentInfo(title="t", doc_type=doc_type, issuing_body=None, council="heads_of_state", session_number=None,
                            meeting_date="2031-07-04", meeting_end_date=None, meeting_format=None, meeting_place=None,
                            published_at=None)

    digest = "0" * 64
    assert lang.get("zh-Hans").ids(info("information_report"), digest) == (
        "sco-hos-2031-07-04-information-report", "sco-hos-2031-07-04-press-communique")
    assert lang.get("ru").ids(info("press_communique"), digest) == (
        "sco-hos-2031-07-04-press-communique-ru", "sco-hos-2031-07-04-press-communique")
    assert lang.get("en").ids(info("declaration"), digest)[1] == "sco-hos-2031-07-04-declaration"


def test_a_language_is_one_registry_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fourth language is a module exposing LANGUAGE: here English rules registered under another tag."""
    import types

    english = lang.get("en")
    module = types.ModuleType("scodata_test_language")
    module.LANGUAGE = lang.Language(tag="xx", suffix="-xx", clean=english.clean, segment=english.segment,  # type: ignore[attr-defined]
                                    describe=english.describe, extract=english.extract)
    monkeypatch.setitem(sys.modules, "scodata_test_language", module)
    monkeypatch.setitem(lang.REGISTRY, "xx", "scodata_test_language")
    lang.get.cache_clear()
    try:
        assert lang.get("xx-Latn").suffix == "-xx"
    finally:
        lang.get.cache_clear()


@pytest.mark.parametrize(("language", "entry", "code", "title", "name"), [
    ("en", "President Liu Jianguo of the People's Republic of China", "CHN", "President", "Liu Jianguo"),
    ("en", "Chinese Premier Wang Hongliang", "CHN", "Premier", "Wang Hongliang"),
    ("en", "Prime Minister of India Shri Arjun Mehta", "IND", "Prime Minister", "Arjun Mehta"),
    ("en", "Arjun Mehta, Prime Minister of India", "IND", "Prime Minister", "Arjun Mehta"),
    ("en", "Minister of Economy and Finance of the Republic of Kazakhstan A. Temirov", "KAZ",
     "Minister of Economy and Finance", "A. Temirov"),
    ("ru", "китайский премьер Ван Хунлян", "CHN", "премьер", "Ван Хунлян"),
    ("ru", "Президент Республики Казахстан К.-Ж.К.Омаров", "KAZ", "Президент", "К.-Ж.К.Омаров"),
])
def test_entry_forms(language: str, entry: str, code: str, title: str, name: str) -> None:
    from scodata.lang.entries import parse_entry

    words = importlib.import_module(f"scodata.extract.{language}").WORDS
    parsed = parse_entry(entry, language, words)
    assert (parsed["state_code"], parsed["title"], parsed["name"]) == (code, title, name)


def test_aligned_paragraphs_have_the_same_endorsing_states_and_mentions() -> None:
    data = assemble([_build(name) for name in TRIPLE.values()])
    paragraphs = {r["paragraph_id"]: r for r in data["paragraphs"]}
    mentioned: dict[str, set[str]] = {}
    for m in data["mentions"]:
        mentioned.setdefault(str(m["paragraph_id"]), set()).add(str(m["entity_id"]))
    for row in data["paragraph_alignments"]:
        if row["bead"] != "1-1":
            continue
        a, b = paragraphs[row["paragraph_id"]], paragraphs[row["aligned_paragraph_id"]]
        assert a["endorsing_states"] == b["endorsing_states"], (a["paragraph_id"], b["paragraph_id"])
        assert mentioned.get(a["paragraph_id"]) == mentioned.get(b["paragraph_id"])


_EN_FRAME = ("Press release\n\nThe meeting of the SCO Council of Heads of Government was held in Astana on 5 November 2036.\n\n"
             "{}\n\nThe Heads of Government welcomed the results of the meeting.\n\nThe next meeting will be held in 2037.")
_RU_FRAME = ("Информационное сообщение\n\n5 ноября 2036 года в Астане состоялось заседание Совета глав правительств "
             "государств – членов ШОС.\n\n{}\n\nГлавы правительств приветствовали итоги встречи и отметили важность "
             "дальнейшего развития торгово-экономического сотрудничества.\n\n"
             "Следующее заседание состоится в 2037 году.")


@pytest.mark.parametrize(("frame", "attendance", "expected"), [
    (_EN_FRAME, "Among the participants were Prime Minister of the Republic of India N. Rao and First Vice-President "
                "of Iran M. Aref.", [("member_state", "IND", "Prime Minister", "N. Rao", False),
                                     ("member_state", "IRN", "First Vice-President", "M. Aref", False)]),
    (_EN_FRAME, "Kazakhstan was represented by Prime Minister O. Bektenov, Russia by Prime Minister M. Mishin.",
     [("member_state", "KAZ", "Prime Minister", "O. Bektenov", False), ("member_state", "RUS", "Prime Minister", "M. Mishin", False)]),
    (_EN_FRAME, "The meeting, chaired by Prime Minister of the Republic of Kazakhstan O. Bektenov, was attended by Premier "
                "of the State Council of the People's Republic of China Li Qiang.",
     [("member_state", "KAZ", "Prime Minister", "O. Bektenov", True), ("member_state", "CHN", "Premier of the State Council", "Li Qiang", False)]),
    (_EN_FRAME, "Prime Minister of Mongolia L. Oyun-Erdene attended as an observer, and Azerbaijan's Vice-Premier "
                "Sh. Mustafayev joined as dialogue partner.",
     [("observer_state", "MNG", "Prime Minister", "L. Oyun-Erdene", False), ("dialogue_partner", "AZE", "Vice-Premier", "Sh. Mustafayev", False)]),
    (_EN_FRAME, "Present at the meeting were Ivan Sokolov, Prime Minister of Russia, Wang Lin, Premier of China, and "
                "Viktor Zhuk, Prime Minister of Belarus.",
     [("member_state", "RUS", "Prime Minister", "Ivan Sokolov", False), ("member_state", "CHN", "Premier", "Wang Lin", False),
      ("member_state", "BLR", "Prime Minister", "Viktor Zhuk", False)]),
    (_RU_FRAME, "В заседании участвуют: Александр Ковальчук (Белоруссия), Чэнь Лун (Китай) и Владимир Соколов (Россия).",
     [("member_state", "BLR", None, "Александр Ковальчук", False), ("member_state", "CHN", None, "Чэнь Лун", False),
      ("member_state", "RUS", None, "Владимир Соколов", False)]),
    (_RU_FRAME, "Казахстан представлял Премьер-министр О.Бектенов, Россию – Председатель Правительства М.Мишин.",
     [("member_state", "KAZ", "Премьер-министр", "О.Бектенов", False), ("member_state", "RUS", "Председатель Правительства", "М.Мишин", False)]),
    (_RU_FRAME, "В заседании приняли участие Премьер-министр Республики Беларусь Головко Р.А. и Премьер Госсовета КНР Ли Цян; "
                "в качестве наблюдателя – Премьер-министр Монголии Оюун-Эрдэнэ Л.",
     [("member_state", "BLR", "Премьер-министр", "Головко Р.А.", False), ("member_state", "CHN", "Премьер Госсовета", "Ли Цян", False),
      ("observer_state", "MNG", "Премьер-министр", "Оюун-Эрдэнэ Л.", False)]),
    (_RU_FRAME, "От Монголии в качестве наблюдателя участвовал Премьер-министр Л.Оюун-Эрдэнэ, от Туркменистана в качестве "
                "гостя – заместитель Председателя Кабинета министров Р.Мередов.",
     [("observer_state", "MNG", "Премьер-министр", "Л.Оюун-Эрдэнэ", False),
      ("guest", "TKM", "заместитель Председателя Кабинета министров", "Р.Мередов", False)]),
])
def test_participant_entries_wherever_they_stand(frame: str, attendance: str, expected: list[tuple]) -> None:
    """Entries found by their state, office and person name whatever the lead, separators and order."""
    _, _, _, tables = _extract(frame.format(attendance))
    got = [(r["role"], r["state_code"], r["title"], r["name"], r["is_chair"]) for r in tables["participants"]]
    assert got == expected


def test_mirror_copy_page_furniture_and_doubled_punctuation() -> None:
    text = ("Joint Communique\n\nPage 1 of 2\n\nThe meeting of the SCO Council of Heads of Government took place on "
            "28 October 2040 in Dushanbe..\n\nThe Heads of Government approved the budget of the SCO,, and the plan.\n\n"
            "Page 2 of 2\n\nThe next meeting will be held in 2041 in the Republic of Uzbekistan..")
    cleaned, _, _, _ = _extract(text)
    assert "Page" not in cleaned.text and ".." not in cleaned.text and ",," not in cleaned.text
    assert len(lang.get("en").segment(cleaned.text).paragraphs) == 3


_LAYOUT_PEOPLE = {
    "en": [("Republic of Belarus", "Prime Minister", "BLR", "R.A. Golovko", "Golovko R.A."),
           ("People's Republic of China", "Premier of the State Council", "CHN", "Li Qiang", "Li Qiang"),
           ("Islamic Republic of Pakistan", "Prime Minister", "PAK", "Sh. Malik", "Malik Sh.")],
    "ru": [("Республики Беларусь", "Премьер-министр", "BLR", "Р.А.Головко", "Головко Р.А."),
           ("Китайской Народной Республики", "Премьер Государственного совета", "CHN", "Ли Цян", "Ли Цян"),
           ("Исламской Республики Пакистан", "Премьер-министр", "PAK", "Ш.Малик", "Малик Ш.")],
}
_LAYOUT_ORDERS = {"en": ["{t} of the {s} {n}", "{s}: {t} {n}", "{s} – {t} {n}", "{n}, {t} of the {s}", "{n} – {t}, {s}",
                         "{s} – {n}, {t}", "{n}, {t} ({s})", "{t} {n} ({s})", "{n} ({t}, {s})", "{t} of the {s}\n{n}",
                         "H.E. {t} {n}, {s}"],
                  "ru": ["{t} {s} {n}", "от {s} – {t} {n}", "{n} – {t} {s}", "{s} – {n}, {t}", "{n}, {t} ({s})",
                         "{t} {n} ({s})", "{n} ({t}, {s})", "{t} {s}\n{n}"]}
_LAYOUT_LISTS = {"semicolons": lambda e: "; ".join(e) + ".", "lines": lambda e: ";\n".join(e) + ".",
                 "numbered": lambda e: "\n".join(f"{i}. {x}" for i, x in enumerate(e, 1)),
                 "bullets": lambda e: "\n".join(f"• {x}" for x in e), "paragraphs": lambda e: "\n\n".join(e)}


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("layout", list(_LAYOUT_LISTS))
@pytest.mark.parametrize("surname_first", [False, True])
def test_generated_list_layouts(language: str, layout: str, surname_first: bool) -> None:
    """Every order of state, title and name, with initials before or after the surname, in every list layout."""
    frame, lead = ((_EN_FRAME, "The meeting was attended by:") if language == "en"
                   else (_RU_FRAME, "В заседании приняли участие:"))
    people = _LAYOUT_PEOPLE[language]
    for order in _LAYOUT_ORDERS[language]:
        entries = [order.format(s=s, t=t, n=sur if surname_first else n) for s, t, _, n, sur in people]
        body = lead + ("\n\n" if layout == "paragraphs" else "\n") + _LAYOUT_LISTS[layout](entries)
        _, _, _, tables = _extract(frame.format(body))
        got = [(r["state_code"], r["name"]) for r in tables["participants"]]
        assert got == [(code, sur if surname_first else n) for _, _, code, n, sur in people], order


@pytest.mark.parametrize(("frame", "attendance", "expected"), [
    (_EN_FRAME, "Participating were President of the Republic of Belarus A. Lukin (Member State), President of Mongolia "
                "U. Khurelsukh (observer state), and President of Turkmenistan S. Amanov (guest of the chairing party).",
     [("member_state", "BLR", "A. Lukin"), ("observer_state", "MNG", "U. Khurelsukh"), ("guest", "TKM", "S. Amanov")]),
    (_EN_FRAME, "Dialogue partners:\n\nVice-Premier of the Republic of Azerbaijan Sh. Mustafayev.\n\nInternational "
                "organisations:\n\nExecutive Secretary of the CIS S. Lebedev.",
     [("dialogue_partner", "AZE", "Sh. Mustafayev"), ("international_organisation", "CIS", "S. Lebedev")]),
    (_EN_FRAME, "Guests of the presiding party: Deputy Chairman of the Cabinet of Ministers of Turkmenistan R. Meredov.",
     [("guest", "TKM", "R. Meredov")]),
    (_RU_FRAME, "Государства-наблюдатели:\n\nПремьер-министр Монголии Л.Оюун-Эрдэнэ.\n\nПартнеры по диалогу:\n\n"
                "Вице-премьер Азербайджанской Республики Ш.Мустафаев.",
     [("observer_state", "MNG", "Л.Оюун-Эрдэнэ"), ("dialogue_partner", "AZE", "Ш.Мустафаев")]),
])
def test_role_headings_and_bracketed_roles(frame: str, attendance: str, expected: list[tuple]) -> None:
    _, _, _, tables = _extract(frame.format(attendance))
    got = [(r["role"], r["state_code"] or r["organisation_id"], r["name"]) for r in tables["participants"]]
    assert got == expected


def test_a_statement_is_not_attendance() -> None:
    text = _EN_FRAME.format("The meeting was attended by Prime Minister of the Republic of India N. Rao.\n\n"
                            "The Heads of Government welcomed the SCO Youth Forum, attended by Minister of Youth of the "
                            "Republic of Uzbekistan A. Karimov.")
    _, _, annotations, tables = _extract(text)
    assert [r["name"] for r in tables["participants"]] == ["N. Rao"]
    assert annotations[2]["stances"] == ["welcomed"]


@pytest.mark.parametrize(("language", "entry", "code", "title", "name"), [
    ("en", "Republic of Kazakhstan: Minister of Economy and Finance A. Temirov", "KAZ", "Minister of Economy and Finance", "A. Temirov"),
    ("en", "Republic of Azerbaijan: President Ilham Heydar oglu Aliyev", "AZE", "President", "Ilham Heydar oglu Aliyev"),
    ("en", "Belarus: Prime Minister Golovko R.A.", "BLR", "Prime Minister", "Golovko R.A."),
    ("en", "Ali Karimi, Foreign Minister of Iran", "IRN", "Foreign Minister", "Ali Karimi"),
    ("en", "Turkmenistan's Deputy Chairman of the Cabinet of Ministers R. Meredov", "TKM",
     "Deputy Chairman of the Cabinet of Ministers", "R. Meredov"),
    ("ru", "Республика Казахстан – Министр экономики и финансов А.Темиров", "KAZ", "Министр экономики и финансов", "А.Темиров"),
    ("ru", "Чэнь Лун (Китай)", "CHN", None, "Чэнь Лун"),
    ("ru", "Ирана (Хамид Рахмани)", "IRN", None, "Хамид Рахмани"),
])
def test_more_entry_forms(language: str, entry: str, code: str, title: str | None, name: str) -> None:
    from scodata.lang.entries import parse_entry

    words = importlib.import_module(f"scodata.extract.{language}").WORDS
    parsed = parse_entry(entry, language, words)
    assert (parsed["state_code"], parsed["title"], parsed["name"]) == (code, title, name)
