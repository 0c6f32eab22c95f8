"""How long Biểu 06 takes over the last full year of a million dossiers on PostgreSQL (target: under one second).

Run against a database of its own, migrated and loaded with the demo catalogue:

    createdb -h 127.0.0.1 -U postgres portal_bench
    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench
    .venv/bin/python manage.py migrate && .venv/bin/python manage.py seed_demo
    .venv/bin/python bench/bench_report.py [--dossiers 1000000] [--runs 5]

Missing dossiers are seeded first (with the seeding rate printed); then each grouping's report is timed, the
median of ``--runs`` runs after one warm-up run, and its totals printed.
"""

import argparse
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django

django.setup()

from django.db import connection  # noqa: E402

from dossiers.models import Dossier  # noqa: E402
from dossiers.seeding import seed_dossiers  # noqa: E402
from reports.bieu06 import bieu06  # noqa: E402
from reports.grouping import GROUPINGS  # noqa: E402
from reports.periods import Period, today  # noqa: E402

TARGET_SECONDS = 1.0


def seed_up_to(wanted: int) -> None:
    present = Dossier.objects.count()
    if present >= wanted:
        print(f"{present:,} dossiers present, none seeded.")
        return
    print(f"{present:,} dossiers present, seeding {wanted - present:,}...")
    seeded = seed_dossiers(
        wanted - present, seed=present, progress=lambda s: print(f"  {s.dossiers:>10,}  {s.rate:,.0f}/s", end="\r")
    )
    print(
        f"\nSeeded {seeded.dossiers:,} dossiers ({seeded.events:,} events, {seeded.history:,} history rows, "
        f"{seeded.ratings:,} ratings) in {seeded.seconds:.1f} s: {seeded.rate:,.0f} dossiers/s."
    )
    with connection.cursor() as cursor:
        cursor.execute("VACUUM dossiers_dossier")  # the visibility map, for index-only scans
        cursor.execute("ANALYZE")  # every table: the planner must know the page tree is small too


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
