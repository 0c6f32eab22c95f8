"""The online form page's routes between the form and the dossier. A POST never makes a dossier by itself: a valid
one is stored as the visitor's draft and shown back for checking (``kiem-tra/``), whose "Nộp hồ sơ" submits from the
draft, validated again; an invalid one keeps the files that passed their own checks; "Lưu để nộp sau" saves without
validating and emails a link that restores the form, files included (``tiep-tuc/?ma=<signed token>``)."""

from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.forms.utils import ErrorDict
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from portal.ratelimit import check_submission_rate, hit, too_many_requests
from portal.sessions import saved_now
from portal.storage import StorageUnavailable, files_removed_on_error, retry_later
from procedures.models.drafts import FormDraft

from . import links, mail, store
from .review import answer_sections

SAVE = "save"
EMAIL_FIELD = "applicant_email"
TOKEN_PARAMETER = "ma"
# Unlike ``StorageUnavailable.message`` (counter intake keeps no files), the draft still holds them.
STORAGE_REFUSED = _(
    "Kho lưu tệp đính kèm tạm thời không ghi được nên hồ sơ chưa được gửi. Thông tin và các tệp đã chọn vẫn được "
    "giữ; vui lòng gửi lại sau ít phút, không cần chọn lại tệp."
)


def form_url(page, request, route=None):
    url = page.get_url(request)
    return url + page.reverse_subpage(route) if route else url


def bound_form(page, request, data, held, files=None):
    """The page's form bound to ``data`` with the held files and ``files`` merged in, as the server validates it."""
    return page.get_form(data, store.merged_files(held, files or {}), page=page, user=request.user)


def render_form(page, request, form, draft, status):
    """The form with each upload slot's kept files under it (``form.held_files``)."""
    form.held_files = store.held_by_field(draft)
    return page.render_form(request, form, status=status)


def show_form(page, request):
    """GET: a blank form, or this visitor's draft restored (answers and files) without its errors shown yet."""
    draft = store.session_draft(request, page)
    if draft is None:
        return render_form(page, request, page.get_form(page=page, user=request.user), None, 200)
    held = store.held_uploads(draft)
    try:
        form = bound_form(page, request, store.post_of(draft), held)
        form._errors = ErrorDict()  # restored, not yet submitted: no error before the applicant sends it again
        form.cleaned_data = {}
        return render_form(page, request, form, draft, 200)
    finally:
        store.close_all(held)


def post_form(page, request):
    """The form's POST: check the answers (valid: to the check page; invalid: the form again, files kept) or save
    them for later."""
    too_many = check_submission_rate(request)
    if too_many is not None:
        return too_many
    draft = store.session_draft(request, page)
    store.remove_held(draft, request.POST)
    held = store.held_uploads(draft)
    try:
        form = bound_form(page, request, request.POST, held, request.FILES)
        if request.POST.get("action") == SAVE:
            return save_for_later(page, request, form, draft)
        valid = form.is_valid()
        draft, in_session = keep(page, request, form, draft)
    except StorageUnavailable as refusal:
        # Nothing of this POST was kept (its files were removed with the rolled-back rows): the form again, 503.
        form.add_error(None, refusal.message)
        return retry_later(render_form(page, request, form, draft, 503))
    finally:
        store.close_all(held)
    if not valid:
        return render_form(page, request, form, draft, 400)
    if in_session:
        return redirect(form_url(page, request, "check"))
    # No session to come back to: the check page at once, its submit carrying the draft's signed token.
    return check_page(page, request, draft, carry_token=True)


def keep(page, request, form, draft):
    """Stores the answers and the new files that pass their own checks in this visitor's draft, and the draft in the
    visitor's session, in one transaction. Returns the draft and whether the session kept it."""
    with files_removed_on_error() as written, transaction.atomic():
        draft = store.save_draft(page, draft, form.shown_data)
        store.hold_new_files(draft, form, request.FILES, written)
        store.bind_to_session(request, draft)
        return draft, saved_now(request, f"Draft {draft.pk}")


def save_for_later(page, request, form, draft):
    """Saves without validating, then emails the resume link to the address typed; asks for one if it is missing."""
    email = request.POST.get(EMAIL_FIELD, "").strip()
    try:
        validate_email(email)
    except ValidationError:
        form._errors = ErrorDict()
        form.cleaned_data = {}
        form.add_error(EMAIL_FIELD, gettext("Nhập địa chỉ thư điện tử để nhận đường dẫn tiếp tục hồ sơ."))
        draft, _in_session = keep(page, request, form, draft)
        return render_form(page, request, form, draft, 400)
    with files_removed_on_error() as written, transaction.atomic():
        draft = store.save_draft(page, draft, form.shown_data, saved_email=email)
        store.hold_new_files(draft, form, request.FILES, written)
        query = urlencode({TOKEN_PARAMETER: links.make_token(draft)})
        url = request.build_absolute_uri(f"{form_url(page, request, 'resume')}?{query}")
        mail.send_resume_link(draft, url)
    store.bind_to_session(request, draft)
    context = page.get_context(request)
    context["draft"] = draft
    return TemplateResponse(request, "procedures/online_form_saved.html", context)


def check_answers(page, request):
    """GET ``kiem-tra/``: the visitor's draft shown for checking; without one, back to the form."""
    draft = store.session_draft(request, page)
    if draft is None:
        return redirect(form_url(page, request))
    return check_page(page, request, draft)


def check_page(page, request, draft, carry_token=False):
    """The draft's answers under their sections, each file listed, and the submit button. A draft that is no longer
    valid (the form changed) goes back to the form. ``carry_token``: the session could not keep the draft, so the
    submit form carries its signed token instead."""
    held = store.held_uploads(draft)
    try:
        form = bound_form(page, request, store.post_of(draft), held)
        if not form.is_valid():
            return render_form(page, request, form, draft, 400)
        context = page.get_context(request)
        context["sections"] = answer_sections(form, store.held_by_field(draft))
        context["check_url"] = form_url(page, request, "check")
        context["draft_token"] = links.make_token(draft) if carry_token else ""
        return TemplateResponse(request, "procedures/online_form_check.html", context)
    finally:
        store.close_all(held)


def submit(page, request):
    """POST ``kiem-tra/``: the dossier from the draft, validated again. The draft's row is locked and deleted in the
    dossier's transaction, so a second click (or a second tab) finds no draft and lands on the same confirmation.
    Not counted against the rate limit: only the form's POST that made the draft is, once per dossier."""
    try:
        with transaction.atomic():
            draft = locked_draft(request, page)
            if draft is None:
                return page.after_submission(request)
            held = store.held_uploads(draft)
            try:
                form = bound_form(page, request, store.post_of(draft), held)
                if not form.is_valid():
                    return render_form(page, request, form, draft, 400)
                dossier = page.process_form_submission(form)
                draft.delete()
                store.forget(request, page)
                return page.confirm(request, dossier)  # the receipt saved in the session, in this transaction
            finally:
                store.close_all(held)
    except ValidationError as error:
        form.add_error(None, error)
        return render_form(page, request, form, draft, 400)
    except StorageUnavailable:
        form.add_error(None, STORAGE_REFUSED)
        return retry_later(render_form(page, request, form, draft, 503))


def locked_draft(request, page):
    """The visitor's draft by their session, or by the signed token the check page carried when the session could
    not keep it."""
    draft = store.session_draft(request, page, locked=True)
    if draft is None and (posted := posted_draft(request, page)):
        draft = FormDraft.objects.select_for_update().filter(pk=posted.pk).first()
    return draft


def posted_draft(request, page):
    try:
        draft = links.draft_from_token(request.POST.get(TOKEN_PARAMETER, ""))
    except (links.LinkExpired, links.LinkInvalid):
        return None
    return draft if draft.page_id == page.pk else None


def resume(page, request, token):
    """The emailed link: the draft becomes this visitor's and the form opens restored; an expired or altered link
    gets a page saying so (410 or 400)."""
    retry_after = hit(request, "signed_link")
    if retry_after is not None:
        return too_many_requests(request, retry_after)
    try:
        draft = links.draft_from_token(token)
    except links.LinkExpired:
        return link_refused(page, request, expired=True)
    except links.LinkInvalid:
        return link_refused(page, request, expired=False)
    if draft.page_id != page.pk:
        return link_refused(page, request, expired=False)
    store.bind_to_session(request, draft)
    return redirect(form_url(page, request))


def link_refused(page, request, *, expired):
    context = page.get_context(request)
    context["expired"] = expired
    return TemplateResponse(request, "procedures/online_form_link.html", context, status=410 if expired else 400)
