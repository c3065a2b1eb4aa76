"""The cited_documents table: quoted or capitalised document titles, with the action, date and place."""

from __future__ import annotations

import re

from scodata.extract.citations import title_key
from scodata.extract.records import number_records, record_id, span_record
from scodata.lang import names
from scodata.lang.alphabetic import Rules
from scodata.lang.words import Words
from scodata.model import Paragraph, Record


def _document_like(inner: str, words: Words) -> bool:
    """A quoted text naming a document: a document noun first or after up to three words («Шанхайской конвенции о …»,
    “SCO Development Strategy”)."""
    return bool(words.doc_words.match(inner) or re.match(rf"(?:[\w'’-]+\s+){{1,3}}?(?i:{words.doc_words.pattern})", inner))


def _paired(text: str, open_q: str, close_q: str) -> list[tuple[int, int]]:
    """Spans (marks included) of the quotes of one pair, nesting aware when the marks differ («… «…»»): every
    closing mark closes the last open one; the same mark for both ("…") does not nest."""
    if open_q == close_q:
        pattern = re.compile(rf"{re.escape(open_q)}[^{re.escape(open_q)}]{{3,300}}{re.escape(close_q)}")
        return [(m.start(), m.end()) for m in pattern.finditer(text)]
    spans, opened = [], []
    for m in re.finditer(f"[{re.escape(open_q + close_q)}]", text):
        if m.group() == open_q:
            opened.append(m.start())
        elif opened:
            start = opened.pop()
            if 3 <= m.start() - start - 1 <= 300:
                spans.append((start, m.end()))
    return spans


def _nested(text: str, a: int, b: int, words: Words) -> list[tuple[int, int]]:
    """Spans of a language's inner quotes inside a quoted title ("… the 'Treaty on …'", “… the ‘Plan of …’”): an
    opening mark not after a letter, a closing one not before a letter (People’s is no closing mark)."""
    spans = []
    for open_q, close_q in words.inner_quotes:
        pattern = re.compile(rf"(?<!\w){re.escape(open_q)}(?=\w)(.{{3,300}}?)(?<=[\w.)]){re.escape(close_q)}(?!\w)")
        spans += [(m.start(), m.end()) for m in pattern.finditer(text, a + 1, b - 1)]
    return spans


def _quoted(text: str, words: Words) -> list[tuple[int, int]]:
    """Spans (brackets included) of quoted titles that read like documents, and of the titles quoted inside them."""
    spans: list[tuple[int, int]] = []
    for open_q, close_q in words.quotes:
        for start, end in _paired(text, open_q, close_q):
            inner, before = text[start + 1 : end - 1], text[max(0, start - 30) : start]
            if _document_like(inner, words) or re.search(rf"{words.doc_words.pattern}\s*$", before) \
                    or words.cite_before.search(before):  # approved «Меры по …»: what a document verb governs
                spans.append((start, end))
                spans += [(x, y) for x, y in _nested(text, start, end, words) if _document_like(text[x + 1 : y - 1], words)]
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
            mine = records[len(records) - len(spans) :]
            parent = next((r for r, (pa, pb) in zip(reversed(mine), reversed(spans), strict=True)
                           if pa < a and b < pb), None)  # a title nested in another's quotes: „…“ inside «…»
            after = words.cite_after.match(text, b)
            before = words.cite_before.search(text[max(0, a - 80) : a])
            before = None if before and before.groupdict().get("wish") else before
            if before is None and shared and COORDINATED.fullmatch(text, shared[0], a):
                before = shared[1]  # "утвердили «A» и «B»", "approved the A and the B": one verb governs both
            if parent is None:  # a nested title leaves the verb to the titles after its parent
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
