from .calendar import DayOff, MakeUpWorkingDay, OfficePeriod
from .dossier import CLOSED_STATUSES, Attachment, Channel, Dossier, DossierCodeCounter, ReceivedDocument, Stage, Status
from .events import DossierEvent, Rating, SupplementRequest
from .log_entry import DossierLogEntry
from .notification import Notification
from .reminder import ReminderLog
from .staff import StaffProfile

__all__ = [
    "CLOSED_STATUSES",
    "Attachment",
    "Channel",
    "DayOff",
    "Dossier",
    "DossierCodeCounter",
    "DossierEvent",
    "DossierLogEntry",
    "MakeUpWorkingDay",
    "Notification",
    "OfficePeriod",
    "Rating",
    "ReceivedDocument",
    "ReminderLog",
    "StaffProfile",
    "Stage",
    "Status",
    "SupplementRequest",
]
