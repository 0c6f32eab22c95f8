"""The result through the workflow: drafted with the memo, signed by the leader and sealed by the agency at the
"sign" step (two PAdES signatures that pyHanko validates against the demo authority, a QR that leads to the
verification page), returned with a signed link the applicant downloads, each download in the access log. A
refused signature (wrong PIN, expired certificate) and a return without the electronic result change nothing."""

import subprocess
from datetime import timedelta

import pytest
import zxingcpp
from cryptography.hazmat.primitives.serialization import Encoding
from django.conf import settings
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from dossiers.accounts import roles
from dossiers.calendar.periods import Period
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.models import (
    Attachment,
    DossierLogEntry,
    IssuedDocument,
    Result,
    ResultNumberCounter,
    StaffProfile,
    Stage,
    Status,
)
from dossiers.public.links import signed_path
from dossiers.results.documents import signed_file
from dossiers.slips.render import render_pdf
from dossiers.workflow.engine import transition
from procedures.factories import DepartmentFactory, ProcedurePageFactory, SubsystemPageFactory
from procedures.models import OnlineLevel, ResultForm
from reports.bieu06 import bieu06
from reports.grouping import GROUPINGS
from signing.demo import DEMO_PIN, DemoPKI
from signing.models import SigningCredential
from signing.service import validate_pdf

pytestmark = pytest.mark.django_db


def credential(issued, **owner):
    pem = issued.certificate.public_bytes(Encoding.PEM).decode()
    return SigningCredential.objects.create(pkcs12_path=str(issued.path), certificate_pem=pem, **owner)


@pytest.fixture
def world(home_page):
    procedure = ProcedurePageFactory(
        parent=SubsystemPageFactory(parent=home_page),
        processing_time=5,
        result_form=ResultForm.ELECTRONIC,
        online_level=OnlineLevel.PARTIAL,
        result="Giấy chứng nhận đăng ký kết hôn",
    )
    department = DepartmentFactory(agency=procedure.agency)
    people = {role: StaffUserFactory(role=role) for role in roles.ALL_ROLES}
    leader = people[roles.LEADER]
    leader.first_name, leader.last_name = "Trưởng", "Đặng Quốc"
    leader.save()
    StaffProfile.objects.create(user=people[roles.SPECIALIST], agency=procedure.agency, department=department)
    pki = DemoPKI(settings.SIGNING_PKI_DIR)
    pki.test_certificates()  # and the CRL that signing checks
    credential(pki.pkcs12(f"tests/leader-{leader.pk}.p12", "Đặng Quốc Trưởng"), user=leader)
    credential(pki.pkcs12(f"tests/seal-{procedure.agency.pk}.p12", procedure.agency.name), agency=procedure.agency)
    return {"procedure": procedure, "department": department, "people": people, "pki": pki}


def take(dossier, steps):
    for name, who, inputs in steps:
        dossier = transition(dossier, name, who, expected_version=dossier.version, **inputs)
    return dossier


def at_leadership(world, **memo_inputs):
    people = world["people"]
    dossier = DossierFactory(procedure=world["procedure"])
    return take(
        dossier,
        [
            ("receive", people[roles.COUNTER_STAFF], {}),
            ("assign", people[roles.CHIEF_OF_OFFICE], {"department": world["department"]}),
            ("submit_memo", people[roles.SPECIALIST], {"memo": "Đề xuất cấp", **memo_inputs}),
            ("approve_memo", people[roles.CHIEF_OF_OFFICE], {}),
            ("forward_to_leadership", people[roles.CHIEF_OF_OFFICE], {"leader": people[roles.LEADER]}),
        ],
    )


def signed_bytes(dossier):
    with signed_file(dossier).file.open("rb") as stream:
        return stream.read()


def test_signed_result_validates_two_signatures_in_order_and_is_registered(world, private_storage):
    dossier = at_leadership(world)
    assert Result.objects.get(dossier=dossier).state == Result.State.DRAFT
    dossier = transition(dossier, "sign", world["people"][roles.LEADER], pin=DEMO_PIN, comment="Đồng ý")

    result = Result.objects.get(dossier=dossier)
    assert (result.state, result.number, result.signer) == (Result.State.SIGNED, 1, world["people"][roles.LEADER])
    content = signed_bytes(dossier)
    checks = validate_pdf(content)
    assert [(check.intact, check.trusted, check.valid) for check in checks] == [(True, True, True)] * 2
    assert checks[0].signer_name == "Đặng Quốc Trưởng" and checks[1].signer_name == dossier.agency.name
    issued = IssuedDocument.objects.get(dossier=dossier, kind=IssuedDocument.Kind.RESULT)
    assert issued.sha256 == signed_file(dossier).sha256 and issued.result == result
    assert issued.qr_fields["so"] == result.number_and_symbol == f"1/{result.symbol}"


def test_signed_result_renders_and_its_qr_leads_to_the_verification_page(world, private_storage, tmp_path):
    dossier = at_leadership(world)
    dossier = transition(dossier, "sign", world["people"][roles.LEADER], pin=DEMO_PIN)
    pdf = tmp_path / "ket-qua.pdf"
    pdf.write_bytes(signed_bytes(dossier))
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")], check=True
    )
    [png] = tmp_path.glob("page-*.png")
    [qr] = zxingcpp.read_barcodes(Image.open(png))
    token = IssuedDocument.objects.get(dossier=dossier).token
    assert f"/xac-minh/{token}/" in qr.text and dossier.code in qr.text


def test_an_uploaded_draft_is_the_document_signed(world, private_storage):
    draft = render_pdf("dossiers/results/draft.html", {"dossier": DossierFactory(), "result": Result(symbol="QĐ")})
    upload = SimpleUploadedFile("du-thao.pdf", draft, content_type="application/pdf")
    dossier = at_leadership(world, draft=upload, result_title="Quyết định cấp phép", result_symbol="QĐ-UBND")
    assert Attachment.objects.get(dossier=dossier, source=Attachment.Source.RESULT_DRAFT).original_name == "du-thao.pdf"
    dossier = transition(dossier, "sign", world["people"][roles.LEADER], pin=DEMO_PIN)
    assert Result.objects.get(dossier=dossier).number_and_symbol == "1/QĐ-UBND"
    assert all(check.valid for check in validate_pdf(signed_bytes(dossier)))


def assert_unchanged(dossier, world):
    fresh = type(dossier).objects.get(pk=dossier.pk)
    assert (fresh.version, fresh.stage) == (dossier.version, Stage.AT_LEADERSHIP)
    assert not Attachment.objects.filter(dossier=dossier, source=Attachment.Source.RESULT).exists()
    assert not IssuedDocument.objects.filter(dossier=dossier).exists()
    assert not ResultNumberCounter.objects.filter(last__gt=0).exists()
    assert Result.objects.get(dossier=dossier).state == Result.State.DRAFT


def test_a_wrong_pin_leaves_the_dossier_as_it_was(world, private_storage, unowned_files):
    dossier = at_leadership(world)
    with pytest.raises(ValidationError) as refusal:
        transition(dossier, "sign", world["people"][roles.LEADER], expected_version=dossier.version, pin="000000")
    assert "PIN" in refusal.value.messages[0]
    assert_unchanged(dossier, world)
    assert unowned_files() == set()


def test_an_expired_certificate_leaves_the_dossier_as_it_was(world, private_storage):
    leader = world["people"][roles.LEADER]
    expired, _revoked = world["pki"].test_certificates()
    SigningCredential.objects.filter(user=leader).update(active=False)
    credential(expired, user=leader)
    dossier = at_leadership(world)
    with pytest.raises(ValidationError) as refusal:
        transition(dossier, "sign", leader, expected_version=dossier.version, pin=DEMO_PIN)
    assert "hết hạn" in refusal.value.messages[0]
    assert_unchanged(dossier, world)


def awaiting_return(world):
    dossier = at_leadership(world)
    people = world["people"]
    return take(
        dossier,
        [
            ("sign", people[roles.LEADER], {"pin": DEMO_PIN}),
            ("hand_to_counter", people[roles.SPECIALIST], {}),
        ],
    )


def test_an_electronic_result_cannot_be_returned_without_the_signed_file(world, private_storage):
    dossier = awaiting_return(world)
    Attachment.objects.filter(dossier=dossier, source=Attachment.Source.RESULT).delete()
    with pytest.raises(ValidationError) as refusal:
        transition(dossier, "return_result", world["people"][roles.COUNTER_STAFF], expected_version=dossier.version)
    assert "chưa có kết quả đã ký số" in refusal.value.messages[0]
    assert type(dossier).objects.get(pk=dossier.pk).status == Status.AWAITING_RETURN


def download_link(body):
    """The link in the email (its Vietnamese text and its English text give the same one)."""
    links = {line.strip() for line in body.splitlines() if "/ho-so/ket-qua/" in line}
    [link] = links
    return link.removeprefix(settings.PUBLIC_BASE_URL)


def test_the_return_emails_a_link_the_applicant_downloads_and_the_download_is_logged(
    world, private_storage, client, django_capture_on_commit_callbacks
):
    dossier = awaiting_return(world)
    with django_capture_on_commit_callbacks(execute=True):
        dossier = transition(dossier, "return_result", world["people"][roles.COUNTER_STAFF])
    [returned] = [email for email in mail.outbox if "/ho-so/ket-qua/" in email.body]
    response = client.get(download_link(returned.body))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content) == signed_bytes(dossier)
    entry = DossierLogEntry.objects.get(object_id=str(dossier.pk), action="dossiers.result_download")
    assert entry.data["via"] == "email" and entry.user is None


def test_the_link_is_refused_before_the_return_and_once_expired(world, private_storage, client, settings):
    dossier = awaiting_return(world)
    path = signed_path(dossier, "result")
    assert client.get(path).status_code == 404  # partly online: the result is the counter's to return first
    dossier = transition(dossier, "return_result", world["people"][roles.COUNTER_STAFF])
    assert client.get(path).status_code == 200
    settings.SIGNED_LINK_MAX_AGE = -1
    assert client.get(path).status_code == 410


def test_a_fully_online_procedure_sends_the_result_as_soon_as_it_is_ready(
    world, private_storage, django_capture_on_commit_callbacks
):
    world["procedure"].online_level = OnlineLevel.FULL
    world["procedure"].save()
    with django_capture_on_commit_callbacks(execute=True):
        awaiting_return(world)
    assert [email for email in mail.outbox if "/ho-so/ket-qua/" in email.body]


def test_the_look_up_offers_the_signed_result_after_code_and_second_factor(world, private_storage, client):
    dossier = awaiting_return(world)
    lookup = {"code": dossier.code, "factor": "secret", "value": dossier.lookup_secret}
    assert "Tải kết quả điện tử" not in client.post(reverse("dossiers:lookup"), lookup).text
    transition(dossier, "return_result", world["people"][roles.COUNTER_STAFF])
    page = client.post(reverse("dossiers:lookup"), lookup).text
    assert "Tải kết quả điện tử" in page and "/ho-so/ket-qua/" in page


def test_leadership_signs_with_the_memo_and_the_draft_in_view(world, private_storage, client):
    dossier = at_leadership(world)
    client.force_login(world["people"][roles.LEADER])
    page = client.get(reverse("dossier_admin:step", args=[dossier.pk, "sign"])).text
    assert "Đề xuất cấp" in page and "du-thao-" in page and 'name="pin"' in page
    response = client.post(
        reverse("dossier_admin:step", args=[dossier.pk, "sign"]), {"version": dossier.version, "pin": "999999"}
    )
    assert response.status_code == 400 and "PIN" in response.text


def test_bieu_06_counts_electronic_results(world, private_storage):
    dossier = awaiting_return(world)
    transition(dossier, "return_result", world["people"][roles.COUNTER_STAFF])
    today = timezone.localdate()
    report = bieu06(Period(today - timedelta(days=1), today), next(iter(GROUPINGS.values())))
    assert (report.total.resolved, report.total.resolved_electronic) == (1, 1)
