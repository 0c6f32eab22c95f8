"""``POST /api/v1/dossiers/lookup``: the same answer as the page, as JSON; 404 alike for unknown code and wrong
factor; 422 for a body that is not one code plus exactly one factor; 429 past the limit; all in the OpenAPI schema."""

import json

import pytest
from django.test import Client, override_settings

from dossiers.accounts import roles
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.models import DossierEvent
from dossiers.workflow.engine import transition
from procedures.factories import ProcedurePageFactory, SubsystemPageFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/dossiers/lookup"
SECRET = "7KQ4M2XZ"


@pytest.fixture
def dossier(home_page):
    staff = StaffUserFactory(username="tranthibich", first_name="Trần Thị", last_name="Bích", role=roles.COUNTER_STAFF)
    procedure = ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page), title="Đăng ký kết hôn")
    dossier = transition(DossierFactory(procedure=procedure, lookup_secret=SECRET), "receive", staff)
    DossierEvent.objects.filter(dossier=dossier, action="receive").update(note="Ghi chú nội bộ", assignee=staff)
    return dossier


def post(client, body, **extra):
    return client.post(URL, json.dumps(body), content_type="application/json", **extra)


def test_found_by_id_number(client, dossier):
    response = post(client, {"code": dossier.code, "id_number": "001203004567"})
    assert response.status_code == 200
    body = response.json()
    assert body["code"] == dossier.code
    assert body["status"] == {"code": 2, "label": "Đã tiếp nhận"}
    assert body["procedure"]["title"] == "Đăng ký kết hôn" and body["procedure"]["url"].endswith("/")
    assert body["id_number_masked"] == "001******567"
    assert body["timeliness"] == {"code": "within_time", "label": "Trong hạn"}
    assert body["received_at"].endswith("+07:00") and body["due_at"].endswith("+07:00")
    assert body["returned_at"] is None and body["supplement_request"] is None
    assert [step["step"] for step in body["timeline"]] == ["Đăng ký hồ sơ trực tuyến", "Tiếp nhận"]
    assert set(body["timeline"][1]) == {"time", "step", "status", "public_note"}


def test_found_by_secret(client, dossier):
    response = post(client, {"code": dossier.code, "secret": SECRET.lower()})
    assert response.status_code == 200 and response.json()["code"] == dossier.code


def test_no_staff_name_internal_note_or_personal_data(client, dossier):
    body = post(client, {"code": dossier.code, "secret": SECRET}).json()
    text = json.dumps(body, ensure_ascii=False)
    assert "Tiếp nhận" in text
    for private in ["Bích", "tranthibich", "Ghi chú nội bộ", "001203004567", "Nguyễn", "0912345678", "Lê Lợi"]:
        assert private not in text
    assert not {"actor", "assignee", "note"} & {key for step in body["timeline"] for key in step}


def test_unknown_code_and_wrong_factor_are_the_same_404(client, dossier):
    unknown = post(client, {"code": "000.00.06.H56-261122-9999", "id_number": "001203004567"})
    wrong_id = post(client, {"code": dossier.code, "id_number": "001203004568"})
    wrong_secret = post(client, {"code": dossier.code, "secret": "22222222"})
    assert unknown.status_code == wrong_id.status_code == wrong_secret.status_code == 404
    assert unknown.content == wrong_id.content == wrong_secret.content
    assert unknown.json() == {"detail": "Không tìm thấy hồ sơ với thông tin đã nhập."}


@pytest.mark.parametrize(
    "body",
    [
        {"code": "X"},
        {"code": "X", "id_number": "001203004567", "secret": SECRET},
        {"id_number": "001203004567"},
        {"code": "", "secret": SECRET},
        {"code": "X", "secret": SECRET, "name": "Nguyễn Văn An"},
        {"code": "X", "secret": "A" * 33},
        {"code": "X\x00", "secret": SECRET},
        {"code": "X", "id_number": "001203004567\x00"},
    ],
)
def test_a_body_that_is_not_a_code_and_one_factor_is_422(client, db, body):
    response = post(client, body)
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], list)


def test_public_json_endpoint_needs_no_csrf_token(dossier):
    response = post(Client(enforce_csrf_checks=True), {"code": dossier.code, "secret": SECRET})
    assert response.status_code == 200


@override_settings(RATELIMITS={"lookup": "2/minute"})
def test_look_ups_are_rate_limited(client, dossier):
    for _attempt in range(2):
        assert post(client, {"code": dossier.code, "secret": "WRONG"}).status_code == 404
    response = post(client, {"code": dossier.code, "secret": SECRET})
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert "quá nhiều yêu cầu" in response.json()["detail"]


def test_openapi_schema_documents_every_answer(client, db):
    schema = client.get("/api/v1/openapi.json").json()
    operation = schema["paths"]["/api/v1/dossiers/lookup"]["post"]
    assert set(operation["responses"]) == {"200", "400", "404", "422", "429"}
    assert {"LookupIn", "DossierStatusOut", "TimelineStepOut"} <= set(schema["components"]["schemas"])
    assert schema["info"]["version"] == "1"
