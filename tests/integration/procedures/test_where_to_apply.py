"""Every list of procedures says where each is applied for: here (a link to its form), on the national portal (a
link to its page there) or not online; the home page counts those applied for here."""

import pytest

from procedures.factories import AgencyFactory, OnlineFormPageFactory, ProcedurePageFactory, SubsystemPageFactory
from procedures.models import ProcedurePage

pytestmark = pytest.mark.django_db

HERE = "Nộp trực tuyến tại đây"
NATIONAL = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc="


@pytest.fixture
def catalogue(home_page):
    """One procedure of each kind, under one subsystem and one agency."""
    subsystem = SubsystemPageFactory(parent=home_page, title="Hộ tịch", slug="ho-tich")
    agency = AgencyFactory(name="Sở Tư pháp tỉnh")
    with_form = ProcedurePageFactory(parent=subsystem, slug="a", agency=agency, online_level="partial")
    form = OnlineFormPageFactory(parent=with_form)
    elsewhere = ProcedurePageFactory(
        parent=subsystem, slug="b", agency=agency, online_level="full", procedure_code="1.004102"
    )
    information = ProcedurePageFactory(parent=subsystem, slug="c", agency=agency, online_level="partial")
    OnlineFormPageFactory(parent=information)
    # No longer offered online: the level decides, the form left behind is not offered.
    ProcedurePage.objects.filter(pk=information.pk).update(online_level="information")
    return {"subsystem": subsystem, "agency": agency, "form": form, "elsewhere": elsewhere}


def card_of(html, title):
    start = html.index(f">{title}</a>")
    return html[start : html.index("</article>", start)]


@pytest.mark.parametrize("list_page", ["subsystem", "agency"])
def test_each_list_marks_where_each_procedure_is_applied_for(client, catalogue, list_page):
    url = catalogue["subsystem"].url if list_page == "subsystem" else catalogue["agency"].get_absolute_url()
    html = client.get(url).content.decode()
    with_form, elsewhere, information = (page.specific for page in catalogue["subsystem"].get_children())

    card = card_of(html, with_form.title)
    assert HERE in card and f'href="{catalogue["form"].url}"' in card and NATIONAL not in card

    card = card_of(html, elsewhere.title)
    assert f'href="{NATIONAL}1.004102"' in card and HERE not in card

    card = card_of(html, information.title)
    assert "Cung cấp thông tin" in card and HERE not in card and NATIONAL not in card


def test_an_online_procedure_without_a_form_says_where_to_apply(client, catalogue):
    html = client.get(catalogue["elsewhere"].url).content.decode()
    assert f'href="{NATIONAL}1.004102"' in html
    assert "Cổng Dịch vụ công quốc gia" in html
    assert "Nộp hồ sơ trực tuyến" not in html


def test_a_procedure_with_a_form_offers_it(client, catalogue):
    html = client.get(catalogue["form"].get_parent().url).content.decode()
    assert f'<a class="button no-print" href="{catalogue["form"].url}">Nộp hồ sơ trực tuyến</a>' in html
    assert NATIONAL not in html


def test_home_page_counts_procedures_applied_for_here(client, catalogue):
    html = client.get("/").content.decode()
    assert "3 thủ tục" in html
    assert "1 thủ tục nộp trực tuyến tại đây" in html
