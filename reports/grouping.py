"""The rows of a report: by agency, subsystem or procedure, counted by the database in one GROUP BY query.

A subsystem is the procedure's parent page. Joining every dossier to its page to cut the tree path would cost a
join per dossier; the catalogue has a few dozen procedures, so one small query maps each to its parent and the
aggregate groups by ``CASE procedure_id WHEN ... THEN subsystem id``: an integer key, no join at all.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from typing import Any

from django.db.models import Case, Count, F, IntegerField, OuterRef, Q, QuerySet, Subquery, Value, When
from django.db.models.functions import Substr
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from procedures.models import Agency, ProcedurePage

TOTAL_LABEL = _("Tổng cộng")


def subsystem_of_procedure(prefix: str) -> Case:
    parent = Page.objects.filter(path=Substr(OuterRef("path"), 1, (OuterRef("depth") - 1) * Page.steplen)).values("pk")[
        :1
    ]
    procedures = {}
    for procedure, subsystem in ProcedurePage.objects.annotate(parent=Subquery(parent)).values_list("pk", "parent"):
        procedures.setdefault(subsystem, []).append(procedure)
    field = f"{prefix}procedure_id__in"
    whens = [When(**{field: members}, then=Value(subsystem)) for subsystem, members in procedures.items()]
    return Case(*whens, default=Value(None), output_field=IntegerField())


@dataclass(frozen=True)
class Grouping:
    """``key`` groups dossiers (``prefix`` reaches them from another model); ``describe`` turns the keys found
    into ``(key, pk, label)`` in display order, where ``pk`` is what the dossier list's filter of ``name`` takes."""

    name: str
    label: str
    key: Callable[[str], Any]
    describe: Callable[[Iterable], Iterable[tuple[Any, int, str]]]


GROUPINGS = {
    grouping.name: grouping
    for grouping in [
        Grouping(
            "agency",
            _("Cơ quan"),
            lambda prefix: F(f"{prefix}agency_id"),
            lambda keys: Agency.objects.filter(pk__in=keys).order_by("name").values_list("pk", "pk", "name"),
        ),
        Grouping(
            "subsystem",
            _("Lĩnh vực"),
            subsystem_of_procedure,
            lambda keys: Page.objects.filter(pk__in=keys).order_by("path").values_list("pk", "pk", "title"),
        ),
        Grouping(
            "procedure",
            _("Thủ tục"),
            lambda prefix: F(f"{prefix}procedure_id"),
            lambda keys: ProcedurePage.objects.filter(pk__in=keys).order_by("path").values_list("pk", "pk", "title"),
        ),
    ]
}


@dataclass(frozen=True)
class CountedRow:
    """A labelled row of counts; subclasses declare the counts as int fields and derive the rest."""

    pk: int | None
    label: str

    @classmethod
    def count_names(cls) -> list[str]:
        return [field.name for field in fields(cls) if field.type in (int, "int")]

    @classmethod
    def total(cls, rows: list["CountedRow"]) -> "CountedRow":
        """Every dossier is in exactly one row, so the total is the sum of the rows."""
        sums = {name: sum(getattr(row, name) for row in rows) for name in cls.count_names()}
        return cls(pk=None, label=str(TOTAL_LABEL), **sums)


def grouped_rows(queryset: QuerySet, grouping: Grouping, conditions: dict[str, Q], row_class, prefix: str = ""):
    """One aggregate query: per group, ``Count(filter=condition)`` for each named condition."""
    counted = (
        queryset.order_by()
        .values(group=grouping.key(prefix))
        .annotate(**{name: Count("pk", filter=condition) for name, condition in conditions.items()})
    )
    by_key = {entry.pop("group"): entry for entry in counted}
    return [row_class(pk=pk, label=label, **by_key[key]) for key, pk, label in grouping.describe(list(by_key))]
