"""Canned queries shown on the Datasette database page, each with a description."""

from __future__ import annotations

CANNED_QUERIES: dict[str, dict[str, str]] = {
    "non_endorsing_states": {
        "title": "States that did not endorse a paragraph",
        "description": "For each body paragraph endorsed by only some members, the member states attending the "
                       "meeting that are not among its endorsing states. When the paragraph names no states "
                       "(an unnamed subset such as 相关代表团团长, or endorsement not recorded) the answer is "
                       "'unknown', one row per paragraph: not endorsing is not known, so no state is listed.",
        "sql": """select p.paragraph_id, p.doc_id, p.seq, p.speaker, m.state_code as not_endorsing,
  'named states endorse' as basis, p.text
from paragraphs p
join participants m on m.doc_id = p.doc_id and m.role = 'member_state'
where p.section = 'body' and p.all_members_endorse = 0 and json_array_length(p.endorsing_states) > 0
  and m.state_code not in (select value from json_each(p.endorsing_states))
union all
select p.paragraph_id, p.doc_id, p.seq, p.speaker, 'unknown' as not_endorsing,
  case when p.speaker is null then 'no speaker recorded' else 'unnamed subset of members' end as basis, p.text
from paragraphs p
where p.section = 'body' and p.all_members_endorse is not 1 and json_array_length(p.endorsing_states) = 0
order by 1, 5""",
    },
    "initiatives_by_state": {
        "title": "Initiatives by proposing state",
        "description": "How many initiatives each state proposed, with the delegations' stances toward them.",
        "sql": """select i.state_code, g.name_en, count(*) as initiatives, group_concat(distinct i.stance) as stances
from initiatives i left join gazetteer g on g.entity_id = i.state_code
group by i.state_code order by initiatives desc, i.state_code""",
    },
    "cited_documents_dated": {
        "title": "Cited documents with date and place",
        "description": "Every document cited in 《》 for which the communiqué gives a date or a place, newest first.",
        "sql": """select date, place, action, title, doc_id, paragraph_id from cited_documents
where date is not null or place is not null order by date desc, title""",
    },
    "meetings_timeline": {
        "title": "Meetings on a timeline",
        "description": "Meetings and forums the communiqués refer to, in date order, with format, place and host.",
        "sql": """select start_date, end_date, name, format, place, host_code, doc_id from meetings
order by start_date, name""",
    },
    "participants_by_role": {
        "title": "Participants by role",
        "description": "How many participants of each role attended each meeting, and who chaired it.",
        "sql": """select doc_id, role, count(*) as participants,
  group_concat(coalesce(state_code, organisation_id, organisation), ', ') as who,
  max(case when is_chair then name end) as chair
from participants group by doc_id, role order by doc_id, participants desc""",
    },
    "stances_per_document": {
        "title": "Stances per document",
        "description": "How often each reporting verb (强调, 支持, 注意到…) is used in each communiqué.",
        "sql": """select p.doc_id, s.value as stance, count(*) as paragraphs
from paragraphs p, json_each(p.stances) s group by p.doc_id, s.value order by p.doc_id, paragraphs desc""",
    },
    "documents_summary": {
        "title": "Records per document",
        "description": "For each communiqué, how many paragraphs, participants, cited documents, meetings, "
                       "initiatives and mentions were extracted.",
        "sql": """select d.doc_id, d.meeting_date, d.is_truncated, d.n_paragraphs,
  (select count(*) from participants x where x.doc_id = d.doc_id) as participants,
  (select count(*) from cited_documents x where x.doc_id = d.doc_id) as cited_documents,
  (select count(*) from meetings x where x.doc_id = d.doc_id) as meetings,
  (select count(*) from initiatives x where x.doc_id = d.doc_id) as initiatives,
  (select count(*) from mentions x where x.doc_id = d.doc_id) as mentions
from documents d order by d.meeting_date""",
    },
    "cleaning_edits_by_rule": {
        "title": "Cleaning edits by rule",
        "description": "How many edits each cleaning rule made, per document.",
        "sql": """select doc_id, rule, count(*) as edits from cleaning_log group by doc_id, rule
order by doc_id, edits desc""",
    },
}
