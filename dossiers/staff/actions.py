"""The admin page of one workflow step: its form, and the call to ``transition()`` with the version the actor saw.
A conflict answers 409 with the dossier as it is now; a step the actor may not take is never offered."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from dossiers.access import visible_dossiers
from dossiers.workflow import ACTIONS, ConcurrentUpdate, TransitionNotAllowed, allowed_actions, transition

from .action_forms import STEP_FORMS
from .navigation import inspect_url


def dossier_step(request, pk, action):
    dossier = get_object_or_404(visible_dossiers(request.user).select_related("procedure", "agency"), pk=pk)
    step = ACTIONS.get(action)
    if step is None or action not in STEP_FORMS:
        raise Http404
    if step not in allowed_actions(dossier, request.user):
        messages.error(
            request, _("Thao tác “%(action)s” không áp dụng cho hồ sơ này lúc này.") % {"action": step.label}
        )
        return redirect(inspect_url(dossier))
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
        return redirect(inspect_url(dossier))
    except ValidationError as error:
        form.add_error(None, error)
        return render_step(request, dossier, step, form, status=400)
    messages.success(request, _("Đã thực hiện: %(action)s.") % {"action": step.label})
    return redirect(inspect_url(dossier))


def render_step(request, dossier, step, form, status=200):
    context = {
        "dossier": dossier,
        "step": step,
        "form": form,
        "inspect_url": inspect_url(dossier),
        "action_url": reverse("dossiers_staff:step", args=[dossier.pk, step.name]),
        "header_title": f"{step.label} – {dossier.code}",
    }
    return TemplateResponse(request, "dossiers/staff/step.html", context, status=status)
