"""Online submissions per second, each with one 100 KB PDF, sustained by gunicorn in the production shape, and
proof that none was lost (target: at least 100 per second; every accepted submission is a dossier with its file).

    .venv/bin/python bench/bench_submissions.py [--dossiers 1000000] [--seconds 15] [--connections 8]

The benchmark publishes a procedure of its own with an online form (the applicant block, one text field, one
required PDF) in the bench database, then submits to it through wrk as a citizen does, in two requests: the complete
multipart form (302 to its check page, the answers and file held in a draft) and "Nộp hồ sơ" there
(``submissions.lua``). Accepted means the second one's redirect to the confirmation; each must have become a dossier,
an attachment row, a file in private storage and an acknowledgement queued for the Celery worker. See
bench/harness.py for the database and wrk.
"""

import argparse
import re
import time
import uuid
from pathlib import Path

from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH
from django.utils.crypto import get_random_string
from harness import (
    Gunicorn,
    bare_view,
    common_arguments,
    print_load,
    request_file,
    require_postgres_and_wrk,
    seed_up_to,
    verdict,
    wrk,
)

from dossiers.models import Attachment, Dossier, Notification
from procedures.models import OnlineFormPage, ProcedureDocument, ProcedurePage, SubsystemPage
from procedures.online_forms.definition import raw_field, raw_section, raw_slot

PROCEDURE_CODE = "BENCH.0001"
TARGET_PER_SECOND = 100
ATTACHMENT_BYTES = 100 * 1024
VARIANTS = 50
SUBMISSIONS_SCRIPT = Path(__file__).with_name("submissions.lua")
DOCUMENT = "Đơn đề nghị"


def bench_procedure():
    procedure = ProcedurePage.objects.filter(procedure_code=PROCEDURE_CODE).first()
    if procedure:
        return procedure
    subsystem = SubsystemPage.objects.order_by("path").first()
    return subsystem.add_child(
        instance=ProcedurePage(
            title="Thủ tục đo hiệu năng",
            slug="bench-thu-tuc",
            procedure_code=PROCEDURE_CODE,
            agency=ProcedurePage.objects.child_of(subsystem).first().agency,
            online_level="full",
            processing_time=5,
            applicants="Công dân",
            steps="<p>Nộp hồ sơ.</p>",
            result="Giấy xác nhận",
            legal_basis="<p>Không.</p>",
        )
    )


def bench_form(procedure):
    """The benchmark's own form, created once (published, so the page cache is emptied too): two sections of one
    text field each and one required PDF slot, for the one document its procedure lists."""
    form = OnlineFormPage.objects.child_of(procedure).first()
    if form:
        return form
    ProcedureDocument.objects.get_or_create(page=procedure, name=DOCUMENT, defaults={"originals": 1})
    sections = [
        raw_section("I. Nội dung đề nghị", [("field", raw_field("Nội dung đề nghị", "singleline"))]),
        raw_section("II. Ghi chú", [("field", raw_field("Ghi chú", "multiline", required=False))]),
    ]
    form = procedure.add_child(
        instance=OnlineFormPage(
            title="Nộp hồ sơ đo hiệu năng",
            slug="nop-ho-so",
            intro="<p>Đo hiệu năng.</p>",
            sections=sections,
            documents=[raw_slot(DOCUMENT, file_types="pdf")],
            other_documents=False,
        )
    )
    form.save_revision().publish()
    return form


def pdf_of(size):
    """A valid PDF of exactly ``size`` bytes: one page whose content stream is padding."""
    head = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    page = b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
    tail = b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    stream_head = b"4 0 obj<</Length %d>>stream\n"
    padding = size - len(head) - len(page) - len(stream_head % 0) - len(tail) - 6
    return head + page + stream_head % padding + b"%" * padding + tail


def multipart(fields, file_field, file_name, content):
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{file_name}"\r\n'
        "Content-Type: application/pdf\r\n\r\n".encode()
        + content
        + b"\r\n"
    )
    return f"multipart/form-data; boundary={boundary}", b"".join(parts) + f"--{boundary}--\r\n".encode()


def submissions(form, token):
    sections, slots = form.definition
    text_field, file_field = sections[0]["items"][0]["name"], slots[0]["name"]
    content = pdf_of(ATTACHMENT_BYTES)
    for number in range(VARIANTS):
        fields = {
            "csrfmiddlewaretoken": token,
            "applicant_kind": "person",
            "applicant_name": f"Nguyễn Văn Thử {number}",
            "applicant_id_type": "cccd",
            "applicant_id_number": f"001090{number:06d}",  # a man born in 1990: 4th digit 0, then "90"
            "applicant_date_of_birth": "1990-04-12",
            "applicant_address": f"{number} Lê Lợi, phường Trung tâm",
            "applicant_phone": "0912345678",
            "applicant_email": f"thu{number}@example.vn",
            "privacy_acknowledged": "on",
            text_field: "Đề nghị cấp giấy xác nhận",
        }
        content_type, body = multipart(fields, file_field, f"don-de-nghi-{number}.pdf", content)
        yield "POST", content_type, body


def counts(procedure):
    dossiers = Dossier.objects.filter(procedure=procedure)
    return {
        "dossiers": dossiers.count(),
        "attachments": Attachment.objects.filter(dossier__procedure=procedure).count(),
        "notifications": Notification.objects.filter(dossier__procedure=procedure).count(),
    }


def main():
    options = common_arguments(argparse.ArgumentParser(description=__doc__.splitlines()[0])).parse_args()
    require_postgres_and_wrk()
    seed_up_to(options.dossiers)
    procedure = bench_procedure()
    form = bench_form(procedure)
    token = get_random_string(CSRF_SECRET_LENGTH, CSRF_ALLOWED_CHARS)
    with Gunicorn() as server:
        environment = request_file(server.files / "submissions", submissions(form, token))
        environment["BENCH_COOKIE"] = f"csrftoken={token}"
        environment["BENCH_CSRF"] = token
        path = form.url
        print(f"\n{path}, {options.connections} connections, {options.seconds} s, gunicorn with 2 workers\n")
        bare = bare_view(seconds=options.seconds, connections=options.connections)
        before = counts(procedure)
        load = wrk(
            path,
            seconds=options.seconds,
            connections=options.connections,
            script=SUBMISSIONS_SCRIPT,
            environment=environment,
        )
        time.sleep(1)  # requests still in flight when wrk stopped finish, though wrk no longer reads their answers
        after = counts(procedure)
        # Attachments only: files held for drafts left unconfirmed when wrk stopped are under held/.
        stored_files = sum(1 for item in (server.private_files / "dossiers").rglob("*") if item.is_file())
        queued = server.queued_tasks()
    accepted = int(re.search(r"^ACCEPTED (\d+)$", load.output, re.MULTILINE).group(1))
    made = {name: after[name] - before[name] for name in after}
    print_load("bare view", bare, bare)
    print_load("submissions", load, bare)
    print(f"  answers by status: {load.statuses}")
    print(
        f"  accepted {accepted:,}: dossiers {made['dossiers']:,}, attachments {made['attachments']:,}, "
        f"files {stored_files:,}, notifications {made['notifications']:,}, tasks queued {queued:,}"
    )
    # More stored than answered is the requests wrk abandoned at the end; fewer would be lost submissions.
    lost = max(0, accepted - min(made["dossiers"], made["attachments"], stored_files))
    rate = accepted / options.seconds
    print(f"  {rate:,.0f} accepted per second, target >= {TARGET_PER_SECOND}: {verdict(rate >= TARGET_PER_SECOND)}")
    print(f"  lost: {lost}, target 0: {verdict(lost == 0 and set(load.statuses) == {302})}")


if __name__ == "__main__":
    main()
