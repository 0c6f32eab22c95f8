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
from dossiers.workflow.table import STEPS
from portal.storage import StorageUnavailable, retry_later

from .action_forms import STEP_FORMS


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
        form = form_class(initial={"version": dossier.version}, dossier=dossier)
        return render_step(request, dossier, step, form)
    form = form_class(request.POST, request.FILES, dossier=dossier)
    if not form.is_valid():
        return render_step(request, dossier, step, form, status=400)
    try:
        transition(dossier, action, request.user, expected_version=form.cleaned_data["version"], **form.inputs())
    except ConcurrentUpdate as conflict:
        messages.error(request, conflict.messages[0])
        fresh = form_class(initial={"version": conflict.current.version}, dossier=conflict.current)
        return render_step(request, conflict.current, step, fresh, status=409)
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


def latest_memo(dossier):
    return dossier.events.filter(action="submit_memo").select_related("actor").order_by("-created_at", "-pk").first()


def render_step(request, dossier, step, form, status=200):
    """The step's form with what it decides on in view: the specialist's memo and the draft or signed result."""
    context = {
        **result_summary(dossier),
        "memo": latest_memo(dossier),
        "dossier": dossier,
        "step": step,
        "form": form,
        "inspect_url": dossier.get_admin_url(),
        "action_url": reverse("dossier_admin:step", args=[dossier.pk, step.name]),
        "header_title": f"{step.label} – {dossier.code}",
    }
    return TemplateResponse(request, "dossiers/staff/step.html", context, status=status)
