"""Requests per second and p99 latency of the public look-up API (``POST /api/v1/dossiers/lookup``) with 8
concurrent clients, against the bare view in the same run (targets: at least 40 % of the bare view's rate, p99
under 25 ms).

    .venv/bin/python bench/bench_lookup_api.py [--dossiers 1000000] [--seconds 15] [--connections 8]

Each request asks for one of 2,000 dossiers drawn at random from the whole table, half by the slip's look-up
secret and half by the applicant's ID number. See bench/harness.py for the database and wrk.
"""

import argparse
import json
import random

from django.db.models import Max, Min
from harness import (
    REQUESTS_SCRIPT,
    Gunicorn,
    against_bare,
    common_arguments,
    print_load,
    request_file,
    require_postgres_and_wrk,
    seed_up_to,
    verdict,
)

from dossiers.models import Dossier

PATH = "/api/v1/dossiers/lookup"
SAMPLE = 2_000
TARGET_RATIO = 0.40
TARGET_P99_MS = 25.0


def lookups():
    bounds = Dossier.objects.aggregate(first=Min("pk"), last=Max("pk"))
    chosen = random.Random(7).sample(range(bounds["first"], bounds["last"] + 1), SAMPLE)
    rows = Dossier.objects.filter(pk__in=chosen).values_list("code", "lookup_secret", "applicant_id_number")
    for number, (code, secret, id_number) in enumerate(rows):
        factor = {"secret": secret} if number % 2 else {"id_number": id_number}
        yield "POST", "application/json", json.dumps({"code": code, **factor}).encode()


def main():
    options = common_arguments(argparse.ArgumentParser(description=__doc__.splitlines()[0])).parse_args()
    require_postgres_and_wrk()
    seed_up_to(options.dossiers)
    with Gunicorn() as server:
        environment = request_file(server.files / "lookups", lookups())
        print(f"\n{PATH}, {options.connections} connections, {options.seconds} s each, gunicorn with 2 workers\n")
        load, bare = against_bare(
            PATH,
            seconds=options.seconds,
            connections=options.connections,
            script=REQUESTS_SCRIPT,
            environment=environment,
        )
    print_load("bare view", bare, bare)
    print_load("look-up API", load, bare)
    print(f"  answers by status: {load.statuses}")
    ratio = load.requests_per_second / bare.requests_per_second
    all_found = set(load.statuses) == {200}
    print(f"  target >= {TARGET_RATIO:.0%} of bare: {verdict(ratio >= TARGET_RATIO and all_found)}")
    print(f"  target p99 < {TARGET_P99_MS:.0f} ms: {verdict(load.p99_ms < TARGET_P99_MS)}")


if __name__ == "__main__":
    main()
