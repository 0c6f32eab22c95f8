"""Counter intake: a dossier brought in person is recorded and received at once, with the checklist of the
papers handed over, the due time, the first hand-off (to the Chief) and the applicant's receipt notice."""

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from dossiers.calendar_store import load_working_calendar
from dossiers.deadlines import add_working_time
from dossiers.models import Channel, DossierEvent, ReceivedDocument, Status
from dossiers.notifications import notify_applicant
from dossiers.procedure_deadlines import due_for_procedure
from dossiers.workflow import ACTIONS

from .submission import create_dossier, files_removed_on_error

# The Chief assigns a dossier received at the counter within half a working day, as after an online receipt.
ASSIGNMENT_TIME = ACTIONS["receive"].allotted


def intake_dossier(
    *, procedure, applicant, form_data, form_schema, received_documents, actor, files=(), channel=Channel.COUNTER
):
    """``received_documents``: ``[{"name", "originals", "certified_copies", "photocopies"}, ...]``."""
    now = timezone.now()
    calendar = load_working_calendar()
    with files_removed_on_error() as written, transaction.atomic():
        dossier = create_dossier(
            procedure=procedure,
            applicant=applicant,
            form_data=form_data,
            form_schema=form_schema,
            files=files,
            channel=channel,
            status=Status.RECEIVED,
            written=written,
            now=now,
        )
        dossier.received_at = now
        dossier.due_at = due_for_procedure(calendar, procedure, now)
        dossier._change_reason = "intake"
        dossier.save(update_fields=["received_at", "due_at"])
        ReceivedDocument.objects.bulk_create(
            ReceivedDocument(dossier=dossier, sort_order=order, **document)
            for order, document in enumerate(received_documents)
        )
        DossierEvent.objects.create(
            dossier=dossier,
            action="intake",
            to_status=Status.RECEIVED,
            created_at=now,
            actor=actor,
            step_due_at=min(add_working_time(calendar, now, ASSIGNMENT_TIME), dossier.due_at),
        )
        log(instance=dossier, action="dossiers.intake", user=actor)
        notify_applicant(dossier, "received")
    return dossier
