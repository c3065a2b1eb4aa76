"""A participant's role in every language: the text's own marker first, else the state's SCO status that day."""

from __future__ import annotations

from scodata import gazetteer

STATUS_ROLE = {"member": "member_state", "observer": "observer_state", "dialogue_partner": "dialogue_partner"}


def marked_or_dated_role(parsed: dict[str, object], marker: str | None, meeting_date: str | None) -> str | None:
    """sco_body or international_organisation by the entry's kind; for a state, the text's marker, else its status
    on the meeting date (a state without a status that day is a guest); None when neither is known.

    A member/observer/dialogue-partner marker (often carried over a list) never gives a state a status it did not
    hold that day, and a state listed among the organisations keeps its own status.
    """
    kind = parsed["kind"]
    if kind == "sco":
        return "sco_body"
    if kind == "organisation":
        return "international_organisation"
    code = str(parsed["state_code"]) if parsed["state_code"] else None
    by_date = STATUS_ROLE.get(gazetteer.status_on(code, meeting_date) or "", "guest") if meeting_date and code else None
    if marker == "international_organisation" and kind == "state":
        marker = None
    if marker:
        return by_date if by_date and marker in STATUS_ROLE.values() and marker != by_date else marker
    return by_date
