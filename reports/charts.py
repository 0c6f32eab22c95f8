"""Charts drawn on the server as inline SVG: readable without JavaScript, each bar labelled with its figure in
text, and followed by the same figures as a table for screen readers and printing.

The monthly chart counts dossiers received in each month (refused ones aside) and dossiers returned in it. Its
"returned" bars equal Biểu 06's "resolved" for that month; its "received" bars also include dossiers withdrawn
or stopped later in the month, which Biểu 06 leaves out of the month they left in.
"""

from dataclasses import dataclass

from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from dossiers.calendar.deadlines import VIETNAM
from dossiers.calendar.periods import Period
from dossiers.models import Dossier, Status

from .bieu06 import Bieu06Row

PLOT_LEFT = 8
PLOT_WIDTH = 560
ROW_HEIGHT = 46
COLUMN_PLOT_HEIGHT = 200
COLUMN_TOP = 84  # room for the legend and for figures written upwards above the tallest column
COLUMN_WIDTH = 700


PRIMARY, GREEN = "#0b4f8a", "#2e7d32"
SERIES = (PRIMARY, GREEN)


@dataclass(frozen=True)
class Bar:
    """A rectangle and its figure as text, at ``(text_x, text_y)``; coordinates rounded for a compact SVG."""

    x: float
    y: float
    width: float
    height: float
    text: str
    text_x: float
    text_y: float
    fill: str = PRIMARY
    upright: bool = False  # the figure is written bottom to top, for narrow columns

    @classmethod
    def at(cls, x, y, width, height, text, text_x, text_y, fill=PRIMARY, upright=False):
        x, y, width, height, text_x, text_y = (round(value, 1) for value in (x, y, width, height, text_x, text_y))
        return cls(x, y, width, height, text, text_x, text_y, fill, upright)


@dataclass(frozen=True)
class LabelledBar:
    label: str
    bar: Bar
    label_y: float


@dataclass(frozen=True)
class Chart:
    """What the chart templates draw; ``table`` holds the same figures as rows of text."""

    title: str
    height: float
    items: list
    table_head: list[str]
    table: list[list[str]]
    legend: list[tuple[str, str, int]] = ()  # colour, label, x
    axis: int = 0


def percent_text(value: float | None) -> str:
    return "—" if value is None else f"{number_format(value, 1)} %"


def on_time_chart(rows: list[Bieu06Row]) -> Chart:
    """One horizontal bar per subsystem: (early + on time) / resolved, on a 0–100 % scale."""
    items = []
    for index, row in enumerate(rows):
        top = index * ROW_HEIGHT
        share = row.on_time_percent or 0
        width = PLOT_WIDTH * share / 100
        bar = Bar.at(PLOT_LEFT, top + 22, width, 16, percent_text(row.on_time_percent), PLOT_LEFT + width + 6, top + 35)
        items.append(LabelledBar(row.label, bar, top + 16))
    return Chart(
        title=str(_("Tỷ lệ hồ sơ giải quyết đúng hạn theo lĩnh vực")),
        height=max(len(rows), 1) * ROW_HEIGHT,
        items=items,
        table_head=[str(_("Lĩnh vực")), str(_("Đã giải quyết")), str(_("Tỷ lệ đúng hạn"))],
        table=[[row.label, number_format(row.resolved), percent_text(row.on_time_percent)] for row in rows],
    )


def counts_by_month(queryset, field: str) -> dict:
    counted = queryset.annotate(month=TruncMonth(field, tzinfo=VIETNAM)).values("month").annotate(n=Count("pk"))
    return {timezone.localtime(entry["month"], VIETNAM).date(): entry["n"] for entry in counted.order_by()}


def monthly_figures(months: list[Period]) -> list[tuple[Period, int, int]]:
    """``(month, received, returned)`` for each month: two aggregate queries over the whole span."""
    span = {"gte": months[0].start_instant, "lt": months[-1].end_instant}
    received = counts_by_month(
        Dossier.objects.exclude(status=Status.REFUSED).filter(received_at__gte=span["gte"], received_at__lt=span["lt"]),
        "received_at",
    )
    returned = counts_by_month(
        Dossier.objects.filter(status=Status.RETURNED, returned_at__gte=span["gte"], returned_at__lt=span["lt"]),
        "returned_at",
    )
    return [(month, received.get(month.start, 0), returned.get(month.start, 0)) for month in months]


def monthly_chart(months: list[Period]) -> Chart:
    """Per month, a "received" and a "returned" column side by side, to a common scale."""
    figures = monthly_figures(months)
    highest = max([1, *(max(received, returned) for _month, received, returned in figures)])
    slot = COLUMN_WIDTH / len(figures)
    column = slot * 0.38
    bottom = COLUMN_TOP + COLUMN_PLOT_HEIGHT
    items = []
    for index, (month, *counts) in enumerate(figures):
        bars = []
        for series, count in enumerate(counts):
            height = COLUMN_PLOT_HEIGHT * count / highest
            x = PLOT_LEFT + index * slot + slot * 0.1 + series * column
            top = bottom - height
            text_x = x + column / 2 + 4
            bars.append(Bar.at(x, top, column, height, number_format(count), text_x, top - 4, SERIES[series], True))
        items.append((f"{month.start:%m/%y}", PLOT_LEFT + index * slot + slot / 2, bars))
    received_label, returned_label = str(_("Tiếp nhận")), str(_("Đã giải quyết"))
    return Chart(
        title=str(_("Hồ sơ tiếp nhận và đã giải quyết theo tháng")),
        height=bottom + 40,
        items=items,
        table_head=[str(_("Tháng")), received_label, returned_label],
        table=[
            [f"{month.start:%m/%Y}", number_format(received), number_format(returned)]
            for month, received, returned in figures
        ],
        legend=[(SERIES[0], received_label, 8), (SERIES[1], returned_label, 160)],
        axis=bottom,
    )
