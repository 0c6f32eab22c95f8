"""Each public page type renders what a citizen needs, in Vietnamese first and in English on request."""

import pytest
from wagtail.documents import get_document_model

from cms.factories import StandardPageFactory
from procedures.factories import (
    AgencyFactory,
    OnlineFormPageFactory,
    ProcedureDocumentFactory,
    ProcedurePageFactory,
    SubsystemPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def procedure(home_page):
    subsystem = SubsystemPageFactory(parent=home_page, title="Hộ tịch", slug="ho-tich")
    agency = AgencyFactory(name="Sở Tư pháp tỉnh", code="000.00.02.H56")
    page = ProcedurePageFactory(
        parent=subsystem,
        title="Đăng ký khai sinh có yếu tố nước ngoài",
        slug="khai-sinh",
        procedure_code="1.001193",
        agency=agency,
        processing_time=3,
        fee_amount=1500000,
        fee_note="Miễn lệ phí cho trẻ em thuộc hộ nghèo",
        submission_place="Bộ phận Một cửa Sở Tư pháp",
    )
    template = get_document_model().objects.create(title="Tờ khai khai sinh", file="documents/to-khai.docx")
    ProcedureDocumentFactory(page=page, name="Tờ khai đăng ký khai sinh", originals=1, template=template)
    ProcedureDocumentFactory(page=page, name="Giấy chứng sinh", originals=1, photocopies=2, sort_order=1)
    return page


def test_home_page_lists_subsystems_with_counts(client, home_page, procedure):
    SubsystemPageFactory(parent=home_page, title="Đầu tư", slug="dau-tu")
    ProcedurePageFactory(parent=procedure.get_parent(), title="Cải chính hộ tịch")
    draft = ProcedurePageFactory(parent=procedure.get_parent(), title="Thủ tục chưa công bố")
    draft.unpublish()
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="vi">' in html
    assert "Hộ tịch" in html and "Đầu tư" in html
    assert "2 thủ tục" in html and "0 thủ tục" in html


def test_procedure_page_answers_what_cost_and_how_long(client, procedure):
    html = client.get(procedure.url).content.decode()
    assert "1.001193" in html
    assert "1.500.000 đồng" in html
    assert "3 ngày làm việc" in html
    assert "Miễn lệ phí cho trẻ em thuộc hộ nghèo" in html
    assert "Tờ khai đăng ký khai sinh" in html and "Giấy chứng sinh" in html
    assert "Tải mẫu" in html and "to-khai.docx" in html
    assert "Sở Tư pháp tỉnh" in html and "Bộ phận Một cửa Sở Tư pháp" in html
    assert "Luật Hộ tịch" in html
    assert 'aria-current="page">Đăng ký khai sinh có yếu tố nước ngoài' in html


def test_free_procedure_in_calendar_days(client, procedure):
    procedure.fee_amount = 0
    procedure.processing_time = 15
    procedure.processing_time_unit = "calendar_days"
    procedure.save_revision().publish()
    html = client.get(procedure.url).content.decode()
    assert "Không thu phí" in html
    assert "15 ngày" in html and "15 ngày làm việc" not in html


def test_subsystem_page_lists_its_procedures(client, procedure):
    html = client.get(procedure.get_parent().url).content.decode()
    assert "Đăng ký khai sinh có yếu tố nước ngoài" in html
    assert "1 thủ tục" in html


def test_agency_pages(client, procedure):
    listing = client.get("/co-quan/").content.decode()
    assert "Sở Tư pháp tỉnh" in listing
    detail = client.get(procedure.agency.get_absolute_url()).content.decode()
    assert "000.00.02.H56" in detail and "Đăng ký khai sinh có yếu tố nước ngoài" in detail


def test_unknown_agency_is_404(client, home_page):
    assert client.get("/co-quan/999999/").status_code == 404


def test_standard_page(client, home_page):
    page = StandardPageFactory(parent=home_page, slug="huong-dan")
    html = client.get(page.url).content.decode()
    assert "Hướng dẫn nộp hồ sơ" in html and "Chuẩn bị hồ sơ" in html


def test_english_interface_on_request(client, procedure):
    response = client.post("/i18n/setlang/", {"language": "en", "next": procedure.url})
    assert response.status_code == 302
    html = client.get(procedure.url).content.decode()
    assert '<html lang="en">' in html
    assert "Processing time" in html and "1,500,000 VND" in html
    assert "3 working days" in html


def test_every_page_has_landmarks_and_skip_link(client, procedure):
    for url in ["/", procedure.url, procedure.get_parent().url, "/co-quan/", "/search/"]:
        html = client.get(url).content.decode()
        for marker in ['href="#main"', "<header", "<nav", '<main id="main"', "<footer", 'name="language"']:
            assert marker in html, (url, marker)


def test_browser_language_does_not_override_vietnamese(client, home_page):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="vi">' in html and "Tìm thủ tục hành chính" in html


def test_procedure_page_query_budget(client, procedure, settings, django_assert_max_num_queries):
    """Routing by ``url_path`` and one fetch each of ancestors and documents: no query per level or per row."""
    settings.PAGE_CACHE_SECONDS = 0
    client.get(procedure.url)  # the site's settings row is created on the first view
    with django_assert_max_num_queries(11):
        assert client.get(procedure.url).status_code == 200


def test_a_form_pages_own_sub_path_is_routed_without_walking_the_tree(client, procedure, django_assert_max_num_queries):
    """``kiem-tra/`` is no page's ``url_path``: the deepest page that begins the path (the form) routes the rest, in
    the one routing query, instead of Wagtail's two queries per level."""
    form = OnlineFormPageFactory(parent=procedure)
    client.get(form.url)  # the site's settings row is created on the first view
    with django_assert_max_num_queries(7):
        answer = client.get(form.url + "kiem-tra/")  # no draft yet: back to the form
    assert answer.status_code == 302 and answer["Location"] == form.url
    assert client.get(form.url + "kiem-tra/khong-co/").status_code == 404
    form.unpublish()
    assert client.get(form.url + "kiem-tra/").status_code == 404


def test_draft_and_unknown_paths_are_404(client, procedure):
    ProcedurePageFactory(parent=procedure.get_parent(), slug="ban-nhap", live=False)
    assert client.get(f"{procedure.get_parent().url}ban-nhap/").status_code == 404
    assert client.get(procedure.url + "khong-co/").status_code == 404
