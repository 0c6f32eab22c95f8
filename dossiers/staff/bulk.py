"""Bulk receive and bulk assign from the dossier list. Each ticked dossier goes through ``transition()`` on its own,
with the version the user saw on the list, so a conflict or a refusal on one leaves the others done; the page then
answers with a result per dossier: done, or refused and why."""

import re
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from dossiers.models import Dossier
from dossiers.workflow.engine import actor_roles, transition
from dossiers.workflow.table import STEPS

from .action_forms import AssignForm, StepForm

# A page of the list at most (``DossierViewSet.list_per_page``), with room for two.
MAX_SELECTED = 100
SELECTION = re.compile(r"(\d{1,12}):(\d{1,9})", re.ASCII)


class BulkReceiveForm(StepForm):
    """Receiving asks nothing more of the clerk (the date to bring the originals is set dossier by dossier)."""

    version = None


class BulkAssignForm(AssignForm):
    """The step's own form, without the one dossier's version: each ticked dossier carries its own."""

    version = None


BULK_FORMS = {"receive": BulkReceiveForm, "assign": BulkAssignForm}


def bulk_steps(user):
    """The bulk steps ``user`` may take, by the workflow table's actors."""
    mine = actor_roles(user)
    return [STEPS[name] for name in BULK_FORMS if STEPS[name].actors & mine]


@dataclass
class Result:
    pk: int
    dossier: Dossier | None
    done: bool
    message: str


def selection(request):
    """``[(pk, version)]`` of the ticked dossiers, in the list's order; None when a value is not such a pair."""
    pairs = []
    for value in request.POST.getlist("dossier"):
        match = SELECTION.fullmatch(value)
        if match is None:
            return None
        pairs.append((int(match[1]), int(match[2])))
    return list(dict(pairs).items())


def take(step, user, pk, version, inputs):
    dossier = Dossier.objects.visible_to(user).filter(pk=pk).first()
    if dossier is None:
        return Result(pk, None, False, _("Không tìm thấy hồ sơ, hoặc Ông/Bà không có quyền với hồ sơ này."))
    try:
        dossier = transition(dossier, step.name, user, expected_version=version, **inputs)
    except ValidationError as refusal:  # a conflict, a step that does not apply or is not theirs, a bad input
        return Result(pk, dossier, False, refusal.messages[0])
    return Result(pk, dossier, True, _("Đã thực hiện"))


@require_POST
def bulk_step(request, action):
    if action not in BULK_FORMS:
        raise Http404
    step = STEPS[action]
    if step not in bulk_steps(request.user):
        raise PermissionDenied
    chosen = selection(request)
    context = {
        "step": step,
        "list_url": reverse("dossier_admin:index"),
        "header_title": step.label,
        "page_title": step.label,
    }
    if not chosen or len(chosen) > MAX_SELECTED:
        error = (
            _("Không đọc được các hồ sơ đã chọn.")
            if chosen is None
            else _("Hãy chọn từ 1 đến %(count)s hồ sơ.") % {"count": MAX_SELECTED}
        )
        return TemplateResponse(request, "dossiers/staff/bulk.html", {**context, "error": error}, status=400)
    form_class = BULK_FORMS[action]
    # A step with inputs asks for them on a page of its own first; one without goes straight on.
    asked = "confirm" in request.POST or not form_class.base_fields
    form = form_class(request.POST if asked else None, dossier=None)
    if not form.is_valid():
        visible = Dossier.objects.visible_to(request.user).in_bulk([pk for pk, _version in chosen])
        context.update(form=form, chosen=[(pk, version, visible.get(pk)) for pk, version in chosen])
        return TemplateResponse(request, "dossiers/staff/bulk.html", context, status=400 if form.is_bound else 200)
    results = [take(step, request.user, pk, version, form.inputs()) for pk, version in chosen]
    return TemplateResponse(request, "dossiers/staff/bulk.html", {**context, "results": results})
