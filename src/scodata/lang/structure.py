"""Structure tables from alphabetic communiqués (English, Russian), driven by a language's `Words`.

participants (attendance lists, role markers, the chair), cited_documents (quoted or capitalised titles),
meetings (dated meetings and forums), initiatives, mentions, and the paragraph annotations (speaker,
endorsing states, stances). Records have the same columns as the Chinese extractors produce.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache

from scodata import gazetteer
from scodata.extract import mentions
from scodata.extract.citations import title_key
from scodata.extract.records import number_records, paragraph_id, record_id, span_record
from scodata.extract.segment import Segmented
from scodata.extract.structure import member_states_present
from scodata.gazetteer import Entity, EntityMatch
from scodata.lang import names
from scodata.lang.alphabetic import Rules, sentences
from scodata.model import Paragraph, Record, Tables


@dataclass(frozen=True)
class Words:
    """A language's extraction vocabulary (compiled patterns)."""

    attend: re.Pattern[str]  # attendance verb; the list is after it (or before when nothing follows)
    attend_tail: re.Pattern[str]  # what may follow the verb before the list ("in the meeting:")
    chair: list[re.Pattern[str]]  # group "who"
    markers: list[tuple[re.Pattern[str], str]]  # role markers (anywhere in a lead or an item)
    separators: re.Pattern[str]  # between list entries
    entry_lead: re.Pattern[str]  # leading words of an entry to skip (and, the, as well as)
    title_words: frozenset[str]  # lower-case words of office titles (never part of a name)
    honorifics: re.Pattern[str]
    organ: re.Pattern[str]  # organ of a body before its name, at the end of the title part
    of_tail: re.Pattern[str]  # "of the" between title and entity
    secretary: re.Pattern[str]  # the SCO Secretary-General (-> SCO-SEC)
    speakers: re.Pattern[str]  # collective speaking subjects
    partial: re.Pattern[str]  # speakers that are a subset (the Member States concerned)
    stances: re.Pattern[str]  # stance verbs as written
    adverbs: re.Pattern[str]  # adverbs between subject and verb
    conj: re.Pattern[str]  # ", and" before a further stance verb
    list_sep: re.Pattern[str]  # between named states in a subject list
    doc_words: re.Pattern[str]  # a document noun starting a title
    title_link: frozenset[str]  # small words inside capitalised titles (of, on, the…)
    quotes: list[tuple[str, str]]
    cite_after: re.Pattern[str]  # groups action, date, place after a title
    cite_before: re.Pattern[str]  # group action before a title (optional groups place, and wish: not an action)
    capitalised_titles: bool  # English: titles are in title case; Russian: only the first word
    meeting_noun: re.Pattern[str]
    held: re.Pattern[str]  # verb/participle "held"
    doc_date: re.Pattern[str]  # a date preceded by this is a document's date (signed on)
    host: re.Pattern[str]  # group "host": hosting state phrase
    initiative_of: list[re.Pattern[str]]  # (proposal_on) groups who, subject
    proposed_by: list[re.Pattern[str]]  # groups subject, who
    at_initiative: re.Pattern[str]  # group who; subject is the noun phrase before
    in_place: re.Pattern[str]  # group place
    subject_stop: re.Pattern[str]  # where an initiative's subject ends (", and welcomed", "held in")
    except_: re.Pattern[str]  # "except" before a list of states excluded from a collective subject
    self_reference: re.Pattern[str]  # "This Declaration": the document itself, not a citation
    gerunds: re.Pattern[str]  # stance verbs as gerunds (reaffirming, подтверждая): an initiative's stance only
    organ_after: re.Pattern[str]  # an organ named after its body (SCO RATS Executive Committee), group "organ"
    aside: re.Pattern[str]  # a bracketed aside ending a name: (hereinafter the SCO), (далее – ШОС)
    title_noise: re.Pattern[str] = re.compile(r"^[-–—:,\s]+")  # words before an office title (by, 's, were)
    chair_cut: re.Pattern[str] = re.compile(r"(?!)")  # a chair phrase inside an attendance sentence (chaired by)
    chair_mark: re.Pattern[str] = re.compile(r"(?!)")  # an entry's bracketed chair mark: (председательствующий), (Chair)
    # a participle phrase about the person just named, standing between two entries ("…, впервые участвовавший в
    # заседании в качестве …, Президент …"): neither an entry nor a part of the next entry's title
    participle_aside: re.Pattern[str] = re.compile(r"(?!)")
    # a restrictive clause after a collective subject, part of the speaker and naming a subset of the members ("Member
    # States that are parties to …", «Государства-члены, являющиеся участниками …»)
    speaker_clause: re.Pattern[str] = re.compile(r"(?!)")
    # a past participle after a bare comma, not a further verb of the speaker ("…the Strategy, adopted on 4 July")
    participle: re.Pattern[str] = re.compile(r"(?!)")
    # a plural office as a speaker, its field named after it («Министры обороны», "Ministers of Foreign Affairs")
    plural_office: re.Pattern[str] = re.compile(r"(?!)")
    # the interested members after a speaker's office («… заинтересованных государств – членов», "… of the interested
    # Member States"): part of the speaker, a subset
    subset_after: re.Pattern[str] = re.compile(r"(?!)")
    # the place and date of an action named before the title, written after it ("signed the “…” in Osh on 5 May 2030",
    # «подписали «…» 5 мая 2030 года в Оше»): group place
    cite_where: re.Pattern[str] = re.compile(r"(?!)")
    # a fronted phrase before the speaker, ended by a comma ("Guided by the Charter …, the Member States reaffirmed",
    # «Руководствуясь Уставом …, государства-члены подтвердили»): not a stance, the speaker follows it
    fronted: re.Pattern[str] = re.compile(r"(?!)")


# ---------------------------------------------------------------- participants


# lower-case words inside personal names (bin Rashid al-Maktoum, Heydar oglu, Гейдар оглы)
NAME_PARTICLE = re.compile(r"^(?:al-|el-|аль-|(?:ul|ud|ur|un|ad|ag|an|ar|as|ash|at|az|ed|es|et)-[A-Z]|(?:bin|ibn|de|van|von|da|dos|oglu|ogly|uly|kyzy|ugli|qizi|бин|ибн|оглы|улы|кызы|угли)$)")
PARAGRAPH_NUMBER = re.compile(r"\s*(?:\d{1,3}[.)]|\(\d{1,3}\)|[IVXL]{1,6}\.)\s+")
AUXILIARIES = re.compile(r"(?:(?<![\w-])(?:was|were|is|are|has|have|had|been|also|then|также|был|была|было|были)\s+)+$")
INITIAL_TOKEN = re.compile(r"^(?:[A-ZА-ЯЁ][a-zа-яё]{0,2}\.-?)+$")
GLUED_NAME = re.compile(r"^(?:[A-ZА-ЯЁ][a-zа-яё]{0,2}\.-?)+[A-ZА-ЯЁ][a-zа-яё]+$")  # initials and a surname as one token: К.-Ж.К.Токаева


def _trailing_clause(text: str, words: Words) -> bool:
    """True when a person's name is followed by a clause in lower case ("… Andrei Kovalenko hosted the talks")."""
    return _name_part(text, words)[1] is None and _name_before_clause(text, words)[1] is not None


def _name_before_clause(text: str, words: Words) -> tuple[str, str | None]:
    """(text before, name) of a person-like name (two capitalised words, or initials and a word) followed by lower-case
    words, or (text, None)."""
    tokens = list(re.finditer(r"\S+", text))
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        if nxt[:1].islower() and (i >= 1 or GLUED_NAME.match(tok.group())) and not tok.group().endswith((",", ";", ":")) \
                and not _has_title({"title": nxt}, words):
            rest, name = _name_part(text[: tok.end()], words)
            if name and _person_like(name):
                return rest, name
    return text, None


def _name_part(text: str, words: Words) -> tuple[str, str | None]:
    """Split text into (rest, trailing personal name): initials and capitalised words that are not office words."""
    tokens = list(re.finditer(r"\S+", text))
    k = len(tokens)
    while k > 0:
        tok = tokens[k - 1].group().strip(",;:")
        bare = tok.lower().strip(".")
        if bare in words.title_words or all(part in words.title_words for part in bare.split("-")) \
                or not (tok[:1].isupper() or NAME_PARTICLE.match(tok)):
            break
        if not re.match(r"^[\w.'’-]+$", tok):
            break
        k -= 1
    if k == len(tokens):
        return text.strip(), None
    initials = [i for i in range(k, len(tokens)) if INITIAL_TOKEN.match(tokens[i].group().strip(",;:"))]
    if initials and initials[-1] == len(tokens) - 1:  # surname first: the surname is the word before the initials
        k = max(k, initials[0] - 1)
    elif initials:  # initials first: nothing of the name stands before them ("Economy and Finance A. Temirov")
        k = max(k, initials[0])
    elif len(tokens) - k >= 3 and k >= 3 and tokens[k - 1].group() == "and" and tokens[k - 2].group()[:1].isupper() \
            and re.search(r"\s(?:of|on|for)\s", text[: tokens[k].start()]):
        k += 1  # "Minister of Culture and Sport Anna Petrova": the word after the field list's "and" is the office's
    name = text[tokens[k].start() :].strip().strip(",;:").strip()
    rest = text[: tokens[k].start()] if k else ""
    rest = words.honorifics.sub("", rest).rstrip(" ,")
    name = words.honorifics.sub("", name).strip()
    last = name.split()[-1] if name else ""
    if last.endswith(".") and (GLUED_NAME.match(last[:-1]) or not INITIAL_TOKEN.match(last)):
        name = name[:-1]  # "Я.Лю.", "R. Kumar." closing a sentence: the stop is not the name's (an initial's stays)
    return rest.strip(), name or None


def parse_entry(entry: str, language: str, words: Words) -> dict[str, object]:
    """State or organisation, title and name of one attendance entry."""
    out: dict[str, object] = dict(state=None, state_code=None, organisation=None, organisation_id=None,
                                  title=None, name=None, term=None, kind=None)
    found = [m for m in names.scan(entry, language) if not (m.entity.entity_id == "SCO" and _sco_body_after(entry, m, language))]
    if len(found) > 1 and found[0].entity.entity_id == "SCO" and found[1].entity.kind == "state":
        found = found[1:]  # "the SCO observer state Mongolia": the SCO qualifies the state
    entity = found[0] if found else None
    host = _host_phrase(entry, found, language)
    if host is not None:  # "Chargé d'Affaires of <state> in <host state>": the host country is neither title nor name
        return parse_entry(entry[: host[0]] + entry[host[1] :], language, words)
    if entity is None:
        rest, name = _name_part(entry, words) if not _trailing_clause(entry, words) else _name_before_clause(entry, words)
        rest = words.title_noise.sub("", rest)
        adjective = re.match(r"\S+", rest)
        state = _adjective_state(rest, adjective, language) if adjective else None  # "Chinese Premier Li Qiang"
        if state is not None:
            out.update(state=state.text, state_code=state.entity.entity_id, kind="state")
            rest = rest[adjective.end() :].strip()  # type: ignore[union-attr]
        out.update(title=words.title_noise.sub("", rest).strip() or None, name=name)
        return out
    bracketed = re.match(r"^(?P<out>[^()]+?)\s*\((?P<inner>[^()]+)\)[\s.,;]*$", entry)
    if bracketed and bracketed.start("inner") <= entity.start and entity.end <= bracketed.end("inner") \
            and entity.entity.kind == "state":
        rest, outer_name = _name_part(bracketed.group("out"), words)
        if outer_name and not rest:  # "Olga Sidorchuk (Minister of Foreign Affairs, Republic of Belarus)"
            inner = (entry[bracketed.start("inner") : entity.start] + " " + entry[entity.end : bracketed.end("inner")])
            title = words.of_tail.sub("", inner.strip(" ,;:–—")).strip(" ,;:–—") or None
            out.update(state=entity.text, state_code=entity.entity.entity_id, title=title, name=outer_name, kind="state")
            return out
    if bracketed and bracketed.start("inner") <= entity.start and entity.end <= bracketed.end("inner") \
            and entity.entity.kind != "state":
        # "Ivan Orlov (Head, Secretariat of the SCO)": the office before the bracket's comma, the body after it
        rest, outer_name = _name_part(bracketed.group("out"), words)
        inner = bracketed.group("inner")
        comma = inner.find(",")
        if outer_name and not rest and 0 < comma < entity.start - bracketed.start("inner") \
                and not inner[entity.end - bracketed.start("inner") :].strip(" .") \
                and _has_title({"title": inner[:comma]}, words):
            title = inner[:comma].strip() or None
            org_id = entity.entity.entity_id
            if org_id == "SCO" and title and words.secretary.fullmatch(title):
                org_id = "SCO-SEC"
            out.update(organisation=inner[comma + 1 :].strip(" ,;:"), organisation_id=org_id, title=title,
                       name=outer_name, kind="sco" if entity.entity.is_sco or org_id == "SCO-SEC" else "organisation")
            return out
    organ_after = words.organ_after.match(entry, entity.end) if entity.entity.kind != "state" else None
    # "the CICA Secretariat, K. Sarybay": the organ named after its body is no name
    before, after = entry[: entity.start], entry[organ_after.end("organ") if organ_after else entity.end :]
    before = before[before.rfind("\n") + 1 :]  # lines above the entry's line are headings, not its title
    before = re.sub(r"^\s*(?:\d{1,3}[.)]|[–—•-])\s+", "", before)  # its list number
    lead_sep = re.search(r",|\s[–—]\s", before)
    if lead_sep and _person_like(_name_part(before[: lead_sep.start()], words)[1] or ""):
        # name first ("Mr. A. Name, Ambassador of <state> in <city>", "…, Director of … of UN Tourism"): after the
        # state stands no name; a host place is dropped, and capitalised words closing the entry right after an
        # organisation's short name are its own name (another body's, not the one in the gazetteer)
        tail = HOST_TAIL.get(language)
        if tail is not None and tail.fullmatch(after):
            after = ""
        elif entity.entity.kind != "state" and not organ_after and ORG_NAME_TAIL.fullmatch(after) \
                and not _has_title({"title": after}, words):
            extended = entry[entity.start : entity.end + len(after.rstrip(" .,;:"))]
            title = words.of_tail.sub("", words.title_noise.sub("", before[lead_sep.end() :])).strip(" ,:–—(") or None
            name = _name_part(before[: lead_sep.start()], words)[1]
            out.update(organisation=extended, organisation_id=None, title=title, name=name, kind="organisation")
            return out
    after_rest, name = _name_part(after, words) if not _trailing_clause(after, words) else _name_before_clause(after, words)
    comma = after.rfind(",")
    if name is None and comma > 0 and _has_title({"title": after[comma + 1 :]}, words):
        head_rest, head_name = _name_part(after[:comma], words)  # "Беларусь — Антон Сидоренко, премьер-министр"
        if head_name and not head_rest.strip(" ,:–—-"):
            name, after_rest = head_name, after[comma + 1 :]
    bracket = re.match(r"\s*\(([^()]+)\)[\s.,;]*$", after)
    if name is None and bracket:  # "Ирана (Хамид Рахмани)": the person in brackets after the state
        inner_rest, name = _name_part(bracket.group(1), words)
        after_rest = inner_rest if name else after_rest
        if name and _has_title({"title": inner_rest}, words):
            before = ""  # the office is in the brackets; before the state stands the list's lead (heads of delegations of)
    first_sep = re.search(r",|\s[–—]\s", before)
    if before.rstrip().endswith("(") and re.match(r"\s*\)\s*,", after):  # "A. Rustamov (Tajikistan), Minister of …"
        rest, bracket_name = _name_part(before.rstrip(" ("), words)
        office = _trim_entry(after[after.index(",") + 1 :]).strip(" ,;:.")
        if bracket_name and _person_like(bracket_name) and office and _has_title({"title": office}, words):
            out.update(state=entity.text, state_code=entity.entity.entity_id, title=office, name=bracket_name,
                       kind="state")
            return out
    if name is None and not after_rest.strip(" ,.;:)") and before.rstrip().endswith("("):  # "Чэнь Лун (Китай)"
        rest, name = _name_part(before.rstrip(" ("), words)
        if name:
            before, first_sep, after_rest = rest, None, ""
    if name is None and first_sep:  # name first: "Mr. Shehbaz Sharif, Prime Minister of …", "Н.Петрович – Премьер-министр …"
        head, before = before[: first_sep.start()], before[first_sep.end() :]
        head_rest, name = _name_part(head, words)
        if not before.strip() and not after_rest.strip(" ,.;:–—"):  # "H.E. Prime Minister Ivan Karpovich, Belarus"
            before = head_rest
    title = words.of_tail.sub("", words.title_noise.sub("", before)).strip(" ,:–—(") or after_rest.strip(" ,:;.–—") or None
    if name is None and title and words.of_tail.search(before.rstrip()):  # "President Xi Jinping of the …"
        rest, inner = _name_part(title, words)
        if inner and rest and (" " in inner or "." in inner) and not _named_institution(rest, inner):
            title, name = rest, inner
    lead_entity = names.match_at(name, 0, language) if name else None
    if name and lead_entity and lead_entity.end < len(name):  # "Председатель КНР Чжоу Бинь": the state is the office's
        title = f"{title or ''} {name[: lead_entity.end]}".strip()
        name = name[lead_entity.end :].strip()
    out["name"] = name
    title = words.title_noise.sub("", title).strip() or None if title else None
    if entity.entity.kind == "state":
        out.update(state=entity.text, state_code=entity.entity.entity_id, title=title, kind="state")
        return out
    organisation = entity.text
    if organ_after:  # "SCO RATS Executive Committee"
        organisation = entry[entity.start : organ_after.end("organ")]
        if title and title.startswith(organ_after.group("organ")):
            title = title[len(organ_after.group("organ")) :].strip(" ,") or None
    if title:
        organ = words.organ.search(title)
        if organ:
            organisation = entry[entry.index(organ.group("organ"), 0) : entity.end] if organ.group("organ") else organisation
            title = title[: organ.start()].strip(" ,") or None
    body = _body_in_title(title, words) if language == "ru" and entity.entity.kind != "state" and not entity.entity.is_sco else None
    if body is not None:  # "Руководитель Антитеррористического центра государств – участников СНГ": the centre's
        title, organisation = body[0], f"{body[1]} {organisation}"
    org_id = entity.entity.entity_id
    if org_id == "SCO" and title and words.secretary.fullmatch(title):
        org_id = "SCO-SEC"
    out.update(organisation=organisation, organisation_id=org_id, title=title,
               kind="sco" if entity.entity.is_sco or org_id == "SCO-SEC" else "organisation")
    return out


BODY_NOUN = re.compile(r"(?i:центр|комитет|бюро|служб|структур|агентств|управлени|департамент|фонд|институт)")


def _body_in_title(title: str | None, words: Words) -> tuple[str, str] | None:
    """Russian word order: (office, body) when what stands between an office and an organisation's short name is one of its bodies
    ("Руководитель Антитеррористического центра государств – участников" + СНГ): the office is the leading run of
    office words, the rest (holding a body noun: centre, committee, bureau, service …) goes with the organisation."""
    if not title:
        return None
    tokens = list(re.finditer(r"\S+", title))
    k = 0
    while k < len(tokens) and tokens[k].group().lower().strip(",") in words.title_words:
        k += 1
    if k == 0 or k == len(tokens) or not tokens[k].group()[:1].isupper() \
            or not BODY_NOUN.match(tokens[k + 1].group() if k + 1 < len(tokens) else "") and not BODY_NOUN.match(tokens[k].group()):
        return None
    return title[: tokens[k].start()].strip(" ,") , title[tokens[k].start() :].strip(" ,")


HOST_LINK = {"en": re.compile(r"\s+(?:in|to)\s+(?:the\s+)?"), "ru": re.compile(r"\s+во?\s+")}


def _host_phrase(entry: str, found: list[EntityMatch], language: str) -> tuple[int, int] | None:
    """(start, end) of a host-country phrase right after an entry's state: "… of the Republic of Ruritania in the
    Kingdom of Elbonia", «… Республики Руритания в Королевстве Элбония». The envoy's state is the first one."""
    link = HOST_LINK.get(language)
    if link is None or len(found) < 2 or found[0].entity.kind != "state":
        return None
    for first, second in zip(found, found[1:], strict=False):
        if first.entity.kind != "state" or second.entity.kind != "state" \
                or first.entity.entity_id == second.entity.entity_id:
            continue
        m = link.match(entry, first.end)
        if m and m.end() == second.start:
            return first.end, second.end
    return None


HOST_TAIL = {"en": re.compile(r"\s+(?:in|to)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*[\s.,;:]*"),
             "ru": re.compile(r"\s+во?\s+(?:г\.\s*)?[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)*[\s.,;:]*")}
ORG_NAME_TAIL = re.compile(r"\s+[A-ZА-ЯЁ][\w'’-]*(?:\s+[A-ZА-ЯЁ][\w'’-]*){0,2}[\s.,;:]*")


THE_BEFORE_RUN = re.compile(r"(?:^|\s)(?:the|The)\s+(?:[A-Z][\w'’-]*\s+)*$")


def _named_institution(rest: str, name: str) -> bool:
    """True when capitalised words taken for a name are the end of an institution's name: the run of capitalised words
    they close follows "the" and they hold no initial ("Chairman of the Supreme Court", "Head of the National Emergency
    Management Agency"); a person's name follows an office without an article ("President Xi Jinping")."""
    return not re.search(r"(?:^|[\s.-])[A-Z][a-z]?\.", name) and (
        bool(THE_BEFORE_RUN.search(rest + " ")) or bool(LINK_BEFORE_NAME.search(rest)))


def _title_word_taken_for_name(entry: str, name: str) -> bool:
    """True when what an entry's parse took for a name reads as words of its office: a lone word without an initial, a
    comma inside, or capitalised words right after "of", "and" ("Minister of| Natural Resources")."""
    if re.search(r"(?:^|[\s.-])[A-ZА-ЯЁ][a-zа-яё]?\.", name):
        return False
    return not _person_like(name) or "," in name or bool(re.search(r"(?:^|\s)(?:of|and|for|on|the)\s+" + re.escape(name)
                                                                       + r"[\s,;:]*$", entry))


LINK_BEFORE_NAME = re.compile(r"(?:^|\s)(?:and|of|for|on|the)$")  # "Minister of Labour and| Social Welfare"


def _sco_body_after(entry: str, m: EntityMatch, language: str) -> bool:
    """True when an SCO body's name follows the SCO's in the entry (the body is the affiliation)."""
    return any(n.entity.kind == "sco_body" for n in names.scan(entry[m.end :], language))


STATUS_ROLE = {"member": "member_state", "observer": "observer_state", "dialogue_partner": "dialogue_partner"}


def _role(parsed: dict[str, object], marker: str | None, meeting_date: str | None) -> str:
    """The text's own marker first (a guest of the presiding party is a guest whatever its status); else the
    state's SCO status on the meeting date (a state without a status that day is a guest), as in Chinese;
    without a date, the current status."""
    kind = parsed["kind"]
    if kind == "sco":
        return "sco_body"
    if kind == "organisation":
        return "international_organisation"
    code = str(parsed["state_code"]) if parsed["state_code"] else None
    by_date = STATUS_ROLE.get(gazetteer.status_on(code, meeting_date) or "", "guest") if meeting_date and code else None
    if marker:
        # a member/observer/dialogue-partner marker (often carried over a list) never gives a state a status it
        # did not hold that day
        return by_date if by_date and marker in STATUS_ROLE.values() and marker != by_date else marker
    if by_date:
        return by_date
    entity = gazetteer.get(code) if code else None
    if entity is not None and entity.sco_status == "member":
        return "member_state"
    if entity is not None and entity.sco_status in ("observer", "member"):
        return "observer_state"
    return "guest"


def _marker(text: str, words: Words) -> tuple[re.Match[str], str] | None:
    for rx, role in words.markers:
        m = rx.search(text)
        if m:
            return m, role
    return None


def _starts_entry(text: str, language: str, words: Words) -> bool:
    """True when a fragment opens a new entry: an office word, a gazetteer name or a role marker."""
    lead = words.entry_lead.match(text)
    body = text[lead.end() :] if lead else text
    while (honorific := words.honorifics.match(body)) and honorific.end():  # "H.E. Premier …"
        body = body[honorific.end() :]
    first = body.split(" ", 1)[0].lower().strip(",.;:")
    return (first in words.title_words or all(p in words.title_words for p in first.split("-")) or names.match_at(body, 0, language) is not None
            or _marker(body[:60], words) is not None or _adjective_at_start(body, language, words))


def _looks_like_entry(text: str, language: str, words: Words) -> bool:
    """A short paragraph that is one entry of a list laid out as paragraphs (or a role marker heading)."""
    body = text[m.end() :] if (m := PARAGRAPH_NUMBER.match(text)) else text
    if len(text.split()) > 40 or any(rx.search(body) for rx in words.chair) or words.stances.search(text) \
            or words.attend.search(text):
        return False
    honorific = words.honorifics.match(text)
    if honorific:  # "H.E. Mr. X, Prime Minister of …"
        return bool(names.scan(text, language))
    if _starts_entry(text, language, words):
        return True
    parsed = parse_entry(_trim_entry(text), language, words)  # name first: "Roman Golovko, Prime Minister of …"
    return len(text.split()) <= 25 and bool(parsed["kind"] and parsed["name"] and _has_title(parsed, words))


def _adjective_at_start(text: str, language: str, words: Words) -> bool:
    """True when an entry opens with a state's nationality adjective (Chinese President …)."""
    lead = words.entry_lead.match(text)
    first = re.compile(r"[^\W\d_]+").match(text, lead.end() if lead else 0)
    return first is not None and _adjective_state(text, first, language) is not None


NAME_THEN_STATE = re.compile(r"\s*\(([^()]{2,60})\)")
ENTRY_GAP = re.compile(r"(?:[\s,;]|\band\b|\bas well as\b|\bи\b|\bа также\b)*$")


def _name_state_starts(text: str, start: int, end: int, language: str, words: Words) -> list[int]:
    """Starts of "<person's name> (<state>)" entries between start and end ("A. Rustamov (Tajikistan), Minister of
    …"): the name closes the text before the bracket and the bracket holds a state's name only."""
    starts: list[int] = []
    at = start
    for m in NAME_THEN_STATE.finditer(text, start, end):
        inner = names.match_at(text, m.start(1), language)
        if inner is None or inner.entity.kind != "state" or m.start(1) + (inner.end - inner.start) != m.end(1):
            continue
        comma = re.match(r"\s*,\s*([^,;]*)", text[m.end() : end])
        if comma is None or not _has_title({"title": comma.group(1)}, words):
            continue  # the office follows the bracket after a comma ("Name (State), Minister of …")
        rest, name = _name_part(text[at : m.start()], words)
        if not name or not _person_like(name) or not text[at : m.start()].rstrip().endswith(name):
            continue
        starts.append(text.rindex(name, at, m.start()))
        at = m.end()
    return starts


def _name_state_entries(text: str, start: int, end: int, language: str, words: Words) -> list[tuple[int, int]] | None:
    """Entries of a run-on list of "<name> (<state>), <title>" entries, each up to the next name (its title may hold
    commas and "and"); the last title ends where a further entry opens with a gazetteer name (", as well as SCO
    Secretary-General …"), and the entries after it are split as usual. None for fewer than two such entries."""
    starts = _name_state_starts(text, start, end, language, words)
    if len(starts) < 2:
        return None
    parts = []
    for i, a in enumerate(starts):
        b = starts[i + 1] if i + 1 < len(starts) else end
        if i + 1 < len(starts):
            b = a + ENTRY_GAP.search(text[a:b]).start()
        parts.append([start if i == 0 else a, b])
    a, b = parts[-1]
    tail = None
    for m in words.separators.finditer(text, text.index(")", a) + 1, b):
        body = text[m.end() : b]
        lead = words.entry_lead.match(body)
        if text[m.start() - 1 : m.start()] != ")" and names.match_at(body, lead.end() if lead else 0, language):
            tail = m.start()
            break
    if tail is None:
        return [(x, y) for x, y in parts]
    parts[-1][1] = a + ENTRY_GAP.search(text[a:tail]).start()
    return [(x, y) for x, y in parts] + split_entries(text, tail, end, language, words)


def split_entries(text: str, start: int, end: int, language: str, words: Words) -> list[tuple[int, int]]:
    """Local spans of the entries of an attendance list between start and end."""
    run_on = _name_state_entries(text, start, end, language, words)
    if run_on is not None:
        return run_on
    cuts = [start]
    brackets = [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", text[start:end])]
    for m in words.separators.finditer(text, start, end):
        if any(a < m.start() < b for a, b in _entity_spans(text[start:end], language, start)):
            continue  # "Great Britain and Northern Ireland"
        if any(start + a < m.start() < start + b for a, b in brackets):
            continue  # "Olga Sidorchuk (Minister of Foreign Affairs, Republic of Belarus)"
        cuts += [m.start(), m.end()]
    cuts.append(end)
    parts: list[list[int]] = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=True):
        while a < b and text[a] in " \n":
            a += 1
        if a >= b:
            continue
        if len(parts) >= 2 and "\n" in text[parts[-2][1] : parts[-1][0]]:
            # two-line entries ("Prime Minister of the Republic of Belarus" / "R. Golovko"): a bare name on its own
            # line closes the state line above it
            above, bare = (parse_entry(text[x:y], language, words) for x, y in parts[-2:])
            if above["kind"] == "state" and not above["name"] and bare["kind"] is None and bare["name"] \
                    and not _has_title(bare, words):
                bare_end = parts.pop()[1]
                parts[-1][1] = bare_end
        if parts:
            prev = text[parts[-1][0] : parts[-1][1]]
            prev_has_entity = bool(names.scan(prev, language)) or _adjective_at_start(prev, language, words)
            prev_name = parse_entry(prev, language, words)["name"]
            between = text[parts[-1][1] : a]
            strong = ";" in between or "\n" in between  # entries of a ;- or line-separated list are complete
            piece = parse_entry(text[a:b], language, words)
            following = text[b:end].lstrip(" ")
            next_sep = words.separators.match(following)
            closes = following[:1] in ("", ";", "\n", ".") or (
                following[:1] == "," and _starts_entry(following[1:].lstrip(), language, words))
            closes_any = closes or bool(next_sep and _starts_entry(following[next_sep.end() :].lstrip(), language, words))
            first_word = text[a:b].split(" ", 1)[0].lower()
            if prev_name and not _person_like(str(piece["name"] or "")) and words.participle_aside.match(text, a + _lead_len(text[a:b], words), b):
                continue  # an aside about the person before (a participle phrase): left out of every entry
            two_line = len(parts) >= 2 and "\n" in text[parts[-2][1] : parts[-1][0]] \
                and (above := parse_entry(text[parts[-2][0] : parts[-2][1]], language, words))["kind"] == "state" \
                and not above["name"]
            if not prev_has_entity and prev_name and "," in between and piece["kind"] == "state" and not piece["name"] \
                    and not piece["title"] and closes_any and not two_line:
                parts[-1][1] = b  # the state after a person ("H.E. Prime Minister Ivan Karpovich, Belarus;")
                continue
            if prev_has_entity and prev_name and "," in between and piece["kind"] is None and not piece["name"] \
                    and _has_title({"title": first_word}, words) and closes \
                    and not _has_title(parse_entry(prev, language, words), words):
                # a title after the name ("Антон Сидоренко, премьер-министр"); a previous entry with an office of its
                # own is complete, the piece opens the next entry ("Министр планирования, развития и реформ …")
                parts[-1][1] = b
                continue
            if prev_has_entity and prev_name and _title_word_taken_for_name(prev, str(prev_name)) and not strong \
                    and piece["kind"] is None and not _starts_entry(text[a:b], language, words):
                parts[-1][1] = b  # "Minister of Water, Forests and … A.B. Name": the lone word taken for a name
                continue  # before is part of a title that goes on up to the person's name
            person = not prev_has_entity and prev_name and (_has_title(parse_entry(prev, language, words), words)
                                                             or ELLIPSIS.match(text, a + _lead_len(text[a:b], words), b))
            if person and (names.match_at(text, a + _lead_len(text[a:b], words), language)
                           or _adjective_at_start(text[a:b], language, words)):
                parts.append([a, b])  # "Prime Minister O. Bektenov, Russia by …": a person without a state, then an entry
                continue
            opens_role = prev_name and (found := _marker(text[a:b], words)) is not None and found[0].start() == 0
            if not opens_role and (not prev_has_entity
                                   or (not prev_name and not strong and not _starts_entry(text[a:b], language, words))):
                parts[-1][1] = b  # (a piece opening with a role marker after a named person starts an entry of its own)
                continue
        parts.append([a, b])
    return [(a, b) for a, b in parts]


# an elided entry of a list, a state's name or adjective then a dash or "by": "Казахстанскую делегацию возглавлял
# О.Бектенов, кыргызскую – А.Жапаров", "… headed by O. Bektenov, the Kyrgyz one by A. Zhaparov"
ELLIPSIS = re.compile(r"[^\W\d_][\w-]*(?: [^\W\d_][\w-]*)?\s*(?:[–—]\s|(?:delegation |one )?by\s)")


def _lead_len(text: str, words: Words) -> int:
    lead = words.entry_lead.match(text)
    return lead.end() if lead else 0


def _entity_spans(text: str, language: str, offset: int) -> list[tuple[int, int]]:
    return [(offset + m.start, offset + m.end) for m in names.scan(text, language)]


def _entry_item(text: str, s: int, e: int, language: str,
                words: Words) -> tuple[int, int, str | None, str | None, str]:
    """One part of an attendance sentence: (start, end, role of a marker opening it, role of a marker inside or after
    its entry, the entry's text without that marker); start == end when the part is a marker only."""
    lead_m = words.entry_lead.match(text, s, e)
    s = lead_m.end() if lead_m else s
    found = _marker(text[s:e], words)
    opening = after = None
    entry = None
    if found:
        m, marker_role = found
        pre = text[s : s + m.start()]
        if m.start() == 0 or not (names.scan(pre, language) or _adjective_at_start(pre, language, words)):
            s, opening = s + m.end(), marker_role
            lead_m = words.entry_lead.match(text, s, e)
            s = lead_m.end() if lead_m else s
        elif _name_part(_trim_entry(text[s + m.end() : e]), words)[1] \
                and not parse_entry(text[s : s + m.start()], language, words)["name"]:
            after = marker_role  # "от Туркменистана в качестве гостя – заместитель … Р.Мередов"
            entry = _trim_entry(text[s : s + m.start()] + " " + text[s + m.end() : e])
        else:
            e, after = s + m.start(), marker_role
    e = s + len(_trim_entry(text[s : e + 1 if text[e : e + 1] == "." else e]))  # the sentence's stop after an initial
    return s, max(s, e), opening, after, entry if entry is not None else text[s:max(s, e)]


def _trim_entry(entry: str) -> str:
    """An entry without trailing punctuation; the full stop of a closing initial (Головко Р.А.) is kept."""
    entry = RELATIVE_CLAUSE.sub("", entry).rstrip(" ,;:–—(")
    stripped = entry.rstrip(".")
    return stripped + "." if entry != stripped and INITIAL_END.search(stripped) else stripped


RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|whom|котор\w+)\b[^,;]*$")  # ", who was invited as …"
INITIAL_END = re.compile(r"(?:^|[\s.])[A-ZА-ЯЁ][a-zа-яё]?$")


def _person_like(name: str) -> bool:
    """A person's name beyond doubt: an initial, or two or more words (a lone capitalised word may be a place)."""
    return bool(re.search(r"(?:^|[\s.-])[A-ZА-ЯЁ][a-zа-яё]?\.", name)) or len(name.split()) >= 2


def _has_title(parsed: dict[str, object], words: Words) -> bool:
    """True when the title part holds an office word (not only small words such as of, the)."""
    title = str(parsed["title"] or "").lower()
    small = words.title_link | {"of", "the", "and", "и"}
    office = words.title_words - small
    return any(w.strip(".,") in office or all(p in office for p in w.strip(".,").split("-")) for w in title.split()) \
        or bool(words.secretary.search(title))


@dataclass
class _Item:
    """A part of an attendance sentence: an entry (parsed) or a role marker alone (parsed None)."""

    clause: int
    s: int
    e: int
    parsed: dict[str, object] | None
    opening: str | None = None  # role of a marker opening the part
    after: str | None = None  # role of a marker inside or after the entry
    chair: bool = False  # the entry carries a chair mark: "(председательствующий)", "(Chair)"


MARKER_THEN_COMMA = re.compile(r"\S[^,:;]*,\s*(?:(?:and|и|а также)\s+)?(?:the\s+)?$")


def _joined_title(text: str, state: _Item, person: _Item, words: Words) -> object:
    """The title of a state part merged with the person part after it: the person's title, or both titles when only
    a comma stands between them ("Государственный советник, Министр иностранных дел Ван И": two offices held)."""
    p, q = state.parsed or {}, person.parsed or {}
    if p.get("title") and q.get("title") and _has_title(p, words) and text[state.e : person.s].strip() == ",":
        return f"{p['title']}, {q['title']}"
    return q.get("title") or p.get("title")


def _sentence_records(doc_id: str, para: Paragraph, a: int, b: int, language: str, words: Words,
                      meeting_date: str | None, role: str | None = None) -> tuple[list[Record], str | None]:
    """Records of an attendance sentence, wherever its entries stand: the attendance verbs cut it into clauses, each
    clause into entries (anchored on gazetteer names, office words and person names). A role marker opens the entries
    after it in its clause, or, when none follow, closes the clause before (X attended as an observer). A state part
    without a person and a person part without a state next to each other are one entry (Монголию … представляет
    президент …). Returns the records and the role in force at the end (for entries in the next paragraphs)."""
    text = para.text
    cuts = [(a, a)]
    for m in words.attend.finditer(text, a, b):
        tail = words.attend_tail.match(text, m.end(), b)
        aux = AUXILIARIES.search(text, a, m.start())  # "… were also in attendance"
        cuts.append((aux.start() if aux else m.start(), tail.end() if tail else m.end()))
    attend_ends = {ca for _, ca in cuts[1:]}
    chair_at = {m.end() for m in words.chair_cut.finditer(text, a, b)}  # the entry after it is the chair
    cuts += [(m.start(), m.end()) for m in words.chair_cut.finditer(text, a, b)]
    cuts = sorted(cuts) + [(b, b)]
    chair_clauses = {i for i, (_, ca) in enumerate(cuts) if ca in chair_at}
    items: list[_Item] = []
    for clause, ((_, ca), (cb, _)) in enumerate(zip(cuts, cuts[1:], strict=False)):
        lead_m = words.entry_lead.match(text, ca, cb)
        opening_m = _marker(text[lead_m.end() if lead_m else ca : cb], words)
        if opening_m and opening_m[0].start() == 0:  # a marker opening the clause: "главы государств – членов ШОС:"
            ca = (lead_m.end() if lead_m else ca) + opening_m[0].end()
            items.append(_Item(clause, ca, ca, None, opening=opening_m[1]))
        else:
            ca = _after_plain_lead(text, ca, cb, language)
        if ca >= cb:
            continue
        spans, at = [], ca
        for rs, re_, entries in _respectively(text, ca, cb, language, words):  # Kazakhstan and … – X and …
            spans += split_entries(text, at, rs, language, words) if text[at:rs].strip(" ,;:") else []
            items += [_Item(clause, es, ee, parsed) for es, ee, parsed in entries]
            at = re_
        for s, e in spans + split_entries(text, at, cb, language, words) if at < cb else spans:
            raw = text[s:e]  # with a relative chair clause the entry's text leaves out (", who chaired the meeting")
            s, e, opening, after, entry = _entry_item(text, s, e, language, words)
            chair_mark = words.chair_mark.search(entry)
            if chair_mark:
                entry = (entry[: chair_mark.start()] + " " + entry[chair_mark.end() :]).strip()
            chaired = bool(chair_mark or words.chair_mark.search(raw))
            parsed = parse_entry(entry, language, words) if s < e else None
            if parsed is not None and parsed["kind"] is None and not parsed["name"]:
                parsed = None
            if parsed is not None or opening is not None or after is not None:
                items.append(_Item(clause, s, e, parsed, opening, after, chair=chaired))
    merged: list[_Item] = []
    for item in items:  # a state without a person next to a person without a state (markers between): one entry
        prev = next((m for m in reversed(merged) if m.parsed), None)
        p, q = prev.parsed if prev else None, item.parsed
        if prev and p and q and p["kind"] == "state" and not p["name"] and q["kind"] is None and q["name"] \
                and not item.opening and item.clause - prev.clause <= 1:
            prev.parsed = dict(p, title=_joined_title(text, prev, item, words), name=q["name"])
            prev.e, prev.after = item.e, item.after or prev.after
            continue
        merged.append(item)
    roles: list[str | None] = [None] * len(merged)
    current = role
    closed: set[int] = set()  # markers that closed the clause before them
    for i, item in enumerate(merged):
        if item.opening is not None and cuts[item.clause][1] in attend_ends \
                and not any(o.clause == item.clause for o in merged[:i]):
            # "X attended as a guest of the presiding party, and Y …": the marker right after the verb, then a comma
            # before the next entry, closes the entries before the verb
            first = next((o for o in merged[i:] if o.clause == item.clause and o.parsed), None)
            previous = [j for j in range(i) if merged[j].parsed and not merged[j].after and roles[j] is None
                        and merged[j].clause == item.clause - 1]
            if first is not None and previous and MARKER_THEN_COMMA.search(text, cuts[item.clause][1], first.s):
                for j in previous:
                    roles[j] = item.opening
                closed.add(i)
                if item.parsed is None:
                    continue
                item = dataclasses.replace(item, opening=None)
        if item.opening is not None and item.parsed is None:  # a marker alone: forward, or back over its clause
            later = any(o.parsed and o.clause == item.clause for o in merged[i + 1 :])
            earlier = [j for j in range(i) if merged[j].parsed and not merged[j].after and merged[j].clause == item.clause]
            earlier = earlier or [j for j in range(i) if merged[j].parsed and not merged[j].after
                                  and merged[j].clause == item.clause - 1]
            if any(o.opening is not None for j, o in enumerate(merged[:i]) if o.clause == item.clause and j not in closed):
                earlier = earlier[-1:]  # under a role opened earlier in the clause: the closing marker is the last entry's
            if not later and earlier:
                for j in earlier:
                    roles[j] = item.opening
            else:
                current = item.opening
            continue
        if item.opening is not None:
            current = item.opening
        if roles[i] is None:
            roles[i] = item.after or current
    records: list[Record] = []
    for item, item_role in zip(merged, roles, strict=True):
        parsed = item.parsed
        if not parsed or not (_has_title(parsed, words) or (parsed["name"] and parsed["kind"])):
            continue
        chair = (item.clause in chair_clauses or item.chair) and not any(r["is_chair"] for r in records)
        listed = next((r for r in records if _same(r, parsed)), None) if item.clause in chair_clauses else None
        if listed is not None:  # the chair phrase names an attendee already listed: "Мы, … – под председательством …"
            listed["is_chair"] = chair
            continue
        record = span_record(doc_id, "participant_id", para, item.s, item.e)
        record["role"] = _role(parsed, item_role, meeting_date)
        record.update({k: v for k, v in parsed.items() if k != "kind"})
        record["is_chair"] = chair
        records.append(record)
    return records, current


def _respectively(text: str, a: int, b: int, language: str,
                  words: Words) -> list[tuple[int, int, list[tuple[int, int, dict[str, object]]]]]:
    """Entries written state by state then person by person: "the Prime Ministers of Kazakhstan, Kyrgyzstan and
    Tajikistan – O. Bektenov, A. Zhaparov and K. Rasulzoda", "… of India and Pakistan, N. Rao and S. Sharif,
    respectively", «главы правительств Казахстана и Киргизии – соответственно О.Бектенов и А.Жапаров»: the n-th
    person is the n-th state's, when a dash or the word respectively follows the states and as many persons as
    states follow. Returns (start, end, entries) of each such run; an entry is (start, end, parsed)."""
    found = [m for m in names.scan(text[a:b], language) if m.entity.kind == "state"]
    runs: list[tuple[int, int, list[tuple[int, int, dict[str, object]]]]] = []
    i = 0
    while i < len(found):
        run = [found[i]]
        while i + len(run) < len(found) and RESP_AND.fullmatch(text, a + run[-1].end, a + found[i + len(run)].start):
            run.append(found[i + len(run)])
        i += len(run)
        after = RESP_AFTER_STATES.match(text, a + run[-1].end, b)
        if len(run) < 2 or after is None:
            continue
        pos, people = after.end(), []
        while len(people) < len(run) and (name := RESP_NAME.match(text, pos, b)):
            people.append(name)
            pos = name.end()
            sep = RESP_AND.match(text, pos, b)
            if len(people) < len(run):
                if sep is None:
                    break
                pos = sep.end()
        tail = RESP_TAIL.match(text, pos, b)
        if len(people) != len(run) or not (after.group("sep") != "," or after.group("word") or tail) \
                or any(names.scan(p.group(), language) for p in people):
            continue
        title = _plural_office(text[a : a + run[0].start], words)
        entries = []
        for state, person in zip(run, people, strict=True):
            parsed = parse_entry(f"{state.text} {person.group()}", language, words)
            if parsed["state_code"] != state.entity.entity_id or parsed["name"] != person.group():
                break
            entries.append((a + state.start, person.end(), dict(parsed, title=title)))
        else:
            runs.append((a + run[0].start, tail.end() if tail else pos, entries))
    return runs


def _plural_office(lead: str, words: Words) -> str | None:
    """The office of a "respectively" list, in the singular ("the Prime Ministers of" -> Prime Minister,
    «премьер-министры» -> премьер-министр); None for a generic word (heads, leaders, главы)."""
    office = RESP_LEAD_NOISE.sub("", lead).strip()
    office = re.sub(r"\s+of(?:\s+the)?$|^(?:the|The)\s+", "", office).strip()
    if not office or len(office.split()) > 5 or RESP_GENERIC.match(office):
        return None
    parts = office.split(" ")
    for k, w in enumerate(parts):
        single = w[:-1] if w.endswith(("s", "ы", "и")) else ""
        if single and all(p in words.title_words for p in single.lower().split("-")):
            return " ".join([*parts[:k], single, *parts[k + 1 :]])
    return None


RESP_AND = re.compile(r"\s*,\s*(?:and\s+|и\s+)?|\s+(?:and|и|as well as|а также)\s+")
RESP_AFTER_STATES = re.compile(r"\s*(?P<sep>[–—]|,)\s*(?P<word>(?:respectively|соответственно),?\s+)?")
RESP_TAIL = re.compile(r",?\s*(?:respectively|соответственно)\b")
RESP_NAME = re.compile(r"(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?){1,3}[A-ZА-ЯЁ][\w'’-]+"
                       r"|[A-ZА-ЯЁ][\w'’-]+(?:\s(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?){1,3}(?![\w'’-])|(?:\s[A-ZА-ЯЁ][\w'’-]+){1,2})")
RESP_GENERIC = re.compile(r"(?i)^(?:heads?|leaders?|representatives?|главы|лидеры|руководители|представители)\b")
RESP_LEAD_NOISE = re.compile(r"^.*\b(?:by|were|was|included|including|участие|участвовали|присутствовали)\s+|^\W+")


LEAD_COLON = re.compile(r"[^:;()]{1,60}?:\s*")


def _after_plain_lead(text: str, a: int, b: int, language: str) -> int:
    """Where the entries of a clause start: after a short lead ending in a colon that names no state, body or
    person ("heads of delegation:", "главы делегаций:"); the lead is the list's heading, not a first entry's title."""
    lead = LEAD_COLON.match(text, a, b)
    if lead is None or len(lead.group().split()) > 6 or names.scan(lead.group(), language) \
            or re.search(r"[A-ZА-ЯЁ][a-zа-яё]?\.", lead.group()):
        return a
    return lead.end()


def extract_participants(doc_id: str, paragraphs: list[Paragraph], rules: Rules, words: Words,
                         meeting_date: str | None = None) -> list[Record]:
    """Attendees in the order listed, with roles from the text's markers; the chair flagged is_chair.
    A list may follow its lead sentence ("… was attended by:") as paragraphs of their own, one entry each."""
    language = rules.tag
    records: list[Record] = []
    chairs: list[tuple[Paragraph, int, int]] = []
    listed: set[int] = set()  # paragraphs consumed as entries of a preceding list
    for k, para in enumerate(paragraphs):
        if k in listed or annotate(dataclasses.replace(para, section="body"), [], language, words)["stances"]:
            continue  # a statement of the meeting ("The Heads of State welcomed the Forum, attended by …")
        text = para.text
        for a, b in sentences(text, rules):
            number = PARAGRAPH_NUMBER.match(text, a, b)  # "4. Председательствовал …"
            a = number.end() if number else a
            sentence = text[a:b]
            chair = next((m for rx in words.chair if (m := rx.search(sentence))), None)
            attend = words.attend.search(sentence)
            if chair and not attend:
                if para.section == "preamble":  # "Мы, <list>, собравшись …, под председательством <chair>,"
                    found = _sentence_records(doc_id, para, a, b, language, words, meeting_date)[0]
                    listed_people = sum(1 for r in found if not r["is_chair"] and _person_like(str(r["name"] or "")))
                    if listed_people >= 2 and any(r["is_chair"] for r in found):
                        records += found  # the list, its chair flagged (named again after the chair phrase)
                        continue
                chairs.append((para, a + chair.start("who"), a + chair.end("who")))
                continue
            heading = (not attend and not chair and sentence.rstrip().endswith(":") and len(sentence.split()) <= 10
                       and b >= len(text.rstrip()) - 1 and k + 1 < len(paragraphs)
                       and _looks_like_entry(paragraphs[k + 1].text, language, words))  # "Participants:" then entries
            if not attend and not heading:
                if para.section == "preamble" and not chair:  # a list under an unknown lead ("Among those present …")
                    found = _sentence_records(doc_id, para, a, b, language, words, meeting_date)[0]
                    named = sum(1 for r in found if _person_like(str(r["name"] or "")))
                    if named >= 2 or (named and _marker(sentence, words)):  # two entries, or one under a role heading
                        records += found
                continue
            attend_start, attend_end = (attend.start(), attend.end()) if attend else (len(sentence), len(sentence))
            tail = words.attend_tail.match(sentence, attend_end)
            after_start = tail.end() if tail else attend_end
            rest = sentence[after_start:]
            opening = _marker(rest, words)
            if opening and opening[0].start() <= 4 and not rest[opening[0].end() :].strip(" :"):
                rest = ""  # "attended by the heads of delegations of the member states:" then the entries
            if heading:
                lead, (ls, le) = sentence, (b, b)
            elif names.scan(rest, language) or _name_part(rest, words)[1]:
                lead, (ls, le) = sentence[: attend_start], (a + after_start, b)
            elif not rest.strip(" :") and (text[a:].rstrip().endswith(":") or not sentence[: attend_start].strip()):
                lead, (ls, le) = sentence[: attend_start], (b, b)  # the entries follow as paragraphs
            else:
                lead, (ls, le) = sentence[attend_end :], (a, a + attend_start)
            if ls != le or ls != b:  # entries on either side of the verb(s), anywhere in the sentence
                records += _sentence_records(doc_id, para, a, b, language, words, meeting_date)[0]
                continue
            lead_marker = _marker(lead, words) or (opening if not rest else None)
            role: str | None = lead_marker[1] if lead_marker else None
            for j in range(k + 1, len(paragraphs)):  # the entries follow as paragraphs of their own
                following = paragraphs[j]
                if not _looks_like_entry(following.text, language, words):
                    break
                listed.add(j)
                found, role = _sentence_records(doc_id, following, 0, len(following.text), language, words, meeting_date, role)
                records += found
    for para, a, b in chairs:
        lead_m = words.entry_lead.match(para.text, a, b)
        a = lead_m.end() if lead_m else a
        b = a + len(_trim_entry(para.text[a : b + 1 if para.text[b : b + 1] == "." else b]))
        parsed = parse_entry(para.text[a:b], language, words)
        office = CHAIR_OFFICE_AFTER.match(para.text, b)
        if parsed["kind"] is None and _person_like(str(parsed["name"] or "")) and office:
            # "under the chairmanship of Mr. A. Name, Minister of … of <state>.": the office after the name is his
            fuller = parse_entry(para.text[a : office.end("office")], language, words)
            if fuller["kind"] is not None and fuller["name"] == parsed["name"] and _has_title(fuller, words):
                parsed, b = fuller, office.end("office")
        match = next((r for r in records if _same(r, parsed)), None)
        if match is None and parsed["kind"] is None and parsed["name"]:  # a name alone: "chaired by D.K. Amangeldiev"
            surname = _surname(str(parsed["name"]))[:4]
            named = [r for r in records if r["name"] and _surname(str(r["name"]))[:4] == surname]
            match = named[0] if len(named) == 1 else None
        if match is None and parsed["kind"] is not None and _person_like(str(parsed["name"] or "")):
            # the chair named with another office ("Chairman of the body's Council – Minister of … A.B. Name") is the
            # listed person of the same full name
            key = re.sub(r"\s+", "", str(parsed["name"]))
            named = [r for r in records if r["name"] and re.sub(r"\s+", "", str(r["name"])) == key]
            match = named[0] if len(named) == 1 else None
        if match is not None:
            match["is_chair"] = True
            continue
        if parsed["kind"] is None and not parsed["name"]:
            continue
        record = span_record(doc_id, "participant_id", para, a, b)
        record["role"] = _role(parsed, None, meeting_date)
        record.update({k: v for k, v in parsed.items() if k != "kind"})
        record["is_chair"] = True
        records.append(record)
    records.sort(key=lambda r: int(r["start"]))  # type: ignore[call-overload]
    return number_records(doc_id, "participant_id", "a", records)


CHAIR_OFFICE_AFTER = re.compile(r",\s*(?P<office>[^,;:()\n]+?)\s*(?:[.;]\s|[.;]?$|,\s*(?=(?:the|The)\s))")


def _surname(name: str) -> str:
    """The longest word of a name without its initials (Головко Р.А., R.A. Golovko, Ли Цян -> Головко, Golovko, Цян)."""
    return max(re.findall(r"[^\W\d_]{2,}(?![.\w])", name) or [name], key=len)


def _same(record: Record, parsed: dict[str, object]) -> bool:
    """Same attendee: same state or body, and (when both have one) names sharing their last word's stem."""
    if parsed["state_code"] != record["state_code"] or parsed["organisation_id"] != record["organisation_id"]:
        return False
    if parsed["state_code"] is None and parsed["organisation_id"] is None:
        return False
    if parsed["name"] and record["name"]:
        a, b = _surname(str(parsed["name"])), _surname(str(record["name"]))
        return a[:4] == b[:4]
    return True


# ---------------------------------------------------------------- mentions


def extract_mentions(doc_id: str, paragraphs: list[Paragraph], language: str) -> list[Record]:
    """One record per state or organisation name (the SCO and its bodies skipped), found by this language's names."""
    return mentions.extract_mentions(doc_id, paragraphs, scan=lambda text: names.scan(text, language))


# ---------------------------------------------------------------- cited documents


def _document_like(inner: str, words: Words) -> bool:
    """A quoted text naming a document: a document noun first or after up to three words («Шанхайской конвенции о …»,
    “SCO Development Strategy”)."""
    return bool(words.doc_words.match(inner) or re.match(rf"(?:[\w'’-]+\s+){{1,3}}?(?i:{words.doc_words.pattern})", inner))


def _quoted(text: str, words: Words) -> list[tuple[int, int]]:
    """Spans (brackets included) of quoted titles that read like documents."""
    spans = []
    for open_q, close_q in words.quotes:
        pattern = re.compile(rf"{re.escape(open_q)}([^{re.escape(open_q + close_q)}]{{3,300}}){re.escape(close_q)}")
        for m in pattern.finditer(text):
            inner, before = m.group(1), text[max(0, m.start() - 30) : m.start()]
            if _document_like(inner, words) or re.search(rf"{words.doc_words.pattern}\s*$", before) \
                    or words.cite_before.search(before):  # approved «Меры по …»: what a document verb governs
                spans.append((m.start(), m.end()))
    return spans


def _capitalised(text: str, words: Words, taken: list[tuple[int, int]], language: str) -> list[tuple[int, int]]:
    """Spans of unquoted titles opening with a document noun (English: title case; Russian: a capitalised first word)."""
    spans = []
    entities = [(m.start, m.end) for m in names.scan(text, language)]
    flags = 0 if words.capitalised_titles else re.I
    for m in re.finditer(rf"(?<![\w«“\"]){words.doc_words.pattern}", text, flags):
        if any(a <= m.start() < b for a, b in taken + entities + spans) or words.self_reference.search(text[: m.start()]):
            continue  # inside a quote, a name, or a title found before (План … по реализации Концепции …: one title)
        start = m.start()
        if words.capitalised_titles:  # capitalised words before the noun: "the SCO Development Strategy"
            if not text[start].isupper():
                continue
            for prev in reversed(list(re.finditer(r"[\w'’-]+", text[:start]))):
                gap = text[prev.end() : start]
                if gap.strip() or not (prev.group()[0].isupper() or prev.group()[0].isdigit()) or prev.group() in ("The",):
                    break
                if prev.group().lower() in words.title_link:
                    break
                start = prev.start()
            end = m.end()
            previous = before_previous = ""
            for tok in re.finditer(r",?\s+([\w'’()–-]+)", text[m.end() :]):
                word = tok.group(1)
                if tok.start() != end - m.end():
                    break
                if tok.group().startswith(",") and not (word[0].isupper() and re.match(
                        r"(?:\s+[A-Z][\w'’-]*)*\s+and\s+[A-Z]", text[m.end() + tok.end() :])):
                    break  # a comma inside a title only before a capitalised series ending in "and …"
                small = word.lower() in words.title_link
                after_verb = previous[:1].isupper() and previous.endswith("ing")  # "on Overcoming the Consequences"
                if word.lower() == "the" and not after_verb and (
                        previous.lower() not in ("of", "on", "for", "between", "among", "to", "in", "against")
                        or before_previous.lower() == "and"):
                    break  # "… and the Charter of …", "… and to the Treaty on …": a second title
                if word[0].isupper() or word[0].isdigit() or small:
                    end = m.end() + tok.end()
                    previous, before_previous = word, previous
                else:
                    break
            while True:  # trailing small words are not part of the title
                last = re.search(r"\s+([\w'’-]+)$", text[start:end])
                if last and last.group(1).lower() in words.title_link:
                    end = start + last.start()
                else:
                    break
        else:  # Russian: capitalised adjectives before a lower-case noun (Всеобъемлющей конвенции)
            if not text[start].isupper():
                prev = re.search(r"([А-ЯЁ][а-яё]+(?:ая|яя|ой|ей|ую|юю|ий|ый|ого|его|ому|ему|ым|им|ом|ем|ое|ее|ые|ие|ых|их))\s+$", text[:start])
                if prev is None:
                    continue
                start = prev.start(1)
                if any(a <= start < b for a, b in entities) or words.self_reference.search(text[:start]):
                    continue
            stop = re.compile(r"[,;:.()«»]|\s(?:и|а также|которы\w+|в том числе)\s|\s(?:подписан|принят|утвержд|одобрен)\w*")
            s = stop.search(text, m.end())
            end = s.start() if s else len(text)
        if OFFICE_OF.search(text, max(0, start - 40), start):
            continue  # the field of an office: "Minister of Antimonopoly Regulation and Trade"
        if end - start > len(m.group()) or (end > start and len(text[start:end].split()) >= 2):
            spans.append((start, end))
    return spans


OFFICE_OF = re.compile(r"\b(?:Minister|Ministry|Department|Agency|Service)\s+(?:of|for)\s+(?:the\s+)?$")


PAREN_AFTER = re.compile(r"\s*\((?P<inner>[^()]{6,60})\)")


def _bracketed_date_place(text: str, b: int, rules: Rules) -> tuple[str, str | None] | None:
    """(date, place) of a bracket right after a title: "(Ufa, 10 July 2015)", "(Уфа, 10 июля 2015 года)"."""
    m = PAREN_AFTER.match(text, b)
    dates = rules.find_dates(m["inner"]) if m else []
    if not m or not dates:
        return None
    parts = [p.strip() for p in m["inner"].split(",")]
    place = next((p for p in parts if p[:1].isupper() and len(p.split()) <= 3 and not rules.find_dates(p)), None)
    return dates[0].start.isoformat(), place


COORDINATED = re.compile(r"\s*(?:,\s*|\s(?:и|а также|and|as well as)\s+)(?:the\s+)?")  # between two titles


def extract_citations(doc_id: str, paragraphs: list[Paragraph], rules: Rules, words: Words) -> list[Record]:
    """One record per cited document title (quoted, or capitalised with a document noun)."""
    records: list[Record] = []
    for para in paragraphs:
        text = para.text
        spans: list[tuple[int, int]] = []  # local spans of this paragraph's records
        quoted = _quoted(text, words)
        found = sorted(quoted + _capitalised(text, words, quoted, rules.tag))
        shared: tuple[int, re.Match[str]] | None = None  # (end, verb) of the last title governed by a verb before it
        for a, b in found:
            is_quoted = (a, b) in quoted
            title = text[a + 1 : b - 1] if is_quoted else text[a:b]
            normalised = re.sub(r"\s+", " ", title).strip().replace("ё", "е")
            record = span_record(doc_id, "cited_document_id", para, a, b)
            action = date = place = None
            after = words.cite_after.match(text, b)
            before = words.cite_before.search(text[max(0, a - 80) : a])
            before = None if before and before.groupdict().get("wish") else before
            if before is None and shared and COORDINATED.fullmatch(text, shared[0], a):
                before = shared[1]  # "утвердили «A» и «B»", "approved the A and the B": one verb governs both
            shared = (b, before) if before else None
            if after and after.group().strip(" ,"):
                action, place = after.group("action"), after.group("place")
                dates = rules.find_dates(after.group())
                date = dates[0].start.isoformat() if dates else None
            if before and action is None:  # "approved the …", "подписание 12 сентября 2014 года в Душанбе Соглашения …"
                action, place = before.group("action"), place or before.groupdict().get("place")
                dates = [] if date else rules.find_dates(before.group())
                date = date or (dates[0].start.isoformat() if dates else None)
                where = words.cite_where.match(text, b)
                if where and where.group().strip(" ,"):  # "signed the “…” in Osh on 5 May 2030": the action's place, date
                    place = place or where.group("place")
                    dates = [] if date else rules.find_dates(where.group())
                    date = date or (dates[0].start.isoformat() if dates else None)
            if date is None and (dated := _bracketed_date_place(text, b, rules)):
                date, place = dated[0], place or dated[1]
            mine = records[len(records) - len(spans) :]
            parent = next((r for r, (pa, pb) in zip(reversed(mine), reversed(spans), strict=True)
                           if pa < a and b < pb), None)  # a title nested in another's quotes: „…“ inside «…»
            if parent is not None:
                action = date = place = None
            record.update(title=title, title_normalised=normalised, cited_document_key=title_key(normalised),
                          parent_id=None, action=action, date=date, place=place)
            record["cited_document_id"] = record_id(doc_id, "c", len(records) + 1)
            if parent is not None:
                record["parent_id"] = parent["cited_document_id"]
            records.append(record)
            spans.append((a, b))
    return number_records(doc_id, "cited_document_id", "c", records)


# ---------------------------------------------------------------- meetings


# a Russian finite verb after a meeting's name ends it: открылся, завершилась, начинает, проходит
FINITE_VERB = re.compile(r"[а-яё]+(?:лся|лась|лось|лись|ется|ются|ится|ятся|ает|яет|ует|ают|яют|уют|одит|одят)")


# lower-case English words that end a meeting's name (verbs and relatives): "… expert group discussed", "… which"
NAME_STOP_EN = re.compile(r"^(?:\w+ed|was|were|is|are|be|being|been|will|would|shall|has|have|had|took|takes|due|set|slated"
                          r"|which|that|who|whose|where|when)$")


def _ends_name(word: str, following: str, name: str, words: Words) -> bool:
    """True when word ends a meeting's name: held, a date, a stance or finite verb, a relative word; a preposition before a
    place or date (in Beijing, on 5 May, в Шанхае) but not before a complement (on international security, в области);
    Russian «и» unless it joins two nouns (министров экономики и торговли); English lower-case words only in the name's
    of-complement (meeting of the SCO expert group)."""
    lower = word.lower()
    if words.held.fullmatch(word) or re.match(r"^\d", word) or words.stances.fullmatch(word) or FINITE_VERB.fullmatch(word) \
            or lower in ("held", "а", "что", "which", "который", "которое", "которая", "которые"):
        return True
    if lower in ("in", "on", "at", "в", "во", "на"):
        return not following or following[0].isupper() or following[0].isdigit() \
            or following.lower() in ("the", "a", "its", "their", "городе", "г.", "г", "ходе", "рамках", "период")
    if lower == "и":
        return not re.fullmatch(r"[а-яё]+", following) or bool(words.meeting_noun.fullmatch(following)) \
            or bool(words.stances.fullmatch(following)) or bool(FINITE_VERB.fullmatch(following)) \
            or bool(re.search(r"[аеиоуыя]ли(?:сь)?$", following))
    if words.capitalised_titles and not (word[0].isupper() or lower in words.title_link or word[0] in "(–-"):
        return " of " not in f" {name} " or bool(NAME_STOP_EN.match(lower))
    return False


def _name_around(text: str, noun: re.Match[str], words: Words) -> tuple[int, int]:
    """Span of the meeting's name around its noun: back over modifiers, forward over its complements."""
    start = noun.start()
    for prev in reversed(list(re.finditer(r"[\w'’-]+", text[:start]))):
        gap = text[prev.end() : start]
        w = prev.group()
        if gap.strip() or w.lower() in ("the", "a", "an", "its", "their", "of") or words.held.fullmatch(w) \
                or words.stances.fullmatch(w) or (not words.capitalised_titles and w.lower() in ("в", "на", "и")):
            break
        if not words.capitalised_titles and not w[0].isupper() and not re.match(r"^(?:\w+(?:ое|ого|ом|ая|ой|ую|ые|ых|ий|ый|ье|ьего|ьем)|\d+-\w+|двадцать|тридцать|сорок)$", w):
            break
        if not words.capitalised_titles and w[0].isupper() and re.search(r"(?:^|\s)(?:в|во|на)\s+$", text[: prev.start()]):
            break  # "в Москве Форума": a place before the name
        if words.capitalised_titles and not (w[0].isupper() or w[0].isdigit() or re.match(r"^\d+(?:st|nd|rd|th)$|^[\w-]+(?:th|st|nd|rd)$|^(?:regular|joint|annual|extraordinary|informal|special|jubilee|anniversary|ministerial)$", w)):
            break
        start = prev.start()
    end = noun.end()
    for tok in re.finditer(r"\s+([\w'’()«»\"“”–-]+)", text[noun.end() :]):
        if tok.start() != end - noun.end():
            break
        w = tok.group(1)
        name_so_far = text[start : noun.end() + tok.start()]
        if name_so_far.count("«") > name_so_far.count("»") or name_so_far.count("“") > name_so_far.count("”"):
            end = noun.end() + tok.end()  # inside a quoted name: «ШОС – 2034»
            continue
        following = re.match(r"\s+([\w'’.-]+)", text[noun.end() + tok.end() :])
        if _ends_name(w, following.group(1) if following else "", name_so_far, words):
            break
        end = noun.end() + tok.end()
    while True:
        last = re.search(r"\s+([\w'’-]+)$", text[start:end])
        if last and last.group(1).lower() in words.title_link | {"и", "в", "на"}:
            end = start + last.start()
        else:
            break
    return start, end


def _dated_after(noun: re.Match[str], nouns: list[re.Match[str]], dates: list[tuple[int, int]], end: int) -> bool:
    """True when another date follows the noun before the next meeting noun (the noun is dated by it)."""
    stop = min((n.start() for n in nouns if n.start() > noun.end()), default=end)
    return any(noun.end() <= a < stop for a, _ in dates)


def _bounds(a: int, b: int, nouns: list[re.Match[str]], noun: re.Match[str], dates: list[tuple[int, int]], lo: int,
            hi: int) -> tuple[int, int]:
    """The stretch of the sentence that belongs to one meeting: from the previous date or meeting noun to the next."""
    lo = max([lo] + [e for _, e in dates if e <= a] + [n.end() for n in nouns if n.end() <= a and n is not noun])
    hi = min([hi] + [s for s, _ in dates if s >= b] + [n.start() for n in nouns if n.start() >= b and n is not noun])
    return lo, hi


def _place_near(sentence: str, a: int, b: int, bounds: tuple[int, int], words: Words) -> re.Match[str] | None:
    """The place of a meeting spanning a..b: inside its span (… held in Dushanbe on 5 May), else just after it, else just
    before it, never in the stretch of another meeting of the same sentence."""
    lo, hi = bounds
    inside = next((m for m in words.in_place.finditer(sentence, a) if m.end() <= b), None)
    after = words.in_place.search(sentence, b)
    after = after if after and after.start() < min(hi, b + 40) else None
    before = [m for m in words.in_place.finditer(sentence, max(lo, a - 40)) if m.start() < a]
    return inside or after or (before[-1] if before else None)


def extract_meetings(doc_id: str, paragraphs: list[Paragraph], rules: Rules, words: Words,
                     meeting_date: str | None) -> list[Record]:
    """Dated meetings in the text: name (with a meeting noun), dates, place, format, host; the own meeting flagged."""
    records: list[Record] = []
    own_found = False
    for para in paragraphs:
        text = para.text
        for sa, sb in sentences(text, rules):
            sentence = text[sa:sb]
            for date in rules.find_dates(sentence):
                da, db = date.span
                if words.doc_date.search(sentence[max(0, da - 25) : da]):
                    continue
                clause_a = max(sentence.rfind(c, 0, da) for c in ";:") + 1
                clause_b = min((i for c in ";:" if (i := sentence.find(c, db)) >= 0), default=len(sentence))
                nouns = [n for n in words.meeting_noun.finditer(sentence, clause_a, clause_b)
                         if not (da <= n.start() < db)]
                if not nouns:
                    continue
                # the nearest noun: before the date when "held" stands between, otherwise after it
                before = [n for n in nouns if n.end() <= da]
                after = [n for n in nouns if n.start() >= db]
                others = [d.span for d in rules.find_dates(sentence) if d.span != date.span]
                noun = None
                if before and (words.held.search(sentence, before[-1].end(), da) or not after
                               or _dated_after(after[0], nouns, others, clause_b)):
                    noun = before[-1]  # a noun after the date that has its own date after it is another meeting's
                elif after:
                    noun = after[0]
                if noun is None:
                    continue
                na, nb = _name_around(sentence, noun, words)
                aside = words.aside.search(sentence, na, nb)
                nb = aside.start() if aside else nb
                if any(r["paragraph_id"] == paragraph_id(doc_id, para.seq) and r["start"] == para.start + sa + min(na, da)
                       for r in records):
                    continue
                a, b = min(na, da), max(nb, db)
                context = sentence[min(na, da) : max(nb, db) + 60]
                place = _place_near(sentence, a, b, _bounds(a, b, nouns, noun, others, clause_a, clause_b), words)
                host = words.host.search(sentence, clause_a, clause_b)
                found_host = None
                if host:  # the state at the phrase, or the state of the office named there (Президента Республики …)
                    window = re.split(r"[,;(]", sentence[host.start("host") : host.start("host") + 80])[0]
                    found_host = next((m for m in names.scan(window, rules.tag) if m.entity.kind == "state"), None)
                host_code = found_host.entity.entity_id if found_host else None
                video = rules.video.search(context)
                is_current = False
                if not own_found and para.seq <= 2:
                    is_current = meeting_date == date.start.isoformat() if meeting_date else para.seq == 1
                    own_found = is_current
                record = span_record(doc_id, "meeting_id", para, sa + a, sa + b)
                record.update(
                    name=sentence[na:nb], session_number=rules.session(sentence[na:nb]),
                    start_date=date.start.isoformat(), end_date=date.end.isoformat() if date.end else None,
                    format="video" if video else ("in_person" if place else None),
                    place=None if video or not place else place.group("place"),
                    host=found_host.text if found_host else None, host_code=host_code,
                    is_current_meeting=is_current,
                )
                records.append(record)
    return number_records(doc_id, "meeting_id", "m", records)


# ---------------------------------------------------------------- initiatives


def _stance_before(text: str, pos: int, words: Words) -> str | None:
    """The last stance verb before pos in its sentence (not a noun after a determiner, "their support", nor the object
    of the verb before it, "expressed support", as «подтвердили поддержку» is no verb of its own)."""
    sentence_start = max(text.rfind(". ", 0, pos) + 1, 0)
    found = [m for rx in (words.stances, words.gerunds) for m in rx.finditer(text, sentence_start, pos)
             if not re.search(r"\b(?:their|its|our|the|full|for|of|a|an)\s+$", text[max(0, m.start() - 8) : m.start()])]
    ends = {m.end() for m in found}
    found = [m for m in found if not (m.start() - 1 in ends and text[m.start() - 1] == " ")]
    return max(found, key=lambda m: m.start()).group() if found else None


def _adjective_state(text: str, m: re.Match[str], language: str) -> EntityMatch | None:
    """A state written as an adjective (китайской инициативы): its stem is the adjective of one of the state's
    "… side"/"… сторона" aliases (Китайская сторона)."""
    group = "who" if "who" in m.re.groupindex else 0
    word = m.group(group)
    if " " in word or len(word) < 5 or not word.isalpha():
        return None
    entity = _side_entity(word, language)
    return EntityMatch(entity, m.start(group), m.end(group), word) if entity else None


@cache
def _side_adjectives(language: str) -> tuple[tuple[str, Entity], ...]:
    """(adjective in lower case, state) from the states' "… side"/"… сторона" aliases."""
    found = []
    for form, entity in names.forms(language).items():
        first, _, rest = form.partition(" ")
        if entity.kind == "state" and rest.lower() in ("side", "сторона"):
            found.append((first.lower(), entity))
    return tuple(found)


def _side_entity(word: str, language: str) -> Entity | None:
    """The state whose "… side" adjective starts with the word's stem (узбекская, узбекской, Uzbek)."""
    stem = word[: max(4, len(word) - 2)].lower()
    return next((entity for adjective, entity in _side_adjectives(language) if adjective.startswith(stem)), None)


def _adjective_code(word: str, language: str) -> str | None:
    """The state code of an adjective in any case or number, hyphenated ones included."""
    if len(word) < 4 or not word.replace("-", "").isalpha():
        return None
    entity = _side_entity(word, language)
    return entity.entity_id if entity else None


# adjectives of states sharing one noun: «Белорусская, иранская и узбекская стороны», "The Kazakh and Russian sides"
SIDES = re.compile(r"(?P<adjectives>[A-ZА-ЯЁ][\w-]+(?:\s*,\s*[\w-]+)*\s+(?:и|and)\s+[\w-]+)\s+(?:стороны|sides)(?![\w-])")
ADJECTIVE_SEP = re.compile(r"\s*,\s*|\s+(?:и|and)\s+")


def _adjective_sides(text: str, pos: int, language: str) -> tuple[int, list[str]]:
    """(end, codes) of a subject made of state adjectives sharing one noun (sides, стороны); (pos, []) if none."""
    m = SIDES.match(text, pos)
    if m is None:
        return pos, []
    codes = [_adjective_code(word, language) for word in ADJECTIVE_SEP.split(m.group("adjectives"))]
    if None in codes:
        return pos, []
    return m.end(), [str(code) for code in codes]


INITIATIVE_WORD = re.compile(r"^\w*нициатив\w*\s+|\s+[Ii]nitiative$")


def _subject_before(text: str, pos: int, words: Words) -> tuple[int, str]:
    """What was done at someone's initiative: the phrase before pos, back to a stance verb, comma or article;
    a meeting named there is the subject (its name only)."""
    bounds = [m.end() for m in re.finditer(r"[,;:.](?!\s*\d)", text[:pos])]  # not the comma of "April 8-9, 2030"
    bounds += [m.end() for m in words.stances.finditer(text, 0, pos)]
    bounds += [m.end() for m in re.finditer(r"\b(?:the|The|a|an)\s+", text[:pos])]
    start = max(bounds, default=0)
    while start < pos and text[start] == " ":
        start += 1
    if words.held.match(text, start) and start > 0:  # "the Forum, held in Tashkent … at the initiative of"
        previous = [b for b in bounds if b < start - 1]
        start = max(previous, default=0)
        while start < pos and text[start] == " ":
            start += 1
    nouns = list(words.meeting_noun.finditer(text, start, pos))
    if nouns:
        a, b = _name_around(text[:pos], nouns[-1], words)
        return max(a, start), text[max(a, start) : b].strip(" ,")
    stop = words.subject_stop.search(text, start, pos)
    return start, text[start : stop.start() if stop else pos].strip(" ,")


def _subject_after(text: str, pos: int, proposer_end: int, words: Words) -> tuple[int, str] | None:
    """The meeting named after the proposer when a participle opens the phrase before the initiative and its noun comes
    after ("состоявшийся 12 мая в Оше по инициативе Кыргызской стороны Форум …", Russian word order), else None."""
    bounds = [m.end() for m in re.finditer(r"[,;:.](?!\s*\d)", text[:pos])]
    bounds += [m.end() for m in words.stances.finditer(text, 0, pos)]
    start = max(bounds, default=0)
    opens = re.compile(r"\s*").match(text, start)
    if not words.held.match(text, opens.end() if opens else start):
        return None
    gap = re.compile(r"\s+").match(text, proposer_end)
    noun = words.meeting_noun.match(text, gap.end()) if gap else None
    if noun is None:
        return None
    a, b = _name_around(text, noun, words)
    a = max(a, noun.start())  # (not back over the proposer)
    return a, text[a:b].strip(" ,")


def extract_initiatives(doc_id: str, paragraphs: list[Paragraph], language: str, words: Words) -> list[Record]:
    """Initiatives attributed to a state: X's initiative on Y (proposal_on), Y put forward by X (proposed_by),
    at the initiative of X (at_the_initiative_of)."""
    records: list[Record] = []
    for para in paragraphs:
        text, rows = para.text, []
        forms = [(rx, "proposal_on") for rx in words.initiative_of] + [(rx, "proposed_by") for rx in words.proposed_by]
        for rx, form in forms:
            at = 0
            while (m := rx.search(text, at)) is not None:
                at = m.start("who") + 1
                who = names.match_at(text, m.start("who"), language) or _adjective_state(text, m, language)
                if who is None or who.entity.kind != "state":
                    continue
                subject = INITIATIVE_WORD.sub("", m.group("subject")).strip(" ,«»\"“”")
                stop = words.subject_stop.search(subject)
                subject = subject[: stop.start()] if stop else subject
                row = span_record(doc_id, "initiative_id", para, m.start(), max(m.end(), who.end))
                row.update(proposer=who.text, state_code=who.entity.entity_id, subject=subject,
                           stance=_stance_before(text, m.start(), words), form=form)
                rows.append(row)
        for m in words.at_initiative.finditer(text):
            who = names.match_at(text, m.start("who"), language)
            if who is None or who.entity.kind != "state":
                continue
            after = _subject_after(text, m.start(), who.end, words)
            start, subject = after if after else _subject_before(text, m.start(), words)
            if not subject:
                continue
            # (the subject before the initiative, or after its proposer: the span covers both)
            a, b = (m.start(), start + len(subject)) if after else (start, who.end)
            row = span_record(doc_id, "initiative_id", para, a, b)
            row.update(proposer=who.text, state_code=who.entity.entity_id, subject=subject,
                       stance=_stance_before(text, m.start(), words), form="at_the_initiative_of")
            rows.append(row)
        unique = {(r["start"], r["end"]): r for r in rows}
        records += sorted(unique.values(), key=lambda r: int(r["start"]))  # type: ignore[call-overload]
    return number_records(doc_id, "initiative_id", "i", records)


# ---------------------------------------------------------------- paragraph annotations


def _state_list(text: str, pos: int, language: str, words: Words) -> tuple[int, list[str]]:
    """A run of named states starting at pos ("the Republic of Kazakhstan, the Kyrgyz Republic and …")."""
    codes: list[str] = []
    end = pos
    while True:
        lead = words.entry_lead.match(text, end)
        at = lead.end() if lead else end
        m = names.match_at(text, at, language)
        if m is None or m.entity.kind != "state":
            break
        codes.append(m.entity.entity_id)
        end = m.end
        sep = words.list_sep.match(text, end)
        if not sep:
            break
        lead = words.entry_lead.match(text, sep.end())
        following = names.match_at(text, lead.end() if lead else sep.end(), language)
        if following is None or following.entity.kind != "state":
            break
        end = sep.end()
    return (end if codes else pos), codes


SENTENCE_END = re.compile(r"[.;]\s+")
THE = re.compile(r"(?:The|the)\s+")
OF = re.compile(r"\s+(?:of\s+(?:the\s+)?)?")
WORD = re.compile(r"[^\W\d_][\w'’-]*\s*")
DELEGATION = re.compile(r"(?i:delegations?|делегаци\w*)$")


def _office_then_states(text: str, pos: int, language: str, words: Words) -> tuple[int, list[str]]:
    """A run of named states after an office or delegation of them ("the Minister of Foreign Affairs of India",
    «Министра иностранных дел Республики Индия»): (end, codes), (pos, []) when no state follows the office words."""
    at = pos
    for _ in range(10):
        end, codes = _state_list(text, at, language, words)
        if codes:
            return end, codes
        word = WORD.match(text, at)
        if word is None:
            break
        token = word.group().strip().lower()
        if token not in words.title_words and not DELEGATION.match(token):
            break
        at = word.end()
    return pos, []


def _body_of_states(text: str, pos: int, language: str, words: Words) -> tuple[int, list[str]]:
    """(end, codes) of a subject naming a body of two or more named states: up to five words, the first capitalised,
    then "of (the)" (Russian: the genitive) and the states ("Supreme Courts of the Republic of Kazakhstan and the Kyrgyz
    Republic", «Верховные суды Республики Казахстан и Кыргызской Республики»); (pos, []) when none."""
    if not text[pos : pos + 1].isupper():
        return pos, []
    at = pos
    for _ in range(5):
        word = WORD.match(text, at)
        if word is None or names.match_at(text, at, language) is not None \
                or words.stances.fullmatch(word.group().strip()):
            break
        at = word.end()
        of = OF.match(text, word.start() + len(word.group().rstrip()))
        end, codes = _state_list(text, of.end(), language, words) if of else (pos, [])
        if codes:  # a body of one state ("The Head of the Delegation of X, A.B. Name, …") may be an attendance entry
            return (end, codes) if len(codes) >= 2 else (pos, [])
    return pos, []


def _speaker_verbs(text: str, i: int, words: Words) -> list[re.Match[str]]:
    """The stance verbs after position i that go on the paragraph's first: after a conjunction (", and welcomed",
    «и приветствовали») or opening a later sentence whose subject is a collective speaker ("The Member States
    stressed …", «Государства-члены подчеркнули …»), in reading order."""
    found = []
    for m in words.conj.finditer(text, i):
        verb = words.stances.match(text, m.end())
        if verb and not _inside_quote(text, m.start()) \
                and not (m.group().strip() == "," and words.participle.match(text, verb.start())):
            found.append(verb)
    for m in SENTENCE_END.finditer(text, i):
        lead = THE.match(text, m.end())
        subject = words.speakers.match(text, lead.end() if lead else m.end())
        if subject is None or _inside_quote(text, m.start()):
            continue
        adverbs = words.adverbs.match(text, subject.end())
        verb = words.stances.match(text, adverbs.end() if adverbs else subject.end())
        if verb:
            found.append(verb)
    if len(found) > 1:
        found.sort(key=lambda v: v.start())
    verbs = []
    for verb in found:
        if verb.start() >= i:
            verbs.append(verb)
            i = verb.end()
    return verbs


SPACE = re.compile(r"\s*")


def _office_after(text: str, pos: int, language: str, words: Words) -> int:
    """End of the office words after a plural office speaker («Министры| иностранных дел», "Ministers| of Foreign
    Affairs"), up to a named state and without trailing link words; pos when there are none."""
    at = end = pos
    for _ in range(8):
        start = SPACE.match(text, at).end()
        word = WORD.match(text, start)
        if word is None or names.match_at(text, start, language) is not None:
            break
        token = word.group().rstrip()
        if token.lower() not in words.title_words:
            break
        at = start + len(token)
        if token.lower() not in words.title_link:
            end = at
    return end


def annotate(para: Paragraph, members: list[str], language: str, words: Words) -> dict[str, object]:
    """speaker, endorsing_states, all_members_endorse and stances of one paragraph."""
    if para.section == "preamble":
        return {"speaker": None, "endorsing_states": [], "all_members_endorse": None, "stances": []}
    # a body paragraph without a speaker is the communiqué's own voice: all members present endorse it
    empty = {"speaker": None, "endorsing_states": sorted(set(members)), "all_members_endorse": True if members else None,
             "stances": []}
    text = para.text
    numbered = re.match(r"^\s*(?:\d{1,3}[.)]|\(\d{1,3}\)|[IVXL]{1,6}\.)\s+", text)
    pos = numbered.end() if numbered else 0
    lead = THE.match(text, pos)
    subject_at = lead.end() if lead else pos
    if not words.speakers.match(text, subject_at) and words.fronted.match(text, pos):
        sentence_end = min((i for c in ".;" if (i := text.find(c, pos)) >= 0), default=len(text))
        for comma in re.finditer(r",\s*", text[:sentence_end]):
            if comma.start() > pos:
                after = THE.match(text, comma.end())
                if words.speakers.match(text, after.end() if after else comma.end()):
                    pos = comma.end()
                    lead = after
                    subject_at = lead.end() if lead else pos
                    break
    codes: list[str] | None = None
    excluded = named_subject = subset = False
    speaker_m = words.speakers.match(text, subject_at)
    if speaker_m:
        end = speaker_m.end()
        if words.plural_office.fullmatch(speaker_m.group()) and (office := _office_after(text, end, language, words)) > end:
            subset_m = words.subset_after.match(text, office)  # «Министры обороны отметили», "… of Iran, … welcomed"
            end = subset_m.end() if subset_m else office
        exc = words.except_.match(text, end)
        of = OF.match(text, end)
        of_end, of_states = _state_list(text, of.end(), language, words) if of and not exc else (end, [])
        if exc:
            exc_end, listed = _state_list(text, exc.end(), language, words)
            if not listed:  # an office of the state excepted: "except the Minister of Foreign Affairs of India"
                exc_end, listed = _office_then_states(text, exc.end(), language, words)
            if listed:
                codes, excluded = listed, True
                end = exc_end + len(re.match(r",?", text[exc_end:]).group())  # type: ignore[union-attr]
        elif of_states:  # "The leaders of Kazakhstan, Kyrgyzstan and Russia", "Лидеры Казахстана и России"
            codes, end, named_subject = of_states, of_end, True
        elif clause := words.speaker_clause.match(text, end):  # "Member States that are parties to the Treaty …"
            end, subset = clause.end(), True
        speaker = text[subject_at:end].rstrip(" ,")
    else:
        lead_m = words.entry_lead.match(text, pos)
        end, listed = _state_list(text, pos, language, words)
        if not listed:
            end, listed = _adjective_sides(text, lead_m.end() if lead_m else pos, language)
        if not listed:  # "The Supreme Courts of Kazakhstan and Russia proposed": a body of named states, with its verb
            end, listed = _body_of_states(text, lead_m.end() if lead_m else pos, language, words)
            if not listed:
                return empty
        codes, speaker = listed, text[lead_m.end() if lead_m else pos : end]
    adverbs = words.adverbs.match(text, end)
    verb_at = adverbs.end() if adverbs else end
    first = words.stances.match(text, end + len(text[end:]) - len(text[end:].lstrip())) or words.stances.match(text, verb_at)
    if first is None and text[end : end + 1] == ",":  # a participial clause between subject and verb
        sentence_end = min((i for c in ".;" if (i := text.find(c, end)) >= 0), default=len(text))
        later = [m for m in re.finditer(r",\s*", text[:sentence_end]) if m.start() > end]
        for comma in later:
            adv = words.adverbs.match(text, comma.end())
            first = words.stances.match(text, comma.end()) or words.stances.match(text, adv.end() if adv else comma.end())
            if first:
                break
    if first is None and codes is not None and not excluded and not named_subject:
        return empty
    stances = [first.group()] if first else []
    stances += [verb.group() for verb in _speaker_verbs(text, first.end() if first else end, words)]
    if codes is not None:
        endorsing = sorted(set(members) - set(codes)) if excluded else sorted(set(codes))
        return {"speaker": speaker, "endorsing_states": endorsing,
                "all_members_endorse": bool(members) and set(endorsing) >= set(members), "stances": stances}
    if subset or words.partial.search(speaker):
        return {"speaker": speaker, "endorsing_states": [], "all_members_endorse": False, "stances": stances}
    return {"speaker": speaker, "endorsing_states": sorted(set(members)),
            "all_members_endorse": True if members else None, "stances": stances}


def _lists_people(para: Paragraph, language: str, words: Words) -> bool:
    """True when a paragraph reads as attendance entries: two person-like names anchored on states or offices, or one
    under a role marker."""
    found, _ = _sentence_records("", para, 0, len(para.text), language, words, None)
    named = sum(1 for r in found if _person_like(str(r["name"] or "")))
    number = PARAGRAPH_NUMBER.match(para.text)
    return named >= 2 or (named == 1 and _marker(para.text[number.end() if number else 0 :], words) is not None)


def _speaks(text: str, words: Words) -> bool:
    """True when a paragraph opens with a collective speaker and names no role and no list after a colon: a statement
    of the meeting whatever its verb ("The ministers observed a minute of silence in memory of …"), not a list."""
    lead = re.match(r"(?:The|the)\s+", text)
    return words.speakers.match(text, lead.end() if lead else 0) is not None and ":" not in text \
        and _marker(text, words) is None


def end_preamble_at_statements(seg: Segmented, language: str, words: Words) -> Segmented:
    """The preamble goes on over paragraphs that list people whatever their words (a table of delegations), and ends
    at the first paragraph that is a statement of the meeting (a speaker and a stance verb: "The Heads of State
    welcomed the Forum attended by …"), whatever attendance words it holds."""
    paragraphs = list(seg.paragraphs)
    n_pre = sum(1 for p in paragraphs if p.section == "preamble")
    listing = False  # inside a list laid out as paragraphs, under a lead ending in a colon
    while 0 < n_pre < len(paragraphs):
        para, previous = paragraphs[n_pre], paragraphs[n_pre - 1].text.rstrip()
        entry = (listing or previous.endswith(":")) and _looks_like_entry(para.text, language, words)
        body = para.text[m.end() :] if (m := PARAGRAPH_NUMBER.match(para.text)) else para.text
        attendance = words.attend.search(body) or any(rx.search(body) for rx in words.chair)
        if not (entry or attendance or _lists_people(para, language, words)) or (not attendance and _speaks(body, words)) \
                or annotate(dataclasses.replace(para, section="body"), [], language, words)["stances"]:
            break
        paragraphs[n_pre] = dataclasses.replace(para, section="preamble")
        listing, n_pre = entry, n_pre + 1
    for i, para in enumerate(paragraphs):
        if para.section != "preamble":
            break
        if i and annotate(dataclasses.replace(para, section="body"), [], language, words)["stances"]:
            paragraphs[i:] = [dataclasses.replace(p, section="body") for p in paragraphs[i:]]
            break
    return Segmented(seg.header, paragraphs)


def members_on(meeting_date: str | None) -> list[str]:
    """Member states on the meeting date (the gazetteer's membership periods, or member_since by year)."""
    if not meeting_date:
        return []
    dated = getattr(gazetteer, "members_on", None)
    return list(dated(meeting_date)) if dated else gazetteer.member_states(int(meeting_date[:4]))


QUOTE_MARK = re.compile(r"[«»„“”]")


def _inside_quote(text: str, pos: int) -> bool:
    """True when pos is inside quotes: «…», “…” or „…“ (a “ closes an open „ and opens otherwise), nested or not."""
    open_marks: list[str] = []
    for m in QUOTE_MARK.finditer(text, 0, pos):
        mark = m.group()
        if mark in "«„" or (mark == "“" and (not open_marks or open_marks[-1] != "„")):
            open_marks.append(mark)
        elif open_marks and {"»": "«", "”": "“", "“": "„"}[mark] == open_marks[-1]:
            open_marks.pop()
    return bool(open_marks)


def extract_structure(doc_id: str, paragraphs: list[Paragraph], meeting_date: str | None, rules: Rules,
                      words: Words) -> tuple[list[dict[str, object]], Tables]:
    """Paragraph annotations and the structure tables of one alphabetic-language document."""
    participants = extract_participants(doc_id, paragraphs, rules, words, meeting_date)
    members = member_states_present(participants) or members_on(meeting_date)
    annotations = [annotate(p, members, rules.tag, words) for p in paragraphs]
    tables: Tables = {
        "participants": participants,
        "cited_documents": extract_citations(doc_id, paragraphs, rules, words),
        "meetings": extract_meetings(doc_id, paragraphs, rules, words, meeting_date),
        "initiatives": extract_initiatives(doc_id, paragraphs, rules.tag, words),
        "mentions": extract_mentions(doc_id, paragraphs, rules.tag),
    }
    return annotations, tables
