"""Each figure of Biểu 06 opens the staff's dossier list with exactly the dossiers it counts.

The list takes ``report`` (a column of ``reports.bieu06``), ``report_from`` and ``report_to`` (the period's days)
and applies ``reports.bieu06.column_condition``; the row adds the list's own ``agency``, ``subsystem`` or
``procedure`` filter. ``all=1`` keeps the list from opening on the viewer's "my work" queue.
"""

from urllib.parse import urlencode

from django.urls import reverse

from dossiers.models.bieu06 import COLUMNS

from .bieu06 import Bieu06Row, Report

DOSSIER_LIST = "dossier_admin:index"


def figure_url(report: Report, row: Bieu06Row, column: str) -> str:
    params = {
        "all": "1",
        "report": column,
        "report_from": report.period.start.isoformat(),
        "report_to": report.period.end.isoformat(),
    }
    if row.pk is not None:
        params[report.grouping.name] = row.pk
    return f"{reverse(DOSSIER_LIST)}?{urlencode(params)}"


def linked_figures(report: Report, row: Bieu06Row) -> list[tuple[int, str]]:
    """``(figure, url)`` per column, in the form's order."""
    return [(getattr(row, column), figure_url(report, row, column)) for column, _ in COLUMNS]
