from dossiers.calendar.models import DayOff, MakeUpWorkingDay, OfficePeriod

from .dossier import Attachment, Dossier, DossierCodeCounter, ReceivedDocument
from .events import DossierEvent, Rating, SupplementRequest
from .log_entry import DossierLogEntry
from .notification import Notification
from .process import AllotmentUnit, HandOff, InternalProcess, ProcessStep
from .reminder import ReminderLog
from .results import IssuedDocument, Result, ResultNumberCounter
from .staff import RoleGroup, StaffProfile
from .states import CLOSED_STATUSES, Channel, Stage, Status

__all__ = [
    "CLOSED_STATUSES",
    "AllotmentUnit",
    "Attachment",
    "Channel",
    "DayOff",
    "Dossier",
    "DossierCodeCounter",
    "DossierEvent",
    "DossierLogEntry",
    "HandOff",
    "InternalProcess",
    "IssuedDocument",
    "MakeUpWorkingDay",
    "Notification",
    "OfficePeriod",
    "ProcessStep",
    "Rating",
    "ReceivedDocument",
    "ReminderLog",
    "Result",
    "ResultNumberCounter",
    "RoleGroup",
    "StaffProfile",
    "Stage",
    "Status",
    "SupplementRequest",
]
