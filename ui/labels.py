"""The words the screen shows for the core's closed vocabularies, in the UI's language.

The core's labels (``gridcommand.base.enums``) are the Chinese words of templates, reports and the
command line. The screen asks here: each value has an English source string, translated (under
the enum's name as context) into exactly the core's word — tests/ui/test_i18n.py holds the two
together, so a new member without its words here fails a test, not a user."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gridcommand.base import enums as e

ENGLISH: dict[type[e.Labelled], dict[str, str]] = {
    e.Status: {
        "reported": QT_TRANSLATE_NOOP("Status", "Reported"),
        "accepted": QT_TRANSLATE_NOOP("Status", "Accepted"),
        "dispatched": QT_TRANSLATE_NOOP("Status", "Dispatched"),
        "in_progress": QT_TRANSLATE_NOOP("Status", "In progress"),
        "resolved": QT_TRANSLATE_NOOP("Status", "To verify"),
        "closed": QT_TRANSLATE_NOOP("Status", "Closed"),
        "cancelled": QT_TRANSLATE_NOOP("Status", "Cancelled"),
    },
    e.WarningColour: {
        "red": QT_TRANSLATE_NOOP("WarningColour", "Red"),
        "yellow": QT_TRANSLATE_NOOP("WarningColour", "Yellow"),
        "blue": QT_TRANSLATE_NOOP("WarningColour", "Blue"),
    },
    e.HoldingLevel: {
        "grid": QT_TRANSLATE_NOOP("HoldingLevel", "Grid"),
        "village": QT_TRANSLATE_NOOP("HoldingLevel", "Village"),
        "township": QT_TRANSLATE_NOOP("HoldingLevel", "Township"),
        "county": QT_TRANSLATE_NOOP("HoldingLevel", "County"),
    },
    e.Source: {
        "grid_worker": QT_TRANSLATE_NOOP("Source", "Grid worker"),
        "citizen": QT_TRANSLATE_NOOP("Source", "Citizen"),
        "hotline_12345": QT_TRANSLATE_NOOP("Source", "12345 hotline"),
        "non_police_110": QT_TRANSLATE_NOOP("Source", "110 non-police"),
        "patrol": QT_TRANSLATE_NOOP("Source", "Patrol"),
        "assigned": QT_TRANSLATE_NOOP("Source", "Assigned from above"),
    },
    e.StaffRole: {
        "full_time": QT_TRANSLATE_NOOP("StaffRole", "Full-time grid worker"),
        "part_time": QT_TRANSLATE_NOOP("StaffRole", "Part-time grid worker"),
        "grid_leader": QT_TRANSLATE_NOOP("StaffRole", "Grid leader"),
        "chief_grid_leader": QT_TRANSLATE_NOOP("StaffRole", "Chief grid leader"),
        "community_police": QT_TRANSLATE_NOOP("StaffRole", "Community police"),
        "auxiliary_police": QT_TRANSLATE_NOOP("StaffRole", "Grid auxiliary police"),
        "liaison_cadre": QT_TRANSLATE_NOOP("StaffRole", "Liaison cadre"),
        "volunteer": QT_TRANSLATE_NOOP("StaffRole", "Volunteer"),
        "command_room": QT_TRANSLATE_NOOP("StaffRole", "Command room staff"),
    },
    e.StaffStatus: {
        "active": QT_TRANSLATE_NOOP("StaffStatus", "Serving"),
        "probation": QT_TRANSLATE_NOOP("StaffStatus", "On probation"),
        "dismissed": QT_TRANSLATE_NOOP("StaffStatus", "Dismissed"),
        "left": QT_TRANSLATE_NOOP("StaffStatus", "Left"),
    },
    e.GridKind: {
        "residential": QT_TRANSLATE_NOOP("GridKind", "Residential grid"),
        "special": QT_TRANSLATE_NOOP("GridKind", "Special grid"),
        "micro": QT_TRANSLATE_NOOP("GridKind", "Micro-grid"),
    },
    e.UnitKind: {
        "village": QT_TRANSLATE_NOOP("UnitKind", "Village or community"),
        "department": QT_TRANSLATE_NOOP("UnitKind", "Department"),
        "county": QT_TRANSLATE_NOOP("UnitKind", "County department"),
    },
    e.Track: {
        "general": QT_TRANSLATE_NOOP("Track", "General public matter"),
        "safety": QT_TRANSLATE_NOOP("Track", "Safety matter"),
        "complex": QT_TRANSLATE_NOOP("Track", "Complex matter"),
    },
    e.Outcome: {
        "resolved": QT_TRANSLATE_NOOP("Outcome", "Resolved"),
        "unfounded": QT_TRANSLATE_NOOP("Outcome", "Unfounded"),
        "duplicate": QT_TRANSLATE_NOOP("Outcome", "Duplicate"),
        "watch": QT_TRANSLATE_NOOP("Outcome", "Cannot be solved now"),
    },
    e.RepeatReason: {
        "place": QT_TRANSLATE_NOOP("RepeatReason", "Same place and category"),
        "text": QT_TRANSLATE_NOOP("RepeatReason", "Similar text"),
        "both": QT_TRANSLATE_NOOP("RepeatReason", "Same place and category, similar text"),
    },
    e.UnitRole: {
        "lead": QT_TRANSLATE_NOOP("UnitRole", "Lead unit"),
        "co": QT_TRANSLATE_NOOP("UnitRole", "Co-unit"),
    },
    e.AttachmentKind: {
        "before": QT_TRANSLATE_NOOP("AttachmentKind", "Photo before"),
        "after": QT_TRANSLATE_NOOP("AttachmentKind", "Photo after"),
        "file": QT_TRANSLATE_NOOP("AttachmentKind", "File"),
    },
    e.Action: {
        "report": QT_TRANSLATE_NOOP("Action", "Reported"),
        "accept": QT_TRANSLATE_NOOP("Action", "Accepted"),
        "dispatch": QT_TRANSLATE_NOOP("Action", "Dispatched"),
        "sign": QT_TRANSLATE_NOOP("Action", "Signed in"),
        "return": QT_TRANSLATE_NOOP("Action", "Returned"),
        "resolve": QT_TRANSLATE_NOOP("Action", "Resolved"),
        "verify_ok": QT_TRANSLATE_NOOP("Action", "Verified"),
        "verify_fail": QT_TRANSLATE_NOOP("Action", "Verification failed (rework)"),
        "escalate": QT_TRANSLATE_NOOP("Action", "Escalated"),
        "cancel": QT_TRANSLATE_NOOP("Action", "Cancelled"),
        "mediation_failed": QT_TRANSLATE_NOOP("Action", "Mediation failed"),
        "recolour": QT_TRANSLATE_NOOP("Action", "Warning raised"),
        "extension_request": QT_TRANSLATE_NOOP("Action", "Extension requested"),
        "extension_approve": QT_TRANSLATE_NOOP("Action", "Extension approved"),
        "extension_reject": QT_TRANSLATE_NOOP("Action", "Extension rejected"),
        "attach": QT_TRANSLATE_NOOP("Action", "Attachment added"),
        "card": QT_TRANSLATE_NOOP("Action", "Supervision card"),
        "flag": QT_TRANSLATE_NOOP("Action", "Flagged for the meeting"),
        "mark_serious": QT_TRANSLATE_NOOP("Action", "Marked as a serious event"),
        "retrack": QT_TRANSLATE_NOOP("Action", "Track changed"),
        "relocate": QT_TRANSLATE_NOOP("Action", "Grid or category corrected"),
        "notice": QT_TRANSLATE_NOOP("Action", "Supervision notice"),
        "notice_withdrawn": QT_TRANSLATE_NOOP("Action", "Supervision notice withdrawn"),
        "link_person": QT_TRANSLATE_NOOP("Action", "Key person linked"),
        "hand_down": QT_TRANSLATE_NOOP("Action", "Returned to the township"),
        "instruct": QT_TRANSLATE_NOOP("Action", "County instruction"),
        "instruction_read": QT_TRANSLATE_NOOP("Action", "County instruction read"),
    },
    e.Level: {
        "probation": QT_TRANSLATE_NOOP("Level", "Probation"),
        "l1": QT_TRANSLATE_NOOP("Level", "Level 1"),
        "l2": QT_TRANSLATE_NOOP("Level", "Level 2"),
        "l3": QT_TRANSLATE_NOOP("Level", "Level 3"),
        "l4": QT_TRANSLATE_NOOP("Level", "Level 4"),
        "l5": QT_TRANSLATE_NOOP("Level", "Level 5"),
    },
    e.UserRole: {
        "duty": QT_TRANSLATE_NOOP("UserRole", "Duty officer"),
        "chair": QT_TRANSLATE_NOOP("UserRole", "Meeting chair"),
        "hr": QT_TRANSLATE_NOOP("UserRole", "HR officer"),
        "leader": QT_TRANSLATE_NOOP("UserRole", "Leader"),
        "admin": QT_TRANSLATE_NOOP("UserRole", "Administrator"),
        "county": QT_TRANSLATE_NOOP("UserRole", "County"),
        "system": QT_TRANSLATE_NOOP("UserRole", "System"),
    },
    e.PersonColour: {
        "green": QT_TRANSLATE_NOOP("PersonColour", "Green"),
        "blue": QT_TRANSLATE_NOOP("PersonColour", "Blue"),
        "orange": QT_TRANSLATE_NOOP("PersonColour", "Orange"),
        "red": QT_TRANSLATE_NOOP("PersonColour", "Red"),
    },
    e.VisitMode: {
        "door": QT_TRANSLATE_NOOP("VisitMode", "At the door"),
        "phone": QT_TRANSLATE_NOOP("VisitMode", "By phone"),
        "video": QT_TRANSLATE_NOOP("VisitMode", "By video"),
    },
    e.Responsibility: {
        "none": QT_TRANSLATE_NOOP("Responsibility", "No responsibility"),
        "minor": QT_TRANSLATE_NOOP("Responsibility", "Minor"),
        "major": QT_TRANSLATE_NOOP("Responsibility", "Major"),
        "serious": QT_TRANSLATE_NOOP("Responsibility", "Serious"),
    },
    e.CommendationKind: {
        "pennant": QT_TRANSLATE_NOOP("CommendationKind", "Pennant"),
        "letter": QT_TRANSLATE_NOOP("CommendationKind", "Thank-you letter"),
        "praise": QT_TRANSLATE_NOOP("CommendationKind", "Public praise"),
    },
    e.EventKind: {
        "fire": QT_TRANSLATE_NOOP("EventKind", "Fire"),
        "criminal": QT_TRANSLATE_NOOP("EventKind", "Criminal case"),
        "mass_petition": QT_TRANSLATE_NOOP("EventKind", "Mass petition"),
        "safety_accident": QT_TRANSLATE_NOOP("EventKind", "Safety accident"),
        "other": QT_TRANSLATE_NOOP("EventKind", "Other"),
    },
    e.ReviewState: {
        "open": QT_TRANSLATE_NOOP("ReviewState", "Under review"),
        "approved": QT_TRANSLATE_NOOP("ReviewState", "Approved"),
    },
    e.FindingKind: {
        "late": QT_TRANSLATE_NOOP("FindingKind", "Resolved late"),
        "overdue": QT_TRANSLATE_NOOP("FindingKind", "Still open, overdue"),
        "visit_lapse": QT_TRANSLATE_NOOP("FindingKind", "Visit lapse"),
        "return": QT_TRANSLATE_NOOP("FindingKind", "Returned"),
        "rework": QT_TRANSLATE_NOOP("FindingKind", "Rework"),
        "card": QT_TRANSLATE_NOOP("FindingKind", "Card"),
        "action_item": QT_TRANSLATE_NOOP("FindingKind", "Action item overdue"),
        "inaction": QT_TRANSLATE_NOOP("FindingKind", "No follow-up"),
        "manual": QT_TRANSLATE_NOOP("FindingKind", "Added by hand"),
    },
}


# An action as something to do ("Cannot resolve: … Possible now: accept, escalate"); in Chinese
# the same word as the timeline's.
VERBS = {
    "report": QT_TRANSLATE_NOOP("ActionVerb", "report"),
    "accept": QT_TRANSLATE_NOOP("ActionVerb", "accept"),
    "dispatch": QT_TRANSLATE_NOOP("ActionVerb", "dispatch"),
    "sign": QT_TRANSLATE_NOOP("ActionVerb", "sign in"),
    "return": QT_TRANSLATE_NOOP("ActionVerb", "return"),
    "resolve": QT_TRANSLATE_NOOP("ActionVerb", "resolve"),
    "verify_ok": QT_TRANSLATE_NOOP("ActionVerb", "pass verification"),
    "verify_fail": QT_TRANSLATE_NOOP("ActionVerb", "fail verification (rework)"),
    "escalate": QT_TRANSLATE_NOOP("ActionVerb", "escalate"),
    "cancel": QT_TRANSLATE_NOOP("ActionVerb", "cancel"),
    "mediation_failed": QT_TRANSLATE_NOOP("ActionVerb", "record failed mediation"),
    "recolour": QT_TRANSLATE_NOOP("ActionVerb", "raise the warning"),
    "extension_request": QT_TRANSLATE_NOOP("ActionVerb", "request an extension"),
    "extension_approve": QT_TRANSLATE_NOOP("ActionVerb", "approve the extension"),
    "extension_reject": QT_TRANSLATE_NOOP("ActionVerb", "reject the extension"),
    "attach": QT_TRANSLATE_NOOP("ActionVerb", "add an attachment"),
    "card": QT_TRANSLATE_NOOP("ActionVerb", "give a supervision card"),
    "flag": QT_TRANSLATE_NOOP("ActionVerb", "flag for the meeting"),
    "mark_serious": QT_TRANSLATE_NOOP("ActionVerb", "mark as a serious event"),
    "retrack": QT_TRANSLATE_NOOP("ActionVerb", "change the track"),
    "relocate": QT_TRANSLATE_NOOP("ActionVerb", "correct the grid or category"),
    "notice": QT_TRANSLATE_NOOP("ActionVerb", "send a supervision notice"),
    "notice_withdrawn": QT_TRANSLATE_NOOP("ActionVerb", "withdraw a supervision notice"),
    "link_person": QT_TRANSLATE_NOOP("ActionVerb", "link a key person"),
    "hand_down": QT_TRANSLATE_NOOP("ActionVerb", "return to the township"),
    "instruct": QT_TRANSLATE_NOOP("ActionVerb", "instruct"),
    "instruction_read": QT_TRANSLATE_NOOP("ActionVerb", "mark the county's instruction read"),
}

# The grades of the default evaluation scheme (the careers rules name 优秀 and 不合格 too); a
# scheme's own grade names are shown as HR wrote them.
GRADES = {
    "优秀": QT_TRANSLATE_NOOP("Grade", "Excellent"),
    "良好": QT_TRANSLATE_NOOP("Grade", "Good"),
    "合格": QT_TRANSLATE_NOOP("Grade", "Pass"),
    "不合格": QT_TRANSLATE_NOOP("Grade", "Fail"),
}

# The agenda's sections, what a meeting made of an item and the kinds of meeting
# (gridcommand.meetings: SECTIONS, OUTCOMES, KINDS).
SECTIONS = {
    1: QT_TRANSLATE_NOOP("Section", "Actions from the last meeting"),
    2: QT_TRANSLATE_NOOP("Section", "Overdue, not yet resolved"),
    3: QT_TRANSLATE_NOOP("Section", "Escalated"),
    4: QT_TRANSLATE_NOOP("Section", "Red and yellow disputes"),
    5: QT_TRANSLATE_NOOP("Section", "Recurring problems"),
    6: QT_TRANSLATE_NOOP("Section", "Key person visits"),
    7: QT_TRANSLATE_NOOP("Section", "This week's figures"),
    8: QT_TRANSLATE_NOOP("Section", "Other business"),
}
ITEM_OUTCOMES = {
    "info": QT_TRANSLATE_NOOP("ItemOutcome", "Noted"),
    "decision": QT_TRANSLATE_NOOP("ItemOutcome", "Decision"),
    "dispatch": QT_TRANSLATE_NOOP("ItemOutcome", "Dispatched"),
}

MEETING_KINDS = {
    "weekly": QT_TRANSLATE_NOOP("MeetingKind", "Weekly meeting"),
    "daily": QT_TRANSLATE_NOOP("MeetingKind", "Daily consultation"),
    "monthly": QT_TRANSLATE_NOOP("MeetingKind", "Residents' talk day"),
}

# What a worker's record may lead to (gridcommand.evaluation.careers.KINDS).
CAREER_KINDS = {
    "probation": QT_TRANSLATE_NOOP("CareerKind", "End of probation"),
    "promotion": QT_TRANSLATE_NOOP("CareerKind", "Promotion"),
    "yellow_card": QT_TRANSLATE_NOOP("CareerKind", "Yellow card"),
    "demotion": QT_TRANSLATE_NOOP("CareerKind", "Demotion"),
    "elimination": QT_TRANSLATE_NOOP("CareerKind", "Dismissal"),
}


# What can be imported (gridcommand.imports.KINDS).
DEADLINE_STEPS = {
    "accept": QT_TRANSLATE_NOOP("DeadlineStep", "Accept"),
    "resolve": QT_TRANSLATE_NOOP("DeadlineStep", "Resolve"),
    "verify": QT_TRANSLATE_NOOP("DeadlineStep", "Verify"),
}
DEADLINE_MODES = {
    "calendar": QT_TRANSLATE_NOOP("DeadlineMode", "Calendar hours"),
    "working": QT_TRANSLATE_NOOP("DeadlineMode", "Working-day hours"),
}
IMPORT_KINDS = {
    "grids": QT_TRANSLATE_NOOP("ImportKind", "Grids"),
    "staff": QT_TRANSLATE_NOOP("ImportKind", "Staff"),
    "key_persons": QT_TRANSLATE_NOOP("ImportKind", "Key persons"),
    "incidents": QT_TRANSLATE_NOOP("ImportKind", "Incidents"),
    "visits": QT_TRANSLATE_NOOP("ImportKind", "Visits"),
    "commendations": QT_TRANSLATE_NOOP("ImportKind", "Commendations"),
}



def _word(context: str, words: dict, key) -> str:
    """``words[key]`` translated under ``context``; an unknown key as it is, none as ""."""
    english = words.get(key)
    return QCoreApplication.translate(context, english) if english else ("" if key is None else str(key))


def section(number: int) -> str:
    return _word("Section", SECTIONS, number)


def item_outcome(key: str | None) -> str:
    return _word("ItemOutcome", ITEM_OUTCOMES, key)


def meeting_kind(key: str) -> str:
    return _word("MeetingKind", MEETING_KINDS, key)


def grade(name: str) -> str:
    return _word("Grade", GRADES, name)


def verb(action: str) -> str:
    return _word("ActionVerb", VERBS, action)


def career_kind(key: str) -> str:
    return _word("CareerKind", CAREER_KINDS, key)


def deadline_step(step: str) -> str:
    return _word("DeadlineStep", DEADLINE_STEPS, step)


def deadline_mode(mode: str) -> str:
    return _word("DeadlineMode", DEADLINE_MODES, mode)


def import_kind(name: str) -> str:
    return _word("ImportKind", IMPORT_KINDS, name)


def label(kind: type[e.Labelled], value: str | None) -> str:
    """``value`` of ``kind`` in the UI's language; an unknown value as it is, none as ""."""
    return _word(kind.__name__, ENGLISH[kind], value)


def joined(words) -> str:
    """Words listed as the UI's language lists them ("a, b" or "a、b")."""
    return QCoreApplication.translate("labels", ", ").join(words)


def roles(roles) -> str:
    """A user's roles, in the order of ``UserRole``."""
    return joined(label(e.UserRole, r.value) for r in e.UserRole if r in roles)


def choices(kind: type[e.Labelled], members=None) -> list[tuple[str, str]]:
    """(value, label) of every member of ``kind`` (or of ``members``), for a combo box."""
    return [(m.value, label(kind, m.value)) for m in (kind if members is None else members)]
