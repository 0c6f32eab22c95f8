"""The steps that create a dossier: an online submission (status 1, reviewed within a working day) and counter
intake (received at once, with the checklist of papers handed over and the due time). The engine's ``create()``
gives them the new, unsaved dossier and writes what they return like any other step."""

from dataclasses import dataclass
from datetime import date

from dossiers.calendar.deadlines import due_in_working_days
from dossiers.calendar.procedure import due_for_procedure
from dossiers.calendar.store import load_working_calendar
from dossiers.models import Channel, Status
from dossiers.notifications import kinds
from dossiers.process.versions import in_force
from procedures.online_forms.identity import ApplicantKind, IdType

from .outcome import Outcome
from .table import INTAKE_ALLOTTED

# Staff review an online dossier within one working day of its registration.
REVIEW_WORKING_DAYS = 1


@dataclass(frozen=True)
class Applicant:
    """Who applies: a person, or an organisation (``full_name`` its name, ``id_number`` its tax code) with its
    representative; ``privacy_notice_version`` is the notice they acknowledged (the engine stores when)."""

    full_name: str
    id_number: str
    date_of_birth: date | None
    address: str
    phone: str
    email: str
    kind: str = ApplicantKind.PERSON
    id_type: str = IdType.CCCD
    id_country: str = ""
    representative_name: str = ""
    representative_position: str = ""
    representative_id_type: str = ""
    representative_id_number: str = ""
    representative_id_country: str = ""
    privacy_notice_version: str = ""


@dataclass(frozen=True)
class Creation:
    apply: object
    allotted: float | None = None


def submit_online(dossier, actor, *, now, files=()):
    """Registered online (status 1). ``files`` are already validated (type, size) by the form."""
    dossier.channel = Channel.ONLINE
    dossier.review_due_at = due_in_working_days(load_working_calendar(), now, REVIEW_WORKING_DAYS)
    return Outcome(Status.REGISTERED, files=tuple(files), notice=kinds.SUBMITTED)


def receive_at_counter(dossier, actor, *, now, received_documents, files=(), channel=Channel.COUNTER):
    """Brought in person (or by post) and received at once: the clock starts, the Chief is next.
    ``received_documents``: ``[{"name", "originals", "certified_copies", "photocopies"}, ...]``."""
    dossier.channel = channel
    dossier.received_at = now
    dossier.due_at = due_for_procedure(load_working_calendar(), dossier.procedure, now)
    dossier.process_version = in_force(dossier.procedure, now)
    return Outcome(
        Status.RECEIVED, files=tuple(files), received_documents=list(received_documents), notice=kinds.RECEIVED
    )


CREATE = {
    "submit": Creation(submit_online),
    "intake": Creation(receive_at_counter, allotted=INTAKE_ALLOTTED),
}
