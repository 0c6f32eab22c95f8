"""The public transparency page ``/minh-bach/``: per subsystem and procedure, dossiers received this year and the
share resolved on time, by the definitions of Biểu 06 (``reports.bieu06``) from 1 January to today.

The figures are computed at most once per day and language and kept six hours in the Django cache: the key holds
the date, so a new day starts from fresh figures, and the page costs no dossier query in between.
"""

from dataclasses import dataclass
from datetime import date

from django.core.cache import cache
from django.shortcuts import render
from django.utils.translation import get_language

from dossiers.calendar.periods import Period, today
from procedures.models import ProcedurePage, SubsystemPage

from .bieu06 import Bieu06Row, bieu06
from .grouping import GROUPINGS

CACHE_SECONDS = 6 * 60 * 60


@dataclass(frozen=True)
class Line:
    """Plain values only, so what is cached does not depend on page objects."""

    title: str
    url: str
    figures: Bieu06Row


@dataclass(frozen=True)
class Section:
    pk: int
    title: str
    figures: Bieu06Row
    procedures: list[Line]


def sections(request, period: Period) -> list[Section]:
    """Every live subsystem and procedure of the catalogue, with zeros where no dossier was received."""
    by_subsystem = {row.pk: row for row in bieu06(period, GROUPINGS["subsystem"]).rows}
    by_procedure = {row.pk: row for row in bieu06(period, GROUPINGS["procedure"]).rows}
    procedures = list(ProcedurePage.objects.live().order_by("path"))
    result = []
    for subsystem in SubsystemPage.objects.live().order_by("path"):
        lines = [
            Line(page.title, page.get_url(request), by_procedure.get(page.pk, Bieu06Row(page.pk, page.title)))
            for page in procedures
            if page.path.startswith(subsystem.path)
        ]
        figures = by_subsystem.get(subsystem.pk, Bieu06Row(subsystem.pk, subsystem.title))
        result.append(Section(subsystem.pk, subsystem.title, figures, lines))
    return result


def cache_key(day: date) -> str:
    return f"reports:transparency:{day.isoformat()}:{get_language()}"


def transparency(request):
    day = today()
    period = Period(date(day.year, 1, 1), day)
    figures = cache.get_or_set(cache_key(day), lambda: sections(request, period), CACHE_SECONDS)
    return render(request, "reports/transparency.html", {"sections": figures, "period": period})
