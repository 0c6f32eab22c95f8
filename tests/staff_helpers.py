"""Attachments and list exports as the staff admin's tests need them."""

import csv
import io

from django.core.files.base import ContentFile
from openpyxl import load_workbook

from dossiers.models import Attachment

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
