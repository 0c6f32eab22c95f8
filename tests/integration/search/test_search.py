"""Catalogue search: accent-insensitive on SQLite and PostgreSQL alike, no dropped short words, filters, pages."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from procedures.factories import ProcedurePageFactory, SubsystemPageFactory
from search.views import RESULTS_PER_PAGE, search_procedures
from tests import strategies

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(home_page):
    civil = SubsystemPageFactory(parent=home_page, title="Hộ tịch", slug="ho-tich")
    land = SubsystemPageFactory(parent=home_page, title="Đất đai", slug="dat-dai")
    pages = {
        "marriage": ProcedurePageFactory(
            parent=civil, title="Đăng ký kết hôn có yếu tố nước ngoài", online_level="full", result="Giấy chứng nhận"
        ),
        "birth": ProcedurePageFactory(parent=civil, title="Đăng ký khai sinh có yếu tố nước ngoài"),
        "land": ProcedurePageFactory(
            parent=land, title="Giao đất, cho thuê đất cho tổ chức", online_level="information", result="Quyết định"
        ),
        "card": ProcedurePageFactory(parent=civil, title="Cấp thẻ an ninh hàng không", result="Thẻ"),
    }
    return {"civil_subsystem": civil, "land_subsystem": land, **pages}


def titles(results):
    return {page.title for page in results}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ket hon", "marriage"),
        ("Kết hôn", "marriage"),
        ("KET HON", "marriage"),
        ("dang ky khai sinh", "birth"),
        ("dat", "land"),
        ("giao đất cho thuê", "land"),
        ("the an ninh", "card"),
    ],
)
def test_accent_insensitive_and_short_words(catalogue, query, expected):
    assert catalogue[expected].title in titles(search_procedures(query))


def test_all_words_must_match(catalogue):
    assert titles(search_procedures("ket hon khai sinh")) == set()
    assert titles(search_procedures("yeu to nuoc ngoai")) == {catalogue["marriage"].title, catalogue["birth"].title}


def test_filters_by_subsystem_and_online_level(catalogue):
    assert titles(search_procedures("", subsystem=catalogue["land_subsystem"])) == {catalogue["land"].title}
    assert titles(search_procedures("dang ky", level="full")) == {catalogue["marriage"].title}
    assert titles(search_procedures("dat", subsystem=catalogue["civil_subsystem"])) == set()


def test_unpublished_procedures_are_not_found(catalogue):
    catalogue["marriage"].unpublish()
    assert catalogue["marriage"].title not in titles(search_procedures("ket hon"))


def test_search_page_paginates(client, catalogue):
    for number in range(RESULTS_PER_PAGE + 2):
        ProcedurePageFactory(parent=catalogue["civil_subsystem"], title=f"Cải chính hộ tịch mẫu {number}")
    first = client.get("/search/", {"q": "cai chinh"}).content.decode()
    second = client.get("/search/", {"q": "cai chinh", "page": 2}).content.decode()
    assert f"Tìm thấy {RESULTS_PER_PAGE + 2} thủ tục" in first
    assert first.count('class="procedure-card"') == RESULTS_PER_PAGE
    assert second.count('class="procedure-card"') == 2
    assert "q=cai+chinh&amp;page=2" in first


def test_search_page_bad_filter_is_a_clear_400(client, catalogue):
    response = client.get("/search/", {"q": "ket hon", "subsystem": "not-a-number"})
    assert response.status_code == 400
    assert "Hãy chọn một lựa chọn hợp lệ" in response.content.decode()


def test_search_page_empty_state(client, catalogue):
    html = client.get("/search/", {"q": "khong co thu tuc nao nhu vay"}).content.decode()
    assert "Không tìm thấy thủ tục phù hợp" in html


@strategies.fuzzing(150)
@given(data=st.data())
def test_fuzz_any_query_string_is_answered_below_500(client, catalogue, data):
    """Hostile values mixed with filters that pass (a real subsystem, a level, a page), so every path is reached."""
    known = [str(catalogue["civil_subsystem"].pk), "full", "partial", "information", "2", "ket hon"]
    query = data.draw(strategies.query_string(["q", "subsystem", "level", "page"], values=known))
    assert client.get("/search/", QUERY_STRING=query).status_code in {200, 400}
