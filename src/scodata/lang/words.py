"""A language's extraction vocabulary for alphabetic communiqués (English, Russian): the `Words` patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass


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
    # quotes that hold a title inside a quoted title ("… of the 'Treaty on …'"), read only there (an apostrophe is
    # the same mark)
    inner_quotes: tuple[tuple[str, str], ...] = ()
    # lower-case words naming an office itself (minister, secretary, director), not its field (agriculture, food): a
    # piece of a list without one goes on with the field list of the entry before it
    offices: frozenset[str] = frozenset()
