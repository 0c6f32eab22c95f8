"""The way from an online form to a dossier: valid files kept across a refused POST, the answers checked before
submitting (one dossier however often "Nộp hồ sơ" is pressed), a form saved and resumed from an emailed link, the
abandoned drafts removed, and an over-limit upload refused before its body is read."""

import datetime
import hashlib
import re
from urllib.parse import urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from dossiers.models import Dossier
from procedures.factories import OnlineFormPageFactory, ProcedurePageFactory, SubsystemPageFactory, add_form_field
from procedures.models import FormDraft, HeldFile
from procedures.online_forms.drafts import links
from procedures.tasks import remove_expired_drafts
from tests.online_forms import post_and_confirm
from tests.samples import APPLICANT, PDF

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_storage")]

SLOT = "tep_to_khai"


@pytest.fixture
def form_page(home_page):
    subsystem = SubsystemPageFactory(parent=home_page, slug="ho-tich")
    procedure = ProcedurePageFactory(parent=subsystem, title="Đăng ký kết hôn", slug="ket-hon")
    page = OnlineFormPageFactory(parent=procedure, max_upload_mb_total=1)
    add_form_field(page, "Họ và tên bên nữ")
    add_form_field(page, "Tờ khai", "file", allowed_file_types="pdf")
    return page


@pytest.fixture
def held_dir(private_storage):
    return private_storage.parent / "held"


def held_paths(held_dir):
    return sorted(path for path in held_dir.rglob("*") if path.is_file()) if held_dir.exists() else []


def pdf(name="to-khai.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def answers(**changes):
    return {**APPLICANT, "ho_va_ten_ben_nu": "Trần Thị Lan", "action": "check", **changes}


def test_an_invalid_post_keeps_the_valid_file_and_the_next_post_needs_it_no_more(client, form_page, held_dir):
    refused = client.post(form_page.url, answers(ho_va_ten_ben_nu="", **{SLOT: [pdf()]}))
    html = refused.content.decode()
    assert refused.status_code == 400
    assert "Đã giữ lại: to-khai.pdf (" in html and 'name="bo_tep_giu_lai"' in html
    assert "không được giữ lại" not in html
    [held] = HeldFile.objects.all()
    assert held.field_name == SLOT and held.size == len(PDF) and held.content_type == "application/pdf"
    assert held_paths(held_dir) == [held_dir / held.file.name] and held.file.name.startswith("held/")
    assert not Dossier.objects.exists()

    checked = client.post(form_page.url, answers())
    assert checked.status_code == 302 and checked["Location"] == form_page.url + "kiem-tra/"
    assert not Dossier.objects.exists()

    submitted = client.post(checked["Location"])
    assert submitted.status_code == 302 and submitted["Location"] == form_page.url + "xac-nhan/"
    [attachment] = Dossier.objects.get().attachments.all()
    assert attachment.field_name == SLOT and attachment.file.read() == PDF


def test_a_bad_file_is_not_held(client, form_page, held_dir):
    disguised = pdf("to-khai.pdf", b"MZ\x90\x00" + b"\x00" * 200)
    response = client.post(form_page.url, answers(**{SLOT: [disguised]}))
    assert response.status_code == 400
    assert "không đúng định dạng cho phép (PDF)" in response.content.decode()
    assert not HeldFile.objects.exists() and held_paths(held_dir) == []


def test_a_held_file_ticked_for_removal_is_gone_and_the_slot_is_required_again(
    client, form_page, held_dir, django_capture_on_commit_callbacks
):
    client.post(form_page.url, answers(ho_va_ten_ben_nu="", **{SLOT: [pdf()]}))
    held = HeldFile.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(form_page.url, answers(bo_tep_giu_lai=str(held.pk)))
    assert response.status_code == 400 and "Đính kèm tờ khai." in response.content.decode()
    assert not HeldFile.objects.exists() and held_paths(held_dir) == []


def test_held_files_count_toward_the_total_size(client, form_page):
    half = PDF + b"\x00" * (600 * 1024)
    client.post(form_page.url, answers(ho_va_ten_ben_nu="", **{SLOT: [pdf("a.pdf", half)]}))
    response = client.post(form_page.url, answers(**{SLOT: [pdf("b.pdf", half)]}))
    assert response.status_code == 400
    assert "Tổng dung lượng các tệp đính kèm vượt quá 1 MB." in response.content.decode()


def test_check_answers_shows_each_answer_and_file_and_submitting_twice_makes_one_dossier(
    client, form_page, held_dir, django_capture_on_commit_callbacks
):
    checked = client.post(form_page.url, answers(**{SLOT: [pdf()]}))
    page = client.get(checked["Location"])
    html = page.content.decode()
    assert page.status_code == 200 and "Kiểm tra lại thông tin trước khi nộp" in html
    assert "Trần Thị Lan" in html and "Nguyễn Thị Hoa" in html and "17/05/1990" in html
    assert "to-khai.pdf" in html and f'href="{form_page.url}"' in html and "Sửa" in html

    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(checked["Location"])
    second = client.post(checked["Location"])
    assert first.status_code == second.status_code == 302
    assert second["Location"] == form_page.url + "xac-nhan/"
    assert Dossier.objects.count() == 1
    assert not FormDraft.objects.exists() and held_paths(held_dir) == []


def test_submitting_from_check_answers_trusts_what_was_found_when_the_file_was_held(client, form_page, monkeypatch):
    """The held file was typed, scanned and hashed when it was held: "Nộp hồ sơ" stores it without reading it again,
    under the type and hash recorded then."""
    checked = client.post(form_page.url, answers(**{SLOT: [pdf()]}))
    held = HeldFile.objects.get()

    def read_again(*_args):
        raise AssertionError("a held file was read again at submit")

    for name in ("_sniff", "sha256_of", "_scan"):  # what reads a file's bytes
        monkeypatch.setattr(f"procedures.online_forms.uploads.{name}", read_again)
    assert client.post(checked["Location"]).status_code == 302
    attachment = Dossier.objects.get().attachments.get(source="submission")
    assert (attachment.sha256, attachment.content_type) == (held.sha256, held.content_type)
    assert attachment.sha256 == hashlib.sha256(PDF).hexdigest() and attachment.content_type == "application/pdf"


def test_each_step_writes_the_session_once(client, form_page):
    """The view saves the session with the draft, then with the dossier's receipt (``portal.sessions.saved_now``);
    the session middleware, which saves a modified session after the view, does not write the same row again."""
    with CaptureQueriesContext(connection) as form_post:
        checked = client.post(form_page.url, answers(**{SLOT: [pdf()]}))
    with CaptureQueriesContext(connection) as submit:
        assert client.post(checked["Location"]).status_code == 302
    for queries in (form_post, submit):
        statements = [query["sql"] for query in queries.captured_queries]
        session_writes = [sql for sql in statements if re.match(r'(INSERT INTO|UPDATE) "django_session"', sql)]
        assert len(session_writes) == 1, session_writes
    assert client.get(form_page.url + "xac-nhan/").status_code == 200


def test_the_form_opened_again_from_check_answers_keeps_answers_and_files(client, form_page):
    client.post(form_page.url, answers(**{SLOT: [pdf()]}))
    html = client.get(form_page.url).content.decode()
    assert 'value="Trần Thị Lan"' in html and "Đã giữ lại: to-khai.pdf" in html
    assert "field__error" not in html


def resume_link(mail):
    [message] = mail
    url = urlsplit(re.search(r"https?://\S+/tiep-tuc/\?ma=\S+", message.body).group(0))
    return f"{url.path}?{url.query}"


def test_save_and_resume_from_the_emailed_link_with_the_files(
    client, form_page, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        saved = client.post(form_page.url, answers(ho_va_ten_ben_nu="", action="save", **{SLOT: [pdf()]}))
    assert saved.status_code == 200 and "hoa@example.vn" in saved.content.decode()
    draft = FormDraft.objects.get()
    assert draft.email == "hoa@example.vn"
    assert draft.expires_at > timezone.now() + datetime.timedelta(days=6)
    [message] = mailoutbox
    assert message.to == ["hoa@example.vn"] and message.subject.startswith("Đường dẫn tiếp tục hồ sơ")

    other = Client()  # another browser: only the link leads to the draft
    assert "Trần" not in other.get(form_page.url).content.decode()
    opened = other.get(resume_link(mailoutbox))
    assert opened.status_code == 302 and opened["Location"] == form_page.url
    html = other.get(form_page.url).content.decode()
    assert 'value="Nguyễn Thị Hoa"' in html and "Đã giữ lại: to-khai.pdf" in html

    response = post_and_confirm(other, form_page, answers())
    assert response.status_code == 302 and response["Location"] == form_page.url + "xac-nhan/"
    assert Dossier.objects.get().attachments.get().file.read() == PDF


def test_saving_without_an_email_asks_for_one_and_sends_nothing(client, form_page, mailoutbox):
    response = client.post(form_page.url, answers(applicant_email="", action="save"))
    assert response.status_code == 400
    assert "Nhập địa chỉ thư điện tử để nhận đường dẫn tiếp tục hồ sơ." in response.content.decode()
    assert mailoutbox == []


def saved_draft(page, **changes):
    fields = {"page": page, "email": "hoa@example.vn", "expires_at": timezone.now() + datetime.timedelta(days=7)}
    return FormDraft.objects.create(**{**fields, **changes})


def test_an_expired_or_altered_link_is_refused_with_a_clear_page(client, form_page):
    live = saved_draft(form_page)
    expired = saved_draft(form_page, expires_at=timezone.now() - datetime.timedelta(minutes=1))
    resume = form_page.url + "tiep-tuc/?ma={}"

    gone = client.get(resume.format(links.make_token(expired)))
    assert gone.status_code == 410 and "đã hết hạn" in gone.content.decode()
    altered = client.get(resume.format(links.make_token(live)[:-2] + "xx"))
    assert altered.status_code == 400 and "không đúng" in altered.content.decode()


def test_a_link_older_than_seven_days_is_expired(client, form_page, monkeypatch):
    draft = saved_draft(form_page, expires_at=timezone.now() + datetime.timedelta(days=30))
    token = links.make_token(draft)
    later = timezone.now().timestamp() + 8 * 86400
    monkeypatch.setattr("django.core.signing.time.time", lambda: later)
    assert client.get(form_page.url + "tiep-tuc/", {"ma": token}).status_code == 410


def test_the_cleanup_removes_expired_drafts_and_their_files_only(
    client, form_page, held_dir, django_capture_on_commit_callbacks
):
    client.post(form_page.url, answers(ho_va_ten_ben_nu="", **{SLOT: [pdf("old.pdf")]}))
    Client().post(form_page.url, answers(ho_va_ten_ben_nu="", **{SLOT: [pdf("live.pdf")]}))
    old = FormDraft.objects.get(files__original_name="old.pdf")
    FormDraft.objects.filter(pk=old.pk).update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    [live_file] = HeldFile.objects.filter(original_name="live.pdf")

    with django_capture_on_commit_callbacks(execute=True):
        assert remove_expired_drafts() == 1
    assert list(FormDraft.objects.all()) == [live_file.draft]
    assert held_paths(held_dir) == [held_dir / live_file.file.name]


def test_an_upload_over_the_pages_limit_is_refused_413_before_it_is_read(client, form_page):
    big = pdf("to-khai.pdf", PDF + b"\x00" * (3 * 1024 * 1024))
    response = client.post(form_page.url, answers(**{SLOT: [big]}))
    assert response.status_code == 413
    assert "vượt quá 1 MB" in response.content.decode()
    assert not FormDraft.objects.exists()
