"""How long the staff dashboard's work-queue counts take over a million dossiers (target: under 300 ms), for each
role that has a work queue: the counts alone, in process (the one aggregate query), and the whole dashboard page
through gunicorn in the production shape, signed in as that role.

    .venv/bin/python bench/bench_dashboard.py [--dossiers 1000000] [--runs 10]

See bench/harness.py for the database.
"""

import argparse
import statistics
import time

from bench_staff_list import signed_in
from django.contrib.auth import get_user_model
from django.utils import timezone
from harness import BASE, Gunicorn, common_arguments, require_postgres_and_wrk, seed_up_to, verdict

from dossiers.models import Dossier

HOME = "/admin/"
TARGET_MS = 300.0
ROLES = ["motcua", "chanhvp", "chuyenvien1", "lanhdao"]


def milliseconds(call, runs):
    call()
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        call()
        times.append((time.perf_counter() - began) * 1000)
    return times


def fetch(opener, path):
    def call():
        with opener.open(f"{BASE}{path}") as answer:
            answer.read()
            if answer.status != 200:
                raise SystemExit(f"{path} answered {answer.status}")

    return call


def main():
    parser = common_arguments(argparse.ArgumentParser(description=__doc__.splitlines()[0]))
    parser.add_argument("--runs", type=int, default=10, help="timed runs per role (default 10)")
    options = parser.parse_args()
    require_postgres_and_wrk()
    seed_up_to(options.dossiers)
    print(f"\n{Dossier.objects.count():,} dossiers, median of {options.runs} runs\n")
    users = get_user_model().objects.in_bulk(ROLES, field_name="username")
    medians = {}
    for username in ROLES:
        user = users[username]
        counts = Dossier.objects.bucket_counts(user, timezone.now())
        times = milliseconds(lambda user=user: Dossier.objects.bucket_counts(user, timezone.now()), options.runs)
        medians["counts", username] = median = statistics.median(times)
        figures = ", ".join(f"{bucket.value} {count:,}" for bucket, count in counts.items())
        print(f"counts  {username:<12} median {median:5.0f} ms  slowest {max(times):5.0f} ms  {figures}")
    with Gunicorn():
        for username in ROLES:
            times = milliseconds(fetch(signed_in(username), HOME), options.runs)
            medians["page", username] = median = statistics.median(times)
            print(f"page    {username:<12} median {median:5.0f} ms  slowest {max(times):5.0f} ms")
    for kind in ("counts", "page"):
        worst = max(value for (measured, _name), value in medians.items() if measured == kind)
        met = verdict(worst < TARGET_MS)
        print(f"{kind}: slowest role's median {worst:.0f} ms, target < {TARGET_MS:.0f} ms: {met}")


if __name__ == "__main__":
    main()
