"""The ORM models. Importing this package registers every table on ``Base.metadata``."""

from .base import Base, UTCDateTime
from .careers import CareerDecision, LevelChange
from .changes import AuditEntry, ChangeCounter, ChangeLog
from .evaluation import Evaluation, EvaluationAdjustment, EvaluationMonth, EvaluationScheme
from .incidents import Attachment, Category, Incident, IncidentEvent, IncidentUnit, incident_key_person
from .intake import DuplicateFlag, IntakeOrder, IntakeSource
from .meetings import ActionItem, AgendaItem, Meeting, MeetingAttendee
from .notices import SupervisionNotice, notice_incident
from .org import County, Grid, GridResponsible, Staff, Township, Unit, Village, staff_extra_grid
from .people import Commendation, KeyPerson, Visit
from .reviews import KeyPersonResponsible, Review, ReviewFinding, review_key_person
from .rules import DeadlineRule, DeadlineRuleSet, Extension, IncidentCard
from .users import Setting, User

__all__ = [
    "ActionItem", "AgendaItem", "AuditEntry", "CareerDecision", "LevelChange", "Attachment", "Base", "Meeting", "MeetingAttendee", "Category", "ChangeCounter", "ChangeLog", "Commendation", "County", "DeadlineRule",
    "DeadlineRuleSet", "DuplicateFlag", "IntakeOrder", "IntakeSource", "Evaluation", "EvaluationAdjustment", "EvaluationMonth", "EvaluationScheme",
    "Extension", "Grid", "GridResponsible", "Incident", "IncidentCard",
    "IncidentEvent", "IncidentUnit", "KeyPerson", "KeyPersonResponsible", "Review", "ReviewFinding", "Setting", "Staff", "SupervisionNotice", "Township", "Unit", "User",
    "UTCDateTime", "Village", "Visit", "incident_key_person", "notice_incident", "review_key_person", "staff_extra_grid",
]
