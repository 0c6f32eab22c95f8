"""The rows of a report: by agency, subsystem or procedure, counted by the database in one GROUP BY query.

A subsystem is the procedure's parent page, so its key is the procedure's tree path cut to the parent's length
(``Substr(path, 1, (depth - 1) * steplen)``): a join to the page row already there, no walk up the tree.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from typing import Any

from django.db.models import Count, F, Q, QuerySet
from django.db.models.functions import Substr
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from procedures.models import Agency, ProcedurePage

TOTAL_LABEL = _("Tổng cộng")


def subsystem_path(prefix: str):
    return Substr(f"{prefix}procedure__path", 1, (F(f"{prefix}procedure__depth") - 1) * Page.steplen)


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
            subsystem_path,
            lambda keys: Page.objects.filter(path__in=keys).order_by("path").values_list("path", "pk", "title"),
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
