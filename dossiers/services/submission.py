"""A submitted form becomes a dossier with its attachments in one transaction; the acknowledgement is sent after
commit, so a failure anywhere leaves nothing half-saved and no email about a dossier that does not exist."""

import hashlib
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from dossiers.calendar_store import load_working_calendar
from dossiers.codes import issue_code
from dossiers.deadlines import add_working_time
from dossiers.models import Attachment, Channel, Dossier, DossierEvent, Status
from dossiers.notifications import notify_applicant
from procedures.online_forms.uploads import media_type

# Staff review an online dossier within one working day of its registration.
REVIEW_WORKING_TIME = timedelta(hours=8)


@dataclass(frozen=True)
class Applicant:
    full_name: str
    id_number: str
    date_of_birth: date | None
    address: str
    phone: str
    email: str


def sha256_of(uploaded_file):
    digest = hashlib.sha256()
    for chunk in uploaded_file.chunks():
        digest.update(chunk)
    uploaded_file.seek(0)
    return digest.hexdigest()


@contextmanager
def files_removed_on_error():
    """Storage is not transactional: files written inside a transaction that fails are deleted again."""
    written = []
    try:
        yield written
    except BaseException:
        for stored in written:
            stored.storage.delete(stored.name)
        raise


def store_attachments(dossier, files, written, source=Attachment.Source.SUBMISSION, uploaded_by=None):
    for field_name, uploaded in files:
        attachment = Attachment(
            dossier=dossier,
            field_name=field_name,
            original_name=uploaded.name[:255],
            content_type=media_type(uploaded),
            size=uploaded.size,
            sha256=sha256_of(uploaded),
            source=source,
            uploaded_by=uploaded_by,
        )
        attachment.file.save(uploaded.name, uploaded, save=False)
        written.append(attachment.file)
        attachment.save()


def create_dossier(*, procedure, applicant, form_data, form_schema, files, channel, status, written, now, **fields):
    """The dossier row (with any further ``fields``) and its files, inside the caller's transaction."""
    dossier = Dossier.objects.create(
        code=issue_code(procedure.agency, now),
        procedure=procedure,
        agency=procedure.agency,
        channel=channel,
        status=status,
        applicant_name=applicant.full_name,
        applicant_id_number=applicant.id_number,
        applicant_date_of_birth=applicant.date_of_birth,
        applicant_address=applicant.address,
        applicant_phone=applicant.phone,
        applicant_email=applicant.email,
        form_data=form_data,
        form_schema=form_schema,
        submitted_at=now,
        **fields,
    )
    store_attachments(dossier, files, written)
    return dossier


def submit_dossier(*, procedure, applicant, form_data, form_schema, files=()):
    """Register an online dossier (status 1). ``files`` are already validated (type, size) by the form."""
    now = timezone.now()
    with files_removed_on_error() as written, transaction.atomic():
        dossier = create_dossier(
            procedure=procedure,
            applicant=applicant,
            form_data=form_data,
            form_schema=form_schema,
            files=files,
            channel=Channel.ONLINE,
            status=Status.REGISTERED,
            written=written,
            now=now,
            review_due_at=add_working_time(load_working_calendar(), now, REVIEW_WORKING_TIME),
        )
        DossierEvent.objects.create(dossier=dossier, action="submit", to_status=Status.REGISTERED, created_at=now)
        notify_applicant(dossier, "submitted")
    return dossier
