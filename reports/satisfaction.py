"""Satisfaction report: the applicants' ratings given in a period, counted per agency, subsystem or procedure."""

from dataclasses import dataclass

from django.db.models import Q

from dossiers.calendar.periods import Period
from dossiers.models import Rating

from .grouping import CountedRow, Grouping, grouped_rows

Score = Rating.Score


@dataclass(frozen=True)
class SatisfactionRow(CountedRow):
    very_satisfied: int = 0
    satisfied: int = 0
    not_satisfied: int = 0

    @property
    def ratings(self) -> int:
        return self.very_satisfied + self.satisfied + self.not_satisfied

    @property
    def satisfied_percent(self) -> float | None:
        """Share of "very satisfied" and "satisfied", blank without ratings."""
        if not self.ratings:
            return None
        return round(100 * (self.very_satisfied + self.satisfied) / self.ratings, 1)


def satisfaction(period: Period, grouping: Grouping) -> tuple[list[SatisfactionRow], SatisfactionRow]:
    ratings = Rating.objects.filter(created_at__gte=period.start_instant, created_at__lt=period.end_instant)
    conditions = {
        "very_satisfied": Q(score=Score.VERY_SATISFIED),
        "satisfied": Q(score=Score.SATISFIED),
        "not_satisfied": Q(score=Score.NOT_SATISFIED),
    }
    rows = grouped_rows(ratings, grouping, conditions, SatisfactionRow, prefix="dossier__")
    return rows, SatisfactionRow.total(rows)
