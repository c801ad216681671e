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
    "ActionItem", "AgendaItem", "Attachment", "AuditEntry", "Base", "CareerDecision", "Category",
    "ChangeCounter", "ChangeLog", "Commendation", "County", "DeadlineRule", "DeadlineRuleSet",
    "DuplicateFlag", "Evaluation", "EvaluationAdjustment", "EvaluationMonth", "EvaluationScheme", "Extension",
    "Grid", "GridResponsible", "Incident", "incident_key_person", "IncidentCard", "IncidentEvent",
    "IncidentUnit", "IntakeOrder", "IntakeSource", "KeyPerson", "KeyPersonResponsible", "LevelChange",
    "Meeting", "MeetingAttendee", "notice_incident", "Review", "review_key_person", "ReviewFinding",
    "Setting", "Staff", "staff_extra_grid", "SupervisionNotice", "Township", "Unit", "User", "UTCDateTime",
    "Village", "Visit",
]
