"""Signed links: one dossier, one purpose, 30 days; expired (410) and tampered (404) links say which. Behind them the
applicant supplements (the clock resumes), withdraws, and rates a returned dossier once."""

import time
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from hypothesis import given
from hypothesis import strategies as st

from dossiers.accounts import roles
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.models import Attachment, Dossier, Rating, Status
from dossiers.public.links import LinkExpired, LinkInvalid, dossier_from_token, make_token, signed_path, signed_url
from dossiers.public.rating import RatingRefused, rate
from dossiers.workflow.engine import transition
from procedures.factories import ProcedurePageFactory, SubsystemPageFactory
from tests import strategies

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_storage")]

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture
def counter():
    return StaffUserFactory(role=roles.COUNTER_STAFF)


@pytest.fixture
def dossier(home_page, counter):
    procedure = ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page), title="Đăng ký kết hôn")
    return transition(DossierFactory(procedure=procedure), "receive", counter)


@pytest.fixture
def awaiting_supplement(dossier, counter):
    return transition(
        dossier, "request_supplement", counter, items="Bản sao hộ chiếu", reason="Hộ chiếu hết hạn", contact="Chị Hoa"
    )


def returned(dossier):
    """No workflow step returns results yet; the status is set directly for the rating tests."""
    Dossier.objects.filter(pk=dossier.pk).update(status=Status.RETURNED)
    return Dossier.objects.get(pk=dossier.pk)


def test_a_link_opens_its_dossier_for_its_purpose(dossier, settings):
    url = signed_url(dossier, "supplement")
    assert url.startswith(settings.PUBLIC_BASE_URL + "/ho-so/bo-sung/")
    assert dossier_from_token(make_token(dossier, "supplement"), "supplement") == dossier


def signing_clock_at(monkeypatch, seconds):
    """Django's signer reads ``time.time()``; only its view of the clock moves."""
    monkeypatch.setattr(signing, "time", SimpleNamespace(time=lambda: seconds))


def test_an_expired_link_says_so(client, dossier, monkeypatch):
    with monkeypatch.context() as past:
        signing_clock_at(past, time.time() - timedelta(days=31).total_seconds())
        path = signed_path(dossier, "withdraw")
    response = client.get(path)
    assert response.status_code == 410
    assert "Đường dẫn đã hết hạn" in response.content.decode()


@override_settings(SIGNED_LINK_MAX_AGE=60)
def test_the_maximum_age_comes_from_settings(dossier, monkeypatch):
    token = make_token(dossier, "rate")
    signing_clock_at(monkeypatch, time.time() + 61)
    with pytest.raises(LinkExpired):
        dossier_from_token(token, "rate")


def test_a_tampered_link_is_not_valid(client, dossier):
    token = make_token(dossier, "supplement")
    flipped = token[:5] + ("A" if token[5] != "A" else "B") + token[6:]
    for bad in (flipped, token + "x", "abc", token.split(":")[0]):
        response = client.get(f"/ho-so/bo-sung/{bad}/")
        assert response.status_code == 404
        assert "Đường dẫn không hợp lệ" in response.content.decode()


def test_a_link_for_one_purpose_does_not_open_another(client, dossier):
    token = make_token(dossier, "withdraw")
    with pytest.raises(LinkInvalid):
        dossier_from_token(token, "supplement")
    assert client.get(f"/ho-so/danh-gia/{token}/").status_code == 404


def test_a_token_binds_pk_and_code_so_it_opens_no_other_dossier(dossier):
    other = DossierFactory(procedure=dossier.procedure)
    forged = signing.TimestampSigner(salt="dossiers.public.links.supplement").sign_object([other.pk, dossier.code])
    with pytest.raises(LinkInvalid):
        dossier_from_token(forged, "supplement")
    assert dossier_from_token(make_token(other, "supplement"), "supplement") == other


def test_supplement_page_lists_the_request(client, awaiting_supplement):
    html = client.get(signed_path(awaiting_supplement, "supplement")).content.decode()
    assert "Bản sao hộ chiếu" in html and "Hộ chiếu hết hạn" in html and "Chị Hoa" in html
    assert 'enctype="multipart/form-data"' in html and 'type="file"' in html


def test_supplement_upload_resumes_the_clock(client, awaiting_supplement, private_storage):
    path = signed_path(awaiting_supplement, "supplement")
    upload = SimpleUploadedFile("ho-chieu.pdf", PDF, content_type="application/pdf")
    response = client.post(path, {"files": [upload], "note": "Đã gửi bản sao hộ chiếu mới"})
    assert response.status_code == 302 and response["Location"] == path
    dossier = Dossier.objects.get(pk=awaiting_supplement.pk)
    assert dossier.status == Status.RECEIVED
    assert dossier.due_at >= awaiting_supplement.due_at
    request = dossier.supplement_requests.get()
    assert request.resolved_at is not None and request.applicant_note == "Đã gửi bản sao hộ chiếu mới"
    attachment = dossier.attachments.get()
    assert (attachment.source, attachment.original_name) == (Attachment.Source.SUPPLEMENT, "ho-chieu.pdf")
    assert (private_storage / attachment.file.name).read_bytes() == PDF
    html = client.get(path).content.decode()
    assert "Đã nhận hồ sơ bổ sung" in html and "không có yêu cầu bổ sung nào đang chờ" in html


def test_a_file_that_is_not_what_it_claims_is_refused(client, awaiting_supplement):
    upload = SimpleUploadedFile("ho-chieu.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    response = client.post(signed_path(awaiting_supplement, "supplement"), {"files": [upload]})
    assert response.status_code == 400
    assert "không đúng định dạng" in response.content.decode()
    assert Dossier.objects.get(pk=awaiting_supplement.pk).status == Status.SUPPLEMENT_REQUESTED


def test_a_supplement_over_the_total_size_is_refused(client, awaiting_supplement, private_storage, monkeypatch):
    monkeypatch.setattr("dossiers.public.forms.SUPPLEMENT_MAX_MB_TOTAL", 1)
    half = PDF + b"%" * (600 * 1024)  # each file within the per-file limit, the two together over 1 MB
    uploads = [SimpleUploadedFile(f"trang-{n}.pdf", half, content_type="application/pdf") for n in (1, 2)]
    response = client.post(signed_path(awaiting_supplement, "supplement"), {"files": uploads})
    assert response.status_code == 400
    assert "Tổng dung lượng các tệp đính kèm vượt quá 1 MB" in response.content.decode()
    assert not awaiting_supplement.attachments.exists()
    assert not any(path.is_file() for path in private_storage.rglob("*"))


def test_an_empty_supplement_is_refused(client, awaiting_supplement):
    response = client.post(signed_path(awaiting_supplement, "supplement"), {"note": ""})
    assert response.status_code == 400
    assert "ít nhất một tệp hoặc ghi chú" in response.content.decode()


def test_a_supplement_when_none_is_requested_is_refused_with_a_message(client, dossier):
    path = signed_path(dossier, "supplement")
    response = client.post(path, {"note": "Bổ sung thêm"}, follow=True)
    assert response.redirect_chain == [(path, 302)]
    assert "Không thể “Bổ sung hồ sơ”" in response.content.decode()
    assert Dossier.objects.get(pk=dossier.pk).status == Status.RECEIVED


def test_withdraw_after_confirmation(client, dossier):
    path = signed_path(dossier, "withdraw")
    assert client.post(path, {"reason": "Nộp nhầm thủ tục"}).status_code == 400  # not confirmed
    response = client.post(path, {"reason": "Nộp nhầm thủ tục", "confirm": "on"}, follow=True)
    assert response.redirect_chain == [(path, 302)]
    dossier = Dossier.objects.get(pk=dossier.pk)
    assert dossier.status == Status.WITHDRAWN
    assert dossier.events.get(action="withdraw").public_note == "Nộp nhầm thủ tục"
    html = response.content.decode()
    assert "Hồ sơ đã được rút" in html and "không thể rút trực tuyến" in html


def test_a_second_withdrawal_is_refused_with_a_message(client, dossier):
    path = signed_path(dossier, "withdraw")
    client.post(path, {"confirm": "on"})
    response = client.post(path, {"confirm": "on"}, follow=True)
    assert "Không thể “Rút hồ sơ”" in response.content.decode()


def test_rating_once_after_the_result_is_returned(client, dossier):
    dossier = returned(dossier)
    path = signed_path(dossier, "rate")
    assert 'type="radio"' in client.get(path).content.decode()
    response = client.post(path, {"score": "3", "comment": "Nhanh, chu đáo"}, follow=True)
    assert "Cảm ơn Ông/Bà đã đánh giá" in response.content.decode()
    assert (dossier.rating.score, dossier.rating.comment) == (Rating.Score.VERY_SATISFIED, "Nhanh, chu đáo")
    second = client.post(path, {"score": "1"}, follow=True)
    assert "Ông/Bà đã đánh giá hồ sơ này" in second.content.decode()
    assert Rating.objects.get().score == Rating.Score.VERY_SATISFIED


def test_rating_is_refused_before_the_result_is_returned(client, dossier):
    path = signed_path(dossier, "rate")
    assert 'type="radio"' not in client.get(path).content.decode()
    response = client.post(path, {"score": "2"}, follow=True)
    assert "Chỉ có thể đánh giá sau khi" in response.content.decode()
    assert not Rating.objects.exists()


def test_an_unknown_score_is_a_400_not_a_500(client, dossier):
    response = client.post(signed_path(returned(dossier), "rate"), {"score": "7"})
    assert response.status_code == 400


def test_a_concurrent_second_rating_loses_cleanly(dossier):
    dossier = returned(dossier)
    Rating.objects.create(dossier=dossier, score=Rating.Score.SATISFIED)  # the other request won the race
    with pytest.raises(RatingRefused) as refused:
        rate(dossier, Rating.Score.NOT_SATISFIED)
    assert refused.value.code == "already_rated"


@override_settings(RATELIMITS={"signed_link": "2/minute"})
def test_signed_link_pages_are_rate_limited(client, dossier):
    path = signed_path(dossier, "withdraw")
    assert [client.get(path).status_code for _ in range(2)] == [200, 200]
    response = client.get(path)
    assert response.status_code == 429 and "Retry-After" in response


@override_settings(RATELIMITS={"signed_link": "100000/minute"})
@strategies.fuzzing(100)
@given(page=st.sampled_from(["bo-sung", "rut", "danh-gia"]), token=strategies.path_segment, post=st.booleans())
def test_fuzz_a_made_up_token_opens_nothing(client, dossier, page, token, post):
    path = f"/ho-so/{page}/{token}/"
    response = client.post(path, {"note": "x", "confirm": "on", "score": "5"}) if post else client.get(path)
    assert response.status_code == 404
    assert Dossier.objects.get(pk=dossier.pk).status == Status.RECEIVED


GENUINE_POSTS = {
    "supplement": strategies.genuine_uploads(PDF, ".pdf").map(lambda upload: {"files": upload, "note": "Bản sao"}),
    "withdraw": st.just({"reason": "Nộp nhầm thủ tục", "confirm": "on"}),
    "rate": st.just({"score": "3", "comment": "Cán bộ nhiệt tình"}),
}


def fresh(dossier, counter, purpose):
    """A new dossier in the state the link is for (asked to supplement, open, returned), so every example may be
    accepted, not only the first."""
    new = transition(DossierFactory(procedure=dossier.procedure), "receive", counter)
    if purpose == "supplement":
        return transition(new, "request_supplement", counter, items="Bản sao hộ chiếu", reason="Hộ chiếu hết hạn")
    return returned(new) if purpose == "rate" else new


@pytest.mark.parametrize("purpose", GENUINE_POSTS)
@override_settings(RATELIMITS={"signed_link": "100000/minute"})
@strategies.fuzzing(60)
@given(data=st.data())
def test_fuzz_a_genuine_link_answers_any_post_below_500(client, dossier, counter, unowned_files, purpose, data):
    """Genuine answers with fields spoiled, left out or repeated: a refusal changes nothing and stores no file."""
    target = fresh(dossier, counter, purpose)
    response = client.post(signed_path(target, purpose), data.draw(strategies.form_data(GENUINE_POSTS[purpose])))
    assert response.status_code in {302, 400}
    changed = (
        Dossier.objects.get(pk=target.pk).version != target.version or Rating.objects.filter(dossier=target).exists()
    )
    assert changed if response.status_code == 302 else not (changed or target.attachments.exists())
    assert not unowned_files()
