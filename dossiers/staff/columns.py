"""Columns of the dossier list, and the due badge it shares with the inspect page. Every value comes from the
row and the relations the view joins: no column queries per row."""

from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column

from dossiers.models import Status

from .bulk import bulk_steps
from .record import person


class DueColumn(Column):
    """The due time with a badge saying "Quá hạn" or "Sắp đến hạn" (text, not colour alone), from the row's
    ``due_state`` annotation (``DossierQuerySet.with_due_state``)."""

    cell_template_name = "dossiers/staff/due_cell.html"

    class Media:
        css = {"all": ["dossiers/staff_admin.css"]}


class DueBadge(Component):
    template_name = "dossiers/staff/due_badge.html"

    def __init__(self, dossier):
        self.dossier = dossier

    def get_context_data(self, parent_context):
        return {"due_at": self.dossier.due_at, "state": self.dossier.due_state}


class StepDueColumn(Column):
    """The deadline of the step the dossier waits on (``DossierQuerySet.with_step_due``), beside the due time."""

    cell_template_name = "dossiers/staff/step_due_cell.html"


class SelectColumn(Column):
    """A tick box for the bulk steps, on the rows where one of the user's applies."""

    cell_template_name = "dossiers/staff/select_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["selectable"] = any(step.applies_to(instance) for step in bulk_steps(context["request"].user))
        return context


def progress(dossier):
    """The sub-step while being processed, the status otherwise: a dossier paused for a supplement or a fee keeps
    the sub-step it will resume at, but is shown as what it is now."""
    return (
        dossier.get_stage_display()
        if dossier.stage and dossier.status == Status.PROCESSING
        else dossier.get_status_display()
    )


def assignment(dossier):
    return person(dossier.assigned_to) or (str(dossier.assigned_department) if dossier.assigned_department else "")
