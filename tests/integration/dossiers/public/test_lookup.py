"""The look-up page: code plus ID number or secret, by POST only; an unknown code and a wrong factor look the same;
the answer names no staff and shows no personal data beyond a masked ID number."""

import re

import pytest
from django.test import override_settings
from hypothesis import given
from hypothesis import strategies as st

from dossiers.accounts import roles
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.models import DossierEvent
from dossiers.workflow.engine import transition
from procedures.factories import ProcedurePageFactory, SubsystemPageFactory
from tests import strategies

pytestmark = pytest.mark.django_db

URL = "/tra-cuu/"
SECRET = "7KQ4M2XZ"


@pytest.fixture
def staff():
    return StaffUserFactory(username="tranthibich", first_name="Trần Thị", last_name="Bích", role=roles.COUNTER_STAFF)


@pytest.fixture
def dossier(home_page, staff):
    procedure = ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page), title="Đăng ký kết hôn")
    dossier = transition(DossierFactory(procedure=procedure, lookup_secret=SECRET), "receive", staff)
    DossierEvent.objects.filter(dossier=dossier, action="receive").update(
        note="Ghi chú nội bộ: hồ sơ của người quen", assignee=staff
    )
    return dossier


def look_up(client, code, *, id_number=None, secret=None):
    factor, value = ("id_number", id_number) if secret is None else ("secret", secret)
    return client.post(URL, {"code": code, "factor": factor, "value": value})


def without_csrf_token(html):
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


@pytest.mark.parametrize("hidden", ["\u200b", "\u202e", "\x1b"])
def test_a_code_or_number_with_hidden_characters_is_refused_beside_the_field(client, dossier, hidden):
    html = look_up(client, dossier.code + hidden, id_number="001 203 004 567").content.decode()
    assert "Có ký tự ẩn hoặc ký tự điều khiển không được phép" in html and f"Hồ sơ {dossier.code}" not in html
    response = look_up(client, dossier.code, id_number=f"001203{hidden}004567")
    assert response.status_code == 400 and "Có ký tự ẩn hoặc ký tự điều khiển" in response.content.decode()


def test_the_form_is_prefilled_from_the_qr_code_link(client, dossier):
    response = client.get(URL, {"ma": dossier.code})
    html = response.content.decode()
    assert response.status_code == 200
    assert f'value="{dossier.code}"' in html
    assert 'method="post"' in html and "<legend>Xác minh bằng" in html


def test_found_by_id_number_shows_status_times_and_timeline(client, dossier):
    response = look_up(client, dossier.code, id_number="001 203 004 567")
    html = response.content.decode()
    assert response.status_code == 200
    assert f"Hồ sơ {dossier.code}" in html
    assert "Đã tiếp nhận" in html and "Đăng ký kết hôn" in html and "Trong hạn" in html
    assert "001******567" in html
    assert "no-store" in response["Cache-Control"]
    timeline = re.search(r'<ol class="timeline">(.*?)</ol>', html, re.S).group(1)
    assert timeline.count("<li>") == 2
    assert "Đăng ký hồ sơ trực tuyến" in timeline and "Tiếp nhận" in timeline
    assert re.search(r'<time datetime="[^"]+\+07:00">', timeline)


def test_found_by_secret_typed_in_lower_case_with_spaces(client, dossier):
    response = look_up(client, dossier.code.lower(), secret="7kq4 m2xz")
    assert response.status_code == 200
    assert "Đã tiếp nhận" in response.content.decode()


def test_no_staff_name_internal_note_or_personal_data(client, dossier):
    html = look_up(client, dossier.code, secret=SECRET).content.decode()
    for private in ["Bích", "tranthibich", "Ghi chú nội bộ", "001203004567", "Nguyễn Văn An", "0912345678", "Lê Lợi"]:
        assert private not in html


def test_unknown_code_and_wrong_factor_get_the_same_answer(client, dossier):
    unknown = look_up(client, "000.00.06.H56-261122-9999", id_number="001203004568")
    wrong = look_up(client, dossier.code, id_number="001203004568")
    wrong_secret = look_up(client, dossier.code, secret="22222222")
    assert unknown.status_code == wrong.status_code == wrong_secret.status_code == 404
    unknown_html = without_csrf_token(unknown.content.decode()).replace("000.00.06.H56-261122-9999", "CODE")
    wrong_html = without_csrf_token(wrong.content.decode()).replace(dossier.code, "CODE")
    assert unknown_html == wrong_html
    assert "Không tìm thấy hồ sơ với thông tin đã nhập." in wrong_html
    assert "001203004568" not in wrong_html  # the factor is not echoed back


def test_missing_fields_are_reported_next_to_them(client, dossier):
    response = client.post(URL, {"code": dossier.code, "factor": "id_number", "value": ""})
    html = response.content.decode()
    assert response.status_code == 400
    assert 'id="id_value_error"' in html and 'aria-describedby="id_value_error"' in html


def test_the_second_factor_never_travels_in_a_get(client, dossier):
    response = client.get(URL, {"ma": dossier.code, "factor": "id_number", "value": "001203004567"})
    assert "Đã tiếp nhận" not in response.content.decode()


def test_an_open_supplement_request_is_listed(client, dossier, staff):
    transition(dossier, "request_supplement", staff, items="Bản sao hộ chiếu", reason="Hết hạn", contact="Chị Bích")
    html = look_up(client, dossier.code, secret=SECRET).content.decode()
    assert "Yêu cầu bổ sung hồ sơ" in html and "Bản sao hộ chiếu" in html and "Hết hạn" in html
    assert "Chị Bích" not in html


@override_settings(RATELIMITS={"lookup": "2/minute"})
def test_look_ups_are_rate_limited_per_client(client, dossier):
    for _attempt in range(2):
        assert look_up(client, dossier.code, secret="WRONG").status_code == 404
    response = look_up(client, dossier.code, secret=SECRET)
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert "quá nhiều yêu cầu" in response.content.decode()
    other_client = client.post(URL, {}, REMOTE_ADDR="203.0.113.9")
    assert other_client.status_code == 400


def test_the_timeline_costs_one_query_however_long(client, dossier, staff, django_assert_max_num_queries):
    """The look-up is the busiest public answer: its queries must not grow with the dossier's history."""
    for _ in range(6):
        DossierEvent.objects.create(dossier=dossier, action="receive", to_status=2, actor=staff)
    look_up(client, dossier.code, secret=SECRET)  # the site's settings row is created on the first page
    with django_assert_max_num_queries(6):
        assert look_up(client, dossier.code, secret=SECRET).status_code == 200


@override_settings(RATELIMITS={"lookup": "100000/minute"})
@strategies.fuzzing(100)
@given(data=st.data())
def test_fuzz_any_look_up_is_answered_below_500(client, dossier, data):
    """Genuine look-ups (by ID number and by secret) with fields spoiled, left out or repeated, and any query string
    on the page's GET; only a genuine pair finds the dossier."""
    genuine = st.sampled_from(
        [
            {"code": dossier.code, "factor": "id_number", "value": "001203004567"},
            {"code": dossier.code, "factor": "secret", "value": SECRET},
        ]
    )
    body = data.draw(strategies.form_data(genuine), label="body")
    assert client.post(URL, body).status_code in {200, 400, 404}
    query = data.draw(strategies.query_string(["ma"], values=[dossier.code]), label="query")
    assert client.get(URL, QUERY_STRING=query).status_code == 200
