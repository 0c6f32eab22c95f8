"""The admin page of one workflow step: its form, and the call to ``transition()`` with the version the actor saw.
A conflict answers 409 with the dossier as it is now; a step the actor may not take is never offered."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from dossiers.models import Dossier
from dossiers.results.documents import result_summary
from dossiers.workflow.engine import ConcurrentUpdate, TransitionNotAllowed, allowed_actions, transition
from dossiers.workflow.table import STEPS, step_label
from portal.people import display_name
from portal.storage import StorageUnavailable, retry_later

from .action_forms import STEP_FORMS
from .record import case_in_view, local_text


def dossier_step(request, pk, action):
    dossier = get_object_or_404(Dossier.objects.visible_to(request.user).select_related("procedure", "agency"), pk=pk)
    step = STEPS.get(action)
    if step is None or action not in STEP_FORMS:
        raise Http404
    if step not in allowed_actions(dossier, request.user):
        messages.error(
            request, _("Thao tác “%(action)s” không áp dụng cho hồ sơ này lúc này.") % {"action": step.label}
        )
        return redirect(dossier.get_admin_url())
    form_class = STEP_FORMS[action]
    if request.method != "POST":
        form = form_class(initial={"version": dossier.version}, dossier=dossier, step=step)
        return render_step(request, dossier, step, form)
    form = form_class(request.POST, request.FILES, dossier=dossier, step=step)
    if not form.is_valid():
        return render_step(request, dossier, step, form, status=400)
    try:
        transition(dossier, action, request.user, expected_version=form.cleaned_data["version"], **form.inputs())
    except ConcurrentUpdate as conflict:
        return conflict_response(request, conflict.current, step, form_class)
    except TransitionNotAllowed as refusal:
        messages.error(request, refusal.messages[0])
        return redirect(dossier.get_admin_url())
    except ValidationError as error:
        form.add_error(None, error)
        return render_step(request, dossier, step, form, status=400)
    except StorageUnavailable as refusal:
        form.add_error(None, refusal.message)
        return retry_later(render_step(request, dossier, step, form))
    messages.success(request, _("Đã thực hiện: %(action)s.") % {"action": step.label})
    return redirect(dossier.get_admin_url())


def conflict_response(request, current, step, form_class):
    """Someone acted first: the form again with what this user typed (files must be chosen again: browsers do not
    send them back), now against the current version, and who did what, when, so they decide knowingly."""
    last = current.events.select_related("actor").order_by("-created_at", "-pk").first()
    messages.error(
        request,
        _(
            "%(who)s đã thực hiện “%(action)s” lúc %(when)s, trước khi Ông/Bà gửi. Nội dung Ông/Bà đã nhập vẫn ở "
            "dưới đây: hãy xem lại hồ sơ rồi gửi lại nếu vẫn phù hợp."
        )
        % {
            "who": display_name(last.actor, _("Người nộp hồ sơ")),
            "action": step_label(last.action),
            "when": local_text(last.created_at),
        },
    )
    typed = request.POST.copy()
    typed["version"] = current.version
    kept = form_class(typed, dossier=current, step=step)
    kept.is_valid()  # so the fields show what was typed, cleaned, and any new error beside them
    return render_step(request, current, step, kept, status=409)


def latest_memo(dossier):
    return dossier.events.filter(action="submit_memo").select_related("actor").order_by("-created_at", "-pk").first()


def render_step(request, dossier, step, form, status=200):
    """The step's form with what it decides on in view: the specialist's memo and the draft or signed result."""
    context = {
        **result_summary(dossier),
        **case_in_view(dossier),
        "memo": latest_memo(dossier),
        "dossier": dossier,
        "step": step,
        "form": form,
        "inspect_url": dossier.get_admin_url(),
        "action_url": reverse("dossier_admin:step", args=[dossier.pk, step.name]),
        "header_title": f"{step.label} – {dossier.code}",
    }
    return TemplateResponse(request, "dossiers/staff/step.html", context, status=status)
