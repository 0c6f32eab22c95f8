"""Attachments, list exports and an office of staff, as the staff admin's tests need them."""

import csv
import io

from django.core.files.base import ContentFile
from openpyxl import load_workbook

from dossiers.accounts import roles
from dossiers.factories import StaffUserFactory
from dossiers.models import Attachment, StaffProfile

PDF_BYTES = b"%PDF-1.4\n% test attachment\n%%EOF\n"


def attach(dossier, name):
    attachment = Attachment(
        dossier=dossier,
        original_name=name,
        content_type="application/pdf",
        size=len(PDF_BYTES),
        sha256="0" * 64,
    )
    attachment.file.save("scan.pdf", ContentFile(PDF_BYTES), save=False)
    attachment.save()
    return attachment


def exported_codes(response, export_format):
    """The dossier codes in a CSV or XLSX export of the dossier list (first column, after the header)."""
    content = b"".join(response.streaming_content)
    if export_format == "csv":
        rows = list(csv.reader(io.StringIO(content.decode("utf-8"))))
    else:
        rows = list(load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True))
    return {row[0] for row in rows[1:]}


def office_staff(procedure, first, second):
    """One member of each role in ``procedure``'s agency: two specialists in department ``first`` (one the
    "colleague"), one in ``second``; the tests of whose turn it is and of the work queue share this office."""

    def member(role, department=None):
        user = StaffUserFactory(role=role)
        StaffProfile.objects.create(user=user, agency=procedure.agency, department=department)
        return user

    return {
        "counter": member(roles.COUNTER_STAFF),
        "chief": member(roles.CHIEF_OF_OFFICE),
        "deputy": member(roles.DEPUTY_CHIEF),
        "specialist": member(roles.SPECIALIST, first),
        "colleague": member(roles.SPECIALIST, first),
        "other_department": member(roles.SPECIALIST, second),
        "leader": member(roles.LEADER),
        "administrator": member(roles.ADMINISTRATOR),
    }
