"""What the inspect page shows besides the dossier's own fields: the answers of its form, its files and papers,
the hand-off timeline, the field-level history and the notices sent. Each list is read in one query with its
related rows joined, whatever the dossier's age."""

import datetime
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import DeletedObject

from dossiers.answers import answer_sections
from dossiers.models import Dossier, Rating
from dossiers.results.documents import result_summary
from dossiers.workflow.table import step_label
from portal.people import display_name

APPLICANT = _("Người nộp hồ sơ")
# Bookkeeping that changes with every save: shown nowhere in the field history.
HISTORY_EXCLUDED = ["version"]
# Change reasons that are not workflow steps (those are named by ``step_label``).
OTHER_REASONS = {"edit": _("Cập nhật thông tin người nộp")}


def person(user):
    return display_name(user)


def local_text(moment):
    """``09:15 03/11/2026`` in the office's time zone, as the list and the slips show times."""
    return f"{timezone.localtime(moment):%H:%M %d/%m/%Y}"


@dataclass
class HandOff:
    event: Any

    @property
    def step(self):
        return step_label(self.event.action)

    @property
    def giver(self):
        return person(self.event.actor) or APPLICANT

    @property
    def receiver(self):
        return person(self.event.assignee) or (str(self.event.department) if self.event.department else "")


def timeline(dossier):
    events = dossier.events.select_related("actor", "assignee", "department__agency")
    return [HandOff(event) for event in events]


@dataclass
class FieldChange:
    label: str
    old: Any
    new: Any


@dataclass
class HistoryEntry:
    record: Any
    changes: list

    @property
    def reason(self):
        reason = self.record.history_change_reason
        return str(OTHER_REASONS.get(reason) or step_label(reason)) if reason else ""


def display(field, value):
    """A recorded value as staff read it: choice labels, people's names, local times; None for nothing."""
    if isinstance(value, DeletedObject):
        return str(value) if value.pk is not None else None
    if isinstance(value, get_user_model()):
        return person(value)
    if isinstance(value, datetime.datetime):
        return local_text(value)
    if field.choices and value is not None:
        return dict(field.flatchoices).get(value, value)
    return value


def field_history(dossier):
    """One entry per save after the first, newest first: which fields changed, from what to what, who, why."""
    records = list(dossier.history.select_related("history_user").order_by("history_date", "history_id"))
    entries = []
    for previous, record in pairwise(records):
        delta = record.diff_against(previous, excluded_fields=HISTORY_EXCLUDED, foreign_keys_are_objs=True)
        changes = []
        for change in delta.changes:
            field = Dossier._meta.get_field(change.field)
            changes.append(FieldChange(field.verbose_name, display(field, change.old), display(field, change.new)))
        if changes:
            entries.append(HistoryEntry(record, changes))
    return entries[::-1]


def rating_of(dossier):
    return Rating.objects.filter(dossier=dossier).first()


def case_in_view(dossier):
    """What a person deciding a step reads beside its form: the applicant, the hand-offs so far and the files."""
    return {
        "attachments": list(dossier.attachments.select_related("uploaded_by")),
        "timeline": timeline(dossier),
    }


def inspect_context(dossier):
    case = case_in_view(dossier)
    return {
        **case,
        "form_sections": answer_sections(dossier, case["attachments"]),
        "received_documents": dossier.received_documents.select_related("scan"),
        "supplement_requests": dossier.supplement_requests.select_related("requested_by"),
        "field_history": field_history(dossier),
        "notifications": dossier.notifications.all(),
        "rating": rating_of(dossier),
        **result_summary(dossier),
    }
