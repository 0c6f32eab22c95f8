"""How long Biểu 06 takes over the last full year of a million dossiers on PostgreSQL (target: under one second).

    .venv/bin/python bench/bench_report.py [--dossiers 1000000] [--runs 5]

Each grouping's report is timed in this process (no HTTP), the median of ``--runs`` runs after one warm-up run, and
its totals printed. See bench/harness.py for the database (missing dossiers are seeded first).
"""

import argparse
import statistics
import sys
import time
from datetime import date

from django.db import connection
from harness import seed_up_to

from dossiers.calendar.periods import Period, today
from dossiers.models import Dossier
from reports.bieu06 import bieu06
from reports.grouping import GROUPINGS

TARGET_SECONDS = 1.0


def timed(period: Period, grouping, runs: int):
    bieu06(period, grouping)
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        report = bieu06(period, grouping)
        times.append(time.perf_counter() - began)
    return statistics.median(times), report


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("needs PostgreSQL: set DATABASE_URL=postgres://...")
    seed_up_to(options.dossiers)
    year = today().year - 1
    period = Period(date(year, 1, 1), date(year, 12, 31))
    print(f"\nBiểu 06, {period.start} to {period.end}, {Dossier.objects.count():,} dossiers in the table")
    print(f"{'grouping':<10} {'rows':>5} {'median':>8}  to handle = carried + received | resolved (early/on time/late)")
    for grouping in GROUPINGS.values():
        seconds, report = timed(period, grouping, options.runs)
        total = report.total
        verdict = "ok" if seconds < TARGET_SECONDS else "SLOW"
        print(
            f"{grouping.name:<10} {len(report.rows):>5} {seconds * 1000:>6.0f} ms  {verdict:<4} "
            f"{total.to_handle:,} = {total.carried_over:,} + {total.received:,} | {total.resolved:,} "
            f"({total.resolved_early:,}/{total.resolved_on_time:,}/{total.resolved_late:,}) | in progress "
            f"{total.in_progress:,} ({total.in_progress_overdue:,} overdue) | on time {total.on_time_percent} %"
        )
    print(f"target: under {TARGET_SECONDS:.0f} s per grouping")


if __name__ == "__main__":
    main()
