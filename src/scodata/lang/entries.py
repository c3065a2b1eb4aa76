"""One attendance entry parsed into its state or organisation, office title and person's name."""

from __future__ import annotations

import re

from scodata.gazetteer import EntityMatch
from scodata.lang import names
from scodata.lang.adjectives import _adjective_state
from scodata.lang.words import Words

# lower-case words inside personal names (bin Rashid al-Maktoum, Heydar oglu, Гейдар оглы)
NAME_PARTICLE = re.compile(r"^(?:al-|el-|аль-|(?:ul|ud|ur|un|ad|ag|an|ar|as|ash|at|az|ed|es|et)-[A-Z]|(?:bin|ibn|de|van|von|da|dos|oglu|ogly|uly|kyzy|ugli|qizi|бин|ибн|оглы|улы|кызы|угли)$)")


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
        body = _body_in_title(rest.strip(), words) if language == "ru" and name and _person_like(name) else None
        if body is not None:  # «Директор Центра по … Е.Б.Имя»: a body not in the gazetteer, as written
            out.update(organisation=body[1], title=body[0], name=name, kind="organisation")
            return out
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
        elif name and before.strip() and entity.entity.kind == "state" and (goes_on := OFFICE_AFTER_STATE.get(language)) \
                and goes_on.match(after_rest):
            # «В.А.Пучков, Министр Российской Федерации по делам …»: the state stands inside the office
            before, after_rest = f"{before}{entity.text} {after_rest.rstrip(' ,.;:')}", ""
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


# an office going on after the state named inside it, in Russian word order («Министр Российской Федерации по делам …»)
OFFICE_AFTER_STATE = {"ru": re.compile(r"\s*(?:по|при|в области|в сфере)\s+[а-яё]")}


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


LINK_BEFORE_NAME = re.compile(r"(?:^|\s)(?:and|of|for|on|the)$")  # "Minister of Labour and| Social Welfare"


def _sco_body_after(entry: str, m: EntityMatch, language: str) -> bool:
    """True when an SCO body's name follows the SCO's in the entry (the body is the affiliation)."""
    return any(n.entity.kind == "sco_body" for n in names.scan(entry[m.end :], language))


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
