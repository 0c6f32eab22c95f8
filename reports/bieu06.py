"""Biểu 06, the standard report of results of handling administrative procedures (Circular 01/2018 style): what
each figure counts is defined with the dossier queries (``dossiers.models.bieu06``); here they are counted, one
aggregate query per grouping, and laid out."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from dossiers.calendar.periods import Period
from dossiers.models import Dossier
from dossiers.models.bieu06 import parts, to_handle

from .grouping import CountedRow, Grouping, grouped_rows


@dataclass(frozen=True)
class Bieu06Row(CountedRow):
    carried_over: int = 0
    received_online: int = 0
    received_direct: int = 0
    resolved: int = 0
    resolved_early: int = 0
    resolved_on_time: int = 0
    resolved_late: int = 0
    resolved_electronic: int = 0
    in_progress_within: int = 0
    in_progress_overdue: int = 0

    @property
    def received(self) -> int:
        return self.received_online + self.received_direct

    @property
    def to_handle(self) -> int:
        return self.carried_over + self.received

    @property
    def in_progress(self) -> int:
        return self.in_progress_within + self.in_progress_overdue

    @property
    def on_time_percent(self) -> float | None:
        if not self.resolved:
            return None
        return round(100 * (self.resolved_early + self.resolved_on_time) / self.resolved, 1)


TITLE = _("Biểu 06. Kết quả giải quyết thủ tục hành chính")
ON_TIME_HEADER = _("Tỷ lệ đúng hạn (%)")


@dataclass(frozen=True)
class Report:
    period: Period
    grouping: Grouping
    rows: list[Bieu06Row]
    total: Bieu06Row


def bieu06(period: Period, grouping: Grouping) -> Report:
    rows = grouped_rows(Dossier.objects.filter(to_handle(period)), grouping, parts(period), Bieu06Row)
    return Report(period, grouping, rows, Bieu06Row.total(rows))
