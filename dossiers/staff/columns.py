"""Columns of the dossier list, and the due badge it shares with the inspect page. Every value comes from the
row and the relations the view joins: no column queries per row.

Each cell is written in Python (``PlainCell``) rather than by Wagtail's template per cell: a page of 50 dossiers has
over 400 cells, and a template render each was most of the list's time."""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn

from dossiers.models import Stage, Status

from .bulk import bulk_steps
from .record import local_text, person

NOTHING = "—"


class PlainCell:
    """A column whose ``<td>`` is ``cell_html(instance, parent_context)`` with the class ``td_class``, as Wagtail's
    cell templates write it."""

    @property
    def td_class(self):
        return self.classname

    def render_cell_html(self, instance, parent_context):
        if self.td_class:
            return format_html('<td class="{}">{}</td>', self.td_class, self.cell_html(instance, parent_context))
        return format_html("<td>{}</td>", self.cell_html(instance, parent_context))

    def cell_html(self, instance, parent_context):
        value = self.get_value(instance)
        return "" if value is None else value


class TextColumn(PlainCell, Column):
    """A value as text."""


class CodeColumn(PlainCell, TitleColumn):
    """The dossier's code, linked to its page, as Wagtail's title cell shows it."""

    @property
    def td_class(self):
        return f"{self.classname} title" if self.classname else "title"

    def cell_html(self, instance, parent_context):
        return format_html(
            '<div class="title-wrapper"><a href="{}">{}</a></div>',
            self.get_link_url(instance, parent_context),
            self.get_value(instance),
        )


def time_element(moment, text):
    """``<time>`` with the moment in the office's zone, machine-readable, around ``text``."""
    return format_html('<time datetime="{}">{}</time>', timezone.localtime(moment).isoformat(), text)


class LocalDateColumn(PlainCell, DateColumn):
    """A time as the office writes it (the active language's ``DATETIME_FORMAT``, in the office's time zone)."""

    def cell_html(self, instance, parent_context):
        value = self.get_value(instance)
        return time_element(value, date_format(timezone.localtime(value), "DATETIME_FORMAT")) if value else ""


def time_html(moment):
    return time_element(moment, local_text(moment)) if moment else NOTHING


def due_badge_html(due_at, state):
    """The due time with a badge saying "Quá hạn" or "Sắp đến hạn" (text, not colour alone)."""
    if not due_at:
        return NOTHING
    if state == "overdue":
        badge = format_html(' <span class="dossier-due dossier-due--overdue">{}</span>', _("Quá hạn"))
    elif state == "due_soon":
        badge = format_html(' <span class="dossier-due dossier-due--soon">{}</span>', _("Sắp đến hạn"))
    else:
        badge = ""
    return format_html("{}{}", time_html(due_at), badge)


class DueColumn(PlainCell, Column):
    """The due time with its badge, from the row's ``due_state`` annotation (``DossierQuerySet.with_due_state``)."""

    def cell_html(self, instance, parent_context):
        return due_badge_html(self.get_value(instance), instance.due_state)

    class Media:
        css = {"all": ["dossiers/staff_admin.css"]}


class DueBadge(Component):
    def __init__(self, dossier):
        self.dossier = dossier

    def render_html(self, parent_context=None):
        return due_badge_html(self.dossier.due_at, self.dossier.due_state)


class StepDueColumn(PlainCell, Column):
    """The deadline of the step the dossier waits on (``DossierQuerySet.with_step_due``), beside the due time."""

    def cell_html(self, instance, parent_context):
        return time_html(self.get_value(instance))


class SelectColumn(PlainCell, Column):
    """A tick box for the bulk steps, on the rows where one of the user's applies."""

    def cell_html(self, instance, parent_context):
        if not any(step.applies_to(instance) for step in bulk_steps(parent_context["request"].user)):
            return ""
        return format_html(
            '<input type="checkbox" name="dossier" value="{}:{}" form="dossier-bulk" aria-label="{}">',
            instance.pk,
            instance.version,
            _("Chọn hồ sơ %(code)s") % {"code": instance.code},
        )


def progress(dossier):
    """The sub-step while being processed, the status otherwise: a dossier paused for a supplement or a fee keeps
    the sub-step it will resume at, but is shown as what it is now."""
    # The choices' own labels: ``get_FOO_display`` rebuilds its lookup at every call, 50 rows a page.
    return (
        Stage(dossier.stage).label
        if dossier.stage and dossier.status == Status.PROCESSING
        else Status(dossier.status).label
    )


def assignment(dossier):
    return person(dossier.assigned_to) or (str(dossier.assigned_department) if dossier.assigned_department else "")
