"""seed_demo builds the whole demo catalogue and accounts, and a second run changes nothing and loses nothing."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.models import Page, Site

from cms.models import HomePage
from dossiers.accounts import roles
from dossiers.models import StaffProfile
from procedures.models import Agency, Department, ProcedureDocument, ProcedurePage, SubsystemPage

pytestmark = [pytest.mark.slow, pytest.mark.django_db]


def snapshot():
    return {
        "pages": Page.objects.count(),
        "procedures": ProcedurePage.objects.count(),
        "documents": ProcedureDocument.objects.count(),
        "templates": get_document_model().objects.count(),
        "agencies": Agency.objects.count(),
        "departments": Department.objects.count(),
        "users": get_user_model().objects.count(),
    }


@pytest.fixture
def seeded():
    output = io.StringIO()
    call_command("seed_demo", stdout=output)
    return output.getvalue()


def test_six_subsystems_with_at_least_four_live_procedures_each(seeded):
    home = Site.objects.get(is_default_site=True).root_page.specific
    assert isinstance(home, HomePage)
    subsystems = SubsystemPage.objects.child_of(home).live()
    assert subsystems.count() == 6
    for subsystem in subsystems:
        assert ProcedurePage.objects.child_of(subsystem).live().count() >= 4, subsystem.title
    assert ProcedurePage.objects.live().count() >= 24


def test_each_subsystem_offers_a_real_downloadable_template(seeded):
    for subsystem in SubsystemPage.objects.all():
        with_template = ProcedureDocument.objects.filter(
            page__in=ProcedurePage.objects.child_of(subsystem), template__isnull=False
        ).select_related("template")
        assert with_template.exists(), subsystem.title
        with with_template.first().template.file.open("rb") as handle:
            assert handle.read(4) in {b"PK\x03\x04", b"%PDF"}


def test_one_account_per_role_and_specialists_in_two_departments(seeded):
    for role in roles.ALL_ROLES:
        assert get_user_model().objects.filter(groups__role__code=role).exists(), role
    specialist_departments = StaffProfile.objects.filter(user__groups__role__code=roles.SPECIALIST).values_list(
        "department", flat=True
    )
    assert len(set(specialist_departments)) == 2 and None not in specialist_departments
    assert "motcua" in seeded and "chuyenvien2" in seeded


def test_second_run_is_idempotent_and_keeps_edits(seeded):
    before = snapshot()
    procedure = ProcedurePage.objects.order_by("pk").first()
    procedure.title = "Tên đã được biên tập viên sửa"
    procedure.save_revision().publish()
    output = io.StringIO()
    call_command("seed_demo", stdout=output)
    assert snapshot() == before
    assert "0 procedure page(s) created" in output.getvalue()
    procedure.refresh_from_db()
    assert procedure.title == "Tên đã được biên tập viên sửa"


def test_every_seeded_procedure_page_renders_its_requirements(seeded, client):
    for procedure in ProcedurePage.objects.live().select_related("agency"):
        response = client.get(procedure.url)
        html = response.content.decode()
        assert response.status_code == 200, procedure.url
        assert procedure.procedure_code in html
        assert procedure.agency.name in html
        for heading in ["Thành phần hồ sơ", "Trình tự thực hiện", "Căn cứ pháp lý", "Thời hạn giải quyết"]:
            assert heading in html, (procedure.url, heading)
        for document in procedure.documents.all():
            assert document.name.replace("'", "&#x27;").replace('"', "&quot;") in html
