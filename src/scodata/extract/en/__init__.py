"""English communiqués: the words and patterns the alphabetic engine (scodata.lang) needs, and LANGUAGE."""

from __future__ import annotations

import re

from scodata.extract.en.dates import find_dates, session
from scodata.lang import Language, alphabetic, structure
from scodata.lang.alphabetic import Rules
from scodata.lang.words import Words

_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_COUNCIL = (r"Council of (?:the )?(?:Heads of State|Heads of (?:the )?(?:SCO )?Member States|Heads of Government(?: \(Prime Ministers\))?|Foreign Ministers"
            r"|Ministers of Foreign Affairs)")

RULES = Rules(
    tag="en",
    script="latin",
    sco=re.compile(r"Shanghai Cooperation Organi[sz]ation|\bSCO\b"),
    # "MOSCOW, Nov 30 (TASS) --", "Astana, 4 July 2024 (Xinhua) -", "BEIJING, July 5 --"
    dateline=re.compile(
        rf"[A-Z][A-Za-z .'-]{{1,30}},\s*(?:{_MONTHS}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTHS})(?:,?\s+\d{{4}})?\.?"
        r"\s*(?:\((?P<agency>[A-Za-z .]{2,20})\))?\s*(?:--|—|–|-|/(?P<agency2>[A-Za-z .]{2,20})/\.?)\s*"
    ),
    closing=re.compile(r"\b(?:thank|gratitude|next meeting|will be held|shall be held|signed|took place in an? \w+ atmosphere)", re.I),
    title_hint=re.compile(r"Communiqu|Declaration|Statement|Information Report|Press Release|Council", re.I),
    doc_types=[(re.compile(r"Joint Communiqu", re.I), "joint_communique"),
               (re.compile(r"Information Report", re.I), "information_report"),  # 信息公报 (its work is the press communiqué's)
               (re.compile(r"Press Communiqu|Press Release|Information Message", re.I), "press_communique"),
               (re.compile(r"Communiqu", re.I), "communique"),
               (re.compile(r"Declaration", re.I), "declaration"),
               (re.compile(r"Statement", re.I), "statement")],
    councils=[(re.compile(r"Heads of State|Heads of (?:the )?(?:SCO )?Member States", re.I), "heads_of_state"),  # a literal
              # translation of «глав государств-членов»
              (re.compile(r"Heads of Government|Prime Ministers", re.I), "heads_of_government"),
              (re.compile(r"Foreign (?:Affairs )?Ministers|Ministers of Foreign Affairs", re.I), "foreign_ministers"),
              # the ministers' meetings the documents table names (schema: defence, security council secretaries,
              # foreign economic and trade, transport)
              (re.compile(r"Defen[cs]e Ministers|Ministers of Defen[cs]e", re.I), "defence_ministers"),
              (re.compile(r"Secretaries of (?:the )?Security Councils|Security Council Secretaries", re.I), "security_council_secretaries"),
              (re.compile(r"Ministers (?:Responsible )?for Foreign Economic|Foreign Economic and Foreign Trade|"
                          r"(?:Trade|Economy|Commerce) Ministers|Ministers of (?:Trade|Economy|Commerce)", re.I), "trade_ministers"),
              (re.compile(r"Transport Ministers|Ministers of Transport", re.I), "transport_ministers"),
              (re.compile(r"\bsummit\b", re.I), "heads_of_state")],
    body=re.compile(_COUNCIL + r"(?: of the (?:SCO )?Member States)?(?: of the (?:Shanghai Cooperation Organi[sz]ation|SCO))?"),
    video=re.compile(r"video ?conferenc\w*|video link|by video|online format|virtual format", re.I),
    place=re.compile(r"\b(?:held|took place|convened) in (?:(?:the )?city of )?(?P<place>(?:(?:St|Ste|Mt|Ft)\.\s?)?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
                     r"|\bin (?:the )?city of (?P<place3>(?:(?:St|Ste|Mt|Ft)\.\s?)?[A-Z][\w'’-]+)"
                     r"|\bin (?P<place2>(?:(?:St|Ste|Mt|Ft)\.\s?)?[A-Z][\w'’-]+),? on \d"),
    find_dates=find_dates,
    session=session,
    attendance=re.compile(r"\b(?:was held|took place|attend(?:ed|ing|ance)|took part|participa(?:ted|ting|nts)|chair|presid|guests?\b|present\b|joined|represented|led by|headed by|having met|\bmet\b|gathered|hosted)", re.I),
    abbreviations=frozenset({"mr", "ms", "mrs", "dr", "no", "nos", "st", "h.e", "e", "i.e", "e.g", "jan", "feb", "aug",
                             "sept", "sep", "oct", "nov", "dec", "art", "para", "vs", "jr"}),
    # "Meeting of Ministers of Agriculture of the SCO Member States", "meeting of the heads of ministries and agencies of
    # the Member States of the Shanghai Cooperation Organisation in Charge of …": officials of the member states
    meeting_body=re.compile(r"\b(?i:meeting|conference)s?\s+of\s+(?:the\s+)?(?:[\w'’()-]+,?\s+){1,14}?of\s+(?:the\s+)?(?:SCO\s+)?"
                            r"(?i:member\s+states)(?:\s+of\s+(?:the\s+)?(?:Shanghai Cooperation Organi[sz]ation|SCO))?"
                            r"(?:\s+(?:in [Cc]harge of|[Rr]esponsible for)(?:\s+(?:[A-Z][\w'’-]*|and|of|the|for|on|in))+)?"
                            # "meeting of the Council of the Regional Anti-Terrorist Structure of the SCO": the council
                            # of an SCO body (not one of the named councils, which are read first)
                            r"|\b(?i:meeting|session)s?\s+of\s+the\s+(?:Council|Board|Commission)\s+of\s+the\s+"
                            r"(?:[\w'’-]+\s+){1,6}?(?:of\s+(?:the\s+)?)?(?:Shanghai Cooperation Organi[sz]ation|SCO)\b"),
)

# subsets of the member states named as a speaker or after one (the interested Member States, Member States concerned)
_MEMBER_STATES = r"(?:SCO\s+)?(?i:member\s+states)"
_SUBSET_MEMBERS = rf"(?:(?i:interested)\s+{_MEMBER_STATES}|{_MEMBER_STATES}\s+concerned)"
_HEADS = r"[Hh]eads of (?:the\s+)?(?:(?:SCO\s+)?[Mm]ember\s+)?(?:[Ss]tates?|[Gg]overnments?|[Dd]elegations?)"

_STANCES = (
    "highly appreciated|positively assessed|positively evaluated|highly evaluated|spoke highly of|spoke positively of|took note|noted with satisfaction|spoke in favour of|spoke in favor of"
    "|called for|call for|called on|call on|called upon|call upon|expressed|express|stressed|stress|emphasi[sz]ed|emphasi[sz]e|underlined|underline|noted|note"
    "|supported|support|reaffirmed|reaffirm|reiterated|reiterate|welcomed|welcome|agreed|agree|approved|approve|adopted|adopt"
    "|decided|decide|confirmed|confirm|condemned|condemn|highlighted|highlight|pointed out|considered|consider"
    "|believed|believe|advocated|advocate|opposed|oppose|appreciated|appreciate|commended|commend|congratulated"
    "|endorsed|endorse|hoped|hope|looked forward|look forward|instructed|instruct|recommended|recommend|recogni[sz]ed|recogni[sz]e"
    "|declared|declare|affirmed|affirm|praised|are convinced|were convinced|firmly believe|acknowledged|acknowledge"
    "|urged|urge|reaffirm|proposed|propose|suggested|suggest|informed"
)

WORDS = Words(
    attend=re.compile(r"(?i:\b(?:taking part|participating|present) (?:in|at) the (?:meeting|summit|session|talks) were)|\b(?:was|were) (?:also )?present\b|\b(?:has|have|had) (?:also )?(?:attended|taken part|participated)(?: in)?(?: the (?:meeting|summit|session|talks))?|\b(?:was|were) (?:also )?(?:taking part|participating|represented by|represented(?=\s*:))\b|\b(?:also )?joined(?: (?:the|in the) (?:meeting|summit|session|talks))?\b|\b(?i:attending)(?=\s*:)|\b(?i:in attendance)(?: (?:were|was|included))?|\b(?i:among (?:the |those )?(?:participants|present)(?: (?:in|at|of) the (?:meeting|summit|session))?)(?: were)?|\b(?:participants|attendees) (?:were|included)\b|\b(?:headed|led) by\b|\b(?:(?:was|were) (?:also )?(?:headed|led) by|(?:was|were) (?:also )?attended by|(?:also )?(?:took part|participated) in (?:the )?(?:meeting|summit|session)"
                      r"|(?:also )?attended (?:the )?(?:meeting|summit|session)|(?i:(?:also )?(?:attending|participating in|taking part in)(?: the (?:meeting|summit))? were)|(?:also )?attended(?= as | (?:at|on|by) (?:the )?invitation\b|\.|$)"
                      r"|(?:also )?(?:took part|participated)\b)"
                      r"|\bbrought together\b|(?<=, )as did\b"
                      r"|\bRepresenting (?!(?:an? |the )?(?:SCO )?(?:observer|dialogue|member|international))", re.I),
    attend_tail=re.compile(r"\s*(?:in (?:the |its )?(?:meeting|summit|session|work))?\s*(?:as well)?\s*[:,]?\s*"),
    chair=[re.compile(r"\b(?:was|were) (?:chaired|presided(?: over)?) by (?P<who>.+)$"),
           # a participle after the meeting clause: "… was held in Moscow, chaired by Chairman of the Government …"
           re.compile(r",\s*(?:chaired|presided over) by (?:the )?(?P<who>[^,;]+?)\.?$"),
           re.compile(r"^(?:The )?(?:Chair(?:man|person|woman)?|Presiding officer) (?:of|at) the (?:meeting|summit|session)\s*[:–—-]+\s*(?P<who>.+)$", re.I),
           # the office, then the name after a comma: "Under the chairmanship of the President of X, A.B. Name, the …"
           re.compile(r"\b[Uu]nder the chairmanship of (?P<who>[^,;]+(?:,\s*(?!The\b)(?:[A-Z][\w'’.-]*\s?){1,3}(?=,|\.?$))?)"),
           re.compile(r"^(?:The )?(?P<who>.+?) (?:chaired|presided over) the (?:meeting|summit|session)"),
           re.compile(r"^(?:The )?(?P<who>.+?) presided(?: at the (?:meeting|summit|session))?\.?$"),
           re.compile(r"^(?:Presiding (?:over|at)|Chairing) the (?:meeting|summit|session) (?:was|were) (?P<who>.+)$"),
           re.compile(r"^(?:The )?(?P<who>.+?) (?:was|were) (?:the )?(?:chair(?:man|person|woman)?|presiding officer) of the (?:meeting|summit|session)\.?$"),
           # "<name>, <office> of <state>, was in the chair", "… took the chair"
           re.compile(r"^(?:The )?(?P<who>.+?),? (?:(?:was|were) in|took) the chair\.?$")],
    markers=[(re.compile(r"(?:as )?(?:the )?(?:heads? of (?:the )?(?:delegations?|state|government)|heads?|representatives?|leaders?) of (?:the )?(?:SCO )?observer states? and (?:the )?dialogue partners?[:,]?\s*", re.I), ""),
             (re.compile(r"(?:as )?(?:the )?(?:heads? of (?:the )?(?:delegations?|state|government)|heads?|representatives?|leaders?) of (?:the )?(?:SCO )?observer states?[:,]?\s*", re.I), "observer_state"),
             (re.compile(r",?\s*as (?:the |a )?(?:head of (?:the )?delegation|representative) of (?:an |the )?(?:SCO )?observer state[:,]?\s*", re.I), "observer_state"),
             (re.compile(r"(?:as )?(?:the )?(?:heads? of (?:the )?(?:delegations?|state|government)|heads?|representatives?|leaders?) of (?:the )?(?:SCO )?dialogue partners?[:,]?\s*", re.I), "dialogue_partner"),
             (re.compile(r",?\s*(?:(?:as (?:a |the )?)?guests? of (?:the )?(?:presiding|host(?:ing)?|chair(?:ing)?) (?:party|country|state|side)|at the invitation of (?:the )?(?:presiding|host(?:ing)?|chair(?:ing)?) (?:party|country|state|side))[:,]?\s*", re.I), "guest"),
             (re.compile(r"(?:as )?(?:the )?(?:heads? of (?:the )?(?:delegations?|state|government)|heads?|representatives?|leaders?) of (?:the )?(?:SCO )?member states?[:,]?\s*", re.I), "member_state"),
             (re.compile(r"(?:the )?(?:heads|representatives) of international organi[sz]ations[:,]?\s*", re.I), "international_organisation"),
             (re.compile(r",?\s*\b(?:an? |the )?(?:invited|special|honou?red) guests?\b\s*", re.I), "guest"),
             # a heading naming the role of the entries after it: "Observer states:", "Dialogue partners:"
             (re.compile(r"^\s*(?:the )?(?:SCO )?(?:observer states?|observers)\s*:\s*", re.I), "observer_state"),
             (re.compile(r"^\s*(?:the )?(?:SCO )?dialogue partners?\s*:\s*", re.I), "dialogue_partner"),
             # the role as the whole subject of the attendance verb: "Observer states were represented by …"
             (re.compile(r"^\s*(?:the )?(?:SCO )?(?:observer states?|observers)\s*$", re.I), "observer_state"),
             (re.compile(r"^\s*(?:the )?(?:SCO )?dialogue partners?\s*$", re.I), "dialogue_partner"),
             (re.compile(r"^\s*(?:invited |special )?guests?(?: of [^:]{3,40})?\s*:\s*", re.I), "guest"),
             (re.compile(r"^\s*international organi[sz]ations\s*:\s*", re.I), "international_organisation"),
             (re.compile(r"^\s*(?:the )?(?:SCO )?member states?\s*:\s*", re.I), "member_state"),
             (re.compile(r"\s*\((?:SCO )?member states?\)", re.I), "member_state"),
             (re.compile(r"\s*\((?:SCO )?dialogue partners?[^)]{0,40}\)", re.I), "dialogue_partner"),
             (re.compile(r"\s*\((?:special |honou?red )?guests?[^)]{0,40}\)", re.I), "guest"),
             (re.compile(r"\s*\((?:SCO )?observer(?: states?)?[^)]{0,40}\)", re.I), "observer_state"),
             # a role named after (or before) an entry: "as an observer", "(observer state)", "as dialogue partner"
             (re.compile(r",?\s*(?:\((?:SCO )?observer(?: state)?\)|\b(?:as|in (?:the |his |her |its )?capacity of) (?:an? |the )?(?:representative of (?:an? |the )?)?(?:SCO )?observer(?: state)?(?: representatives?)?\b|\brepresenting (?:an? |the )?(?:SCO )?observer state\b)[:,]?\s*", re.I), "observer_state"),
             (re.compile(r",?\s*(?:\((?:SCO )?dialogue partner\)|\b(?:as|in (?:the |his |her |its )?capacity of) (?:an? |the )?(?:representative of (?:an? |the )?)?(?:SCO )?dialogue partners?\b)[:,]?\s*", re.I), "dialogue_partner"),
             (re.compile(r",?\s*(?:\((?:special |honou?red )?guests?\)|\b(?:as|in (?:the |his |her |its )?capacity of) (?:an? (?:special |honou?red )?guest|(?:the )?(?:special|honou?red) guests)\b)[:,]?\s*", re.I), "guest")],
    separators=re.compile(r";|,|\n|\band\b|\bas well as\b|\s[–—]\s"),
    entry_lead=re.compile(r"[:\s]*(?:\d{1,2}[.)]\s+|[–—•-]\s*)?(?:(?i:and|as well as|also|while|whereas|including|together with|along with)\s+)*(?:(?i:from)\s+)?(?:the |The )?(?:(?:that|those) of )?"),
    title_words=frozenset({
        "president", "vice-president", "minister", "prime", "premier", "secretary-general", "secretary", "director",
        "director-general", "chairman", "chairwoman", "chairperson", "chair", "deputy", "vice", "first", "head", "executive",
        "general", "ambassador", "representative", "special", "acting", "foreign", "affairs", "state", "council",
        "government", "cabinet", "ministers", "of", "the", "and", "for", "national", "security", "defence", "trade",
        "emir", "king", "under-secretary-general", "under", "economy", "finance", "development", "energy", "transport", "agriculture",
        "education", "health", "culture", "justice", "interior", "industry", "emergency", "situations", "investment",
        "external", "relations", "international", "cooperation", "parliament", "assembly", "senate", "speaker", "crown", "prince", "sultan", "chief", "commissioner", "coordinator", "envoy", "permanent",
        "committee", "board", "sco", "un", "people's", "republic",
        "federation", "kingdom", "islamic", "assistant", "adviser", "advisor", "governor", "chairman-in-office", "shri",
        "commerce", "federal", "industries", "production", "mine", "mines", "integration", "economic",
        # fields closing a ministry's name ("… and Farmers Welfare", "Agriculture Jihad", "Water Resources")
        "welfare", "jihad", "resources", "food", "fisheries", "forestry", "livestock", "protection", "environment",
        "ecology", "labour", "labor", "employment", "sport", "sports", "youth", "technology", "technologies",
        "communications", "construction", "infrastructure", "innovation", "innovations", "planning", "reforms",
    }),
    offices=frozenset({
        "president", "vice-president", "minister", "prime", "premier", "secretary-general", "secretary", "director",
        "director-general", "chairman", "chairwoman", "chairperson", "chair", "deputy", "vice", "head", "ambassador",
        "representative", "acting", "emir", "king", "under-secretary-general", "speaker", "prince", "sultan", "chief",
        "commissioner", "coordinator", "envoy", "assistant", "adviser", "advisor", "governor", "chairman-in-office",
    }),
    honorifics=re.compile(r"\b(?:Mr|Ms|Mrs|Dr|H\.E|Shri|Smt)\.?\s+|\bHis Excellency\s+|\bHer Excellency\s+"),
    # "Chairman of the Board" is an office of its own (the Board stays in the title)
    organ=re.compile(r"(?:\s+of\s+|^)(?:the\s+)?(?P<organ>(?:Executive Committee|Council|Secretariat|Commission)(?: of)?(?: the)?)\s*$"),
    of_tail=re.compile(r"^\s*(?:the\s+)?|\s+of(?:\s+the)?\s*$|\s*'s?\s*$"),
    secretary=re.compile(r"(?:Deputy )?Secretary[- ]General", re.I),
    # a subset named after the heads or delegations (heads of delegation of the interested Member States, Delegations of
    # the Member States concerned) is part of the speaker; "All Member States except …" keeps its quantifier
    speakers=re.compile(rf"(?:(?:All|Some|Several|Most)\s+(?:of\s+)?(?:the\s+)?)?(?:SCO\s+)?(?:{_SUBSET_MEMBERS}"
                        rf"|(?:{_HEADS}|[Dd]elegations|[Rr]epresentatives(?=\s+of\s+(?:the\s+)?{_SUBSET_MEMBERS}))"
                        rf"(?:\s+of\s+(?:the\s+)?{_SUBSET_MEMBERS})?"
                        r"|(?i:member states)|Ministers|ministers|Secretaries|Chairmen|Chairpersons|Prosecutors[- ]General|Parties|parties|leaders|Leaders"
                        r"|Members of the (?:Council|Commission|Committee|Board)|Participants|participants|sides|Sides|We|(?i:interested\s+(?:parties|sides)))(?![\w-])"),
    partial=re.compile(r"Member States concerned|interested|some|several|other|most", re.I),
    stances=re.compile(rf"(?:{_STANCES})\b"),
    adverbs=re.compile(r"\s*(?:(?:also|further|again|once again|unanimously|jointly|firmly|strongly|fully|consistently"
                       r"|highly|positively|continue to|have|had)\s+)*"),
    conj=re.compile(r"(?:;\s*|,?\s+and\s+they\s+|,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+(?=[a-z]+ed\b)|\.\s+They\s+)(?:(?:also|further|again|once again|firmly|strongly|fully|have|has|had)\s+)*(?=[a-z])"),
    list_sep=re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+)(?:the\s+)?"),
    doc_words=re.compile(r"(?:Charter|Treaty|Agreement|Convention|Declaration|Strategy|Programme|Program|Plan|Concept"
                         r"|Joint Statement|Statement|Communiqu[ée]|Memorandum|Protocol|Regulations?|Rules|Code of Conduct|Roadmap|Road Map|Resolution"
                         r"|Action Plan|Development Strategy|Joint Initiative)\b"),
    title_link=frozenset({"of", "on", "for", "the", "and", "between", "among", "in", "to", "until", "till", "at", "with",
                          "against", "its", "from", "by"}),
    quotes=[("“", "”"), ('"', '"')],
    inner_quotes=(("‘", "’"), ("'", "'")),
    cite_after=re.compile(r"\s*,?\s*(?:(?:which was\s+|was\s+)?(?P<action>signed|adopted|approved|ratified|issued|concluded|endorsed)"
                          rf"|(?:of|dated)(?=\s+\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}))"
                          r"(?:\s+(?:on\s+)?\d{1,2}\s+\w+\s+\d{4}|\s+in\s+(?P<place>(?:(?:St|Ste|Mt|Ft)\.\s?)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)|\s+on\s+\w+\s+\d{1,2},\s+\d{4})*"),
    # "approved the …", "approve the …" (a declaration's present), "the signing in Dushanbe on 5 May 2030 of the …",
    # "approved the new version of the …"; a
    # wish ("the early adoption of") is no action
    cite_before=re.compile(r"(?P<wish>\b(?:early|speedy|swift|prompt|soonest|timely)\s+)?\b(?P<action>signed|adopted|approved|ratified|issued|concluded|endorsed|sign|adopt|approve|ratify"
                           r"|endorse|signing|adoption|approval|ratification)"
                           rf"(?:\s+(?:on\s+)?\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}|\s+in\s+(?P<place>(?:(?:St|Ste|Mt|Ft)\.\s?)?[A-Z][\w'’-]+))*(?:\s+of)?"
                           r"(?:\s+(?:the|a)\s+(?:new|revised|updated|amended)\s+(?:version|edition|text|wording)\s+of)?"
                           r"(?:\s+(?:the\s+)?drafts?(?:\s+of)?)?\s+(?:the\s+)?$"),  # approved the draft "…"
    cite_where=re.compile(rf"(?:\s*,?\s+(?:on\s+)?\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}|\s*,?\s+on\s+{_MONTHS}\s+\d{{1,2}},\s+\d{{4}}"
                          r"|\s*,?\s+in\s+(?!(?:English|Russian|Chinese|Hindi|Urdu|French)\b)(?P<place>(?:(?:St|Ste|Mt|Ft)\.\s?)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?))+"),
    capitalised_titles=True,
    meeting_noun=re.compile(r"\b(?:[Mm]eetings?|[Ff]orums?|[Ss]ummits?|[Cc]onferences?|[Ss]essions?|[Ee]xhibitions?|[Ee]xpo"
                            r"|[Cc]onsultations|[Rr]ound [Tt]able|[Ff]estivals?|[Gg]ames|[Cc]ontest|[Cc]ongress)\b"),
    held=re.compile(r"(?:held|convened|hosted|organi[sz]ed|took place|which took place|was held|were held)"),
    doc_date=re.compile(r"\b(?:signed|adopted|approved|ratified|dated|of)\s+(?:on\s+)?$"),
    host=re.compile(r"\b(?:hosted by|organi[sz]ed by|under the chairmanship of|chaired by)\s+(?:the\s+)?(?P<host>[A-Z])"),
    initiative_of=[re.compile(r"\b(?:initiatives?|proposals?) of (?:the )?(?P<who>[A-Z][\w'’ -]+?) (?:on|to|for|regarding) (?P<subject>[^,;.]+)"),
                   re.compile(r"\b(?:initiatives?|proposals?),? (?:put forward|proposed|advanced|launched|made|submitted) by (?:the )?(?P<who>[A-Z][\w'’ -]+?),? (?:on|to|for|regarding) (?P<subject>[^,;.]+)"),
                   re.compile(r"\b(?P<who>[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*(?:\s+side)?)'s (?:initiative|proposal) (?:on|to|for|regarding) (?P<subject>[^,;.]+)")],
    proposed_by=[re.compile(r"\b(?P<who>[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*)'s (?P<subject>(?:[A-Z][\w'’-]*\s+(?:(?:and|of|the|for|on)\s+)*)+[Ii]nitiative)"),
                 re.compile(r"(?P<subject>“[^”]+”(?: [Ii]nitiative)?|\"[^\"]+\"(?: [Ii]nitiative)?|(?:[A-Z][\w'’-]*\s+(?:(?:and|of|the|for|on)\s+)*)+[Ii]nitiative)"
                            r"(?: \([A-Z]+\))?,? (?:put forward|proposed|advanced|launched) by (?:the )?(?P<who>[A-Z])")],
    at_initiative=re.compile(r"(?:,?\s*(?:held|convened|organi[sz]ed|launched|established)\s+)?at the initiative of (?:the )?(?P<who>[A-Z])"),
    in_place=re.compile(r"\bin (?:(?:the )?city of )?(?P<place>(?!the\b)[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"),
    subject_stop=re.compile(rf",?\s+and\s+(?=(?:also\s+|further\s+)?(?:{_STANCES})\b|the (?:initiative|proposal))|,?\s+(?:held|convened|organi[sz]ed)\b"),
    except_=re.compile(r",?\s*(?:except(?: for)?|with the exception of|excluding|other than|apart from|save for)\s+"),
    self_reference=re.compile(r"\b(?:This|this|The present|the present)\s+$"),
    fronted=re.compile(r"(?:Guided by|Proceeding from|Based on|On the basis of|In accordance with|Pursuant to)\s"),
    gerunds=re.compile(r"\b(?:reaffirming|reiterating|supporting|welcoming|noting|stressing|emphasi[sz]ing|underlining|expressing)\b"),
    organ_after=re.compile(r"\s+(?P<organ>Executive Committee|Council|Secretariat|Board|Commission)\b"),
    aside=re.compile(r"\s*\((?:hereinafter|below|the \")[^)]*\)?"),
    chair_mark=re.compile(r"\s*\((?:(?:the )?chair(?:man|person|woman)?(?: of the (?:meeting|summit|session|conference|forum))?|presiding|in the chair)\)"
                         r"|,?\s*who (?:chaired|presided over) the (?:meeting|summit|session|conference|forum)\b", re.I),
    chair_cut=re.compile(r",?\s*\b(?:chaired by|presided(?: over)? by|under the (?:chairmanship|presidency) of)\s+(?:the\s+)?"),
    # "Member States that are parties to the Treaty …", "Member States participating in the Programme": up to the verb
    speaker_clause=re.compile(r",?\s+(?:(?:that|which|who)\s+(?:are|were|have|had)\s+(?:also\s+)?(?:(?:(?:states\s+)?parties|party"
                              r"|members|participants|signatories)\s+(?:to|of|in)|signed|ratified|joined|acceded\s+to)"
                              r"|(?:(?:states\s+)?parties|party|participating|interested)\s+(?:to|in))\s+[^,;.]+?"
                              rf"(?=\s*,|\s+(?:(?:also|have|has|further)\s+)*(?:{_STANCES})\b)"),
    plural_office=re.compile(r"[Mm]inisters|Secretaries|Chairmen|Chairpersons|Prosecutors[- ]General"),
    subset_after=re.compile(r"\s+of\s+(?:the\s+)?(?:(?i:interested)\s+(?:SCO\s+)?(?i:member\s+states)|(?:SCO\s+)?(?i:member\s+states)\s+concerned)(?![\w-])"),
    participle=re.compile(r"(?:adopted|approved|signed|ratified|endorsed|issued|concluded|held|proposed|suggested)"
                          r"(?=\s+(?:on|in|at|by|during|under|within|last|earlier|\d))"),
    title_noise=re.compile(r"^(?:.*:\s*)?(?:.*\b(?:were|was|are|is|included|including|among|participants)\s+)?(?:(?:by|delegations?|one|was|were|led|headed|represented)(?:\s+|$)|[-–—:,]\s*|'s\s+)*"),
)


LANGUAGE = Language(
    tag="en",
    suffix="-en",
    clean=lambda raw: alphabetic.clean(raw, RULES),
    segment=lambda text: structure.end_preamble_at_statements(alphabetic.segment(text, RULES), RULES.tag, WORDS),
    describe=lambda seg, title, published, wire=(None, None): alphabetic.describe(seg, title, published, RULES, wire),
    extract=lambda doc_id, paragraphs, date: structure.extract_structure(doc_id, paragraphs, date, RULES, WORDS),
)
