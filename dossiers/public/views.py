"""The look-up page and the three pages behind signed links. Writes go through ``transition()`` (or the rating
service) and end in a redirect, so a reload never repeats them; refusals come back as messages, never as a 500.
Nothing here is cached: the pages show a dossier's state to whoever holds its code or link."""

from functools import wraps

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from wagtail.log_actions import log

from dossiers.declaration import declaration
from dossiers.models import Rating, Status
from dossiers.public.links import LinkExpired, LinkInvalid, dossier_from_token
from dossiers.public.lookup import NOT_FOUND, find_dossier, open_supplement_request, public_summary
from dossiers.public.rating import RatingRefused, rate
from dossiers.results.delivery import download, result_available, result_path
from dossiers.workflow.engine import TransitionNotAllowed, allowed_actions, transition
from dossiers.workflow.files import file_response
from portal.ratelimit import rate_limited
from portal.storage import StorageUnavailable, retry_later

from .forms import LookupForm, RatingForm, SupplementForm, WithdrawForm


@never_cache
@require_http_methods(["GET", "POST"])
@rate_limited("lookup")
def lookup(request):
    """POST only for the second factor, so ID numbers never land in URLs, history or access logs."""
    if request.method == "GET":
        form = LookupForm(initial={"code": request.GET.get("ma", "")[:48]})
        return render(request, "dossiers/lookup.html", {"form": form})
    form = LookupForm(request.POST)
    if not form.is_valid():
        return render(request, "dossiers/lookup.html", {"form": form}, status=400)
    data = form.cleaned_data
    dossier = find_dossier(data["code"], **{data["factor"]: data["value"]})
    if dossier is None:
        # The second factor is not echoed back: a shared screen or a cached page must not show it.
        retry = LookupForm(initial={"code": data["code"], "factor": data["factor"]})
        return render(request, "dossiers/lookup.html", {"form": retry, "not_found": NOT_FOUND}, status=404)
    result_url = result_path(dossier)
    context = {"form": LookupForm(), "summary": public_summary(dossier), "result_url": result_url}
    return render(request, "dossiers/lookup.html", context)


def signed_link(purpose):
    """Turns a view of ``(request, dossier)`` into one of ``(request, token)``; a bad link gets a page that says
    whether it expired (410) or is not valid (404)."""

    def decorate(view):
        @never_cache
        @require_http_methods(["GET", "POST"])
        @rate_limited("signed_link")
        @wraps(view)
        def wrapper(request, token):
            try:
                dossier = dossier_from_token(token, purpose)
            except LinkExpired:
                return render(request, "dossiers/link_error.html", {"expired": True}, status=410)
            except LinkInvalid:
                return render(request, "dossiers/link_error.html", {"expired": False}, status=404)
            return view(request, dossier)

        return wrapper

    return decorate


def bound(form_class, request):
    return form_class(request.POST, request.FILES) if request.method == "POST" else form_class()


def render_link_page(request, template, dossier, form, **context):
    """A bound form is only shown again when it failed validation: 400."""
    status = 400 if form.is_bound else 200
    return render(request, template, {"dossier": dossier, "form": form, **context}, status=status)


def refused(request, error):
    """A workflow or rating refusal, shown on the page it came from."""
    for message in error.messages:
        messages.error(request, message)
    return redirect(request.path)


@signed_link("supplement")
def supplement(request, dossier):
    form = bound(SupplementForm, request)
    if request.method == "POST" and form.is_valid():
        files = [("supplement", upload) for upload in form.cleaned_data["files"]]
        try:
            transition(dossier, "supplement", None, note=form.cleaned_data["note"], files=files)
        except TransitionNotAllowed as error:
            return refused(request, error)
        except StorageUnavailable as refusal:
            form.add_error(None, refusal.message)
            return retry_later(supplement_page(request, dossier, form))
        messages.success(request, _("Đã nhận hồ sơ bổ sung. Thời hạn giải quyết được tính tiếp từ bây giờ."))
        return redirect(request.path)
    return supplement_page(request, dossier, form)


def supplement_page(request, dossier, form):
    context = {"heading": _("Bổ sung hồ sơ"), "supplement_request": open_supplement_request(dossier)}
    return render_link_page(request, "dossiers/supplement.html", dossier, form, **context)


@signed_link("withdraw")
def withdraw(request, dossier):
    form = bound(WithdrawForm, request)
    if request.method == "POST" and form.is_valid():
        try:
            transition(dossier, "withdraw", None, reason=form.cleaned_data["reason"])
        except TransitionNotAllowed as error:
            return refused(request, error)
        messages.success(request, _("Hồ sơ đã được rút theo yêu cầu của Ông/Bà."))
        return redirect(request.path)
    context = {
        "heading": _("Rút hồ sơ"),
        "can_withdraw": any(action.name == "withdraw" for action in allowed_actions(dossier, None)),
    }
    return render_link_page(request, "dossiers/withdraw.html", dossier, form, **context)


@signed_link("rate")
def rating(request, dossier):
    form = bound(RatingForm, request)
    if request.method == "POST" and form.is_valid():
        try:
            rate(dossier, form.cleaned_data["score"], form.cleaned_data["comment"])
        except RatingRefused as error:
            return refused(request, error)
        messages.success(request, _("Cảm ơn Ông/Bà đã đánh giá chất lượng giải quyết hồ sơ."))
        return redirect(request.path)
    context = {
        "heading": _("Đánh giá mức độ hài lòng"),
        "returned": dossier.status == Status.RETURNED,
        "already_rated": Rating.objects.filter(dossier=dossier).exists(),
    }
    return render_link_page(request, "dossiers/rating.html", dossier, form, **context)


@signed_link("result")
def result_download(request, dossier):
    """The signed result, for whoever holds the emailed link or came through the look-up; before the result is
    out, a page that says so."""
    if not result_available(dossier):
        return render(request, "dossiers/link_error.html", {"not_ready": True}, status=404)
    return download(request, dossier, via="lookup" if request.GET.get("tu") == "tra-cuu" else "email")


@signed_link("declaration")
def declaration_download(request, dossier):
    """The filled declaration, from the confirmation page's link (made now if the worker has not made it yet)."""
    attachment = declaration(dossier.pk)
    if attachment is None:
        raise Http404
    log(instance=dossier, action="dossiers.declaration_download", user=None, data={"attachment": attachment.pk})
    return file_response(attachment)
