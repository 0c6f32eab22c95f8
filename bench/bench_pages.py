"""Requests per second for a procedure page, from the page cache and rendered afresh, against the bare view in the
same run (targets: cached at least 60 % of the bare view's rate, uncached at least 15 %).

    .venv/bin/python bench/bench_pages.py [--dossiers 1000000] [--seconds 15] [--connections 8]

See bench/harness.py for the database and wrk.
"""

import argparse

from harness import Gunicorn, against_bare, common_arguments, print_load, require_postgres_and_wrk, seed_up_to, verdict

from procedures.models import ProcedurePage

TARGETS = {"cached": 0.60, "uncached": 0.15}


def measure(name, path, options, **environment):
    with Gunicorn(**environment):
        load, bare = against_bare(path, seconds=options.seconds, connections=options.connections)
    print_load("bare view", bare, bare)
    print_load(f"procedure page, {name}", load, bare)
    ratio = load.requests_per_second / bare.requests_per_second
    print(f"  target >= {TARGETS[name]:.0%} of bare: {verdict(ratio >= TARGETS[name] and load.failures == 0)}\n")


def main():
    options = common_arguments(argparse.ArgumentParser(description=__doc__.splitlines()[0])).parse_args()
    require_postgres_and_wrk()
    seed_up_to(options.dossiers)
    path = ProcedurePage.objects.live().order_by("path").first().url
    print(f"\n{path}, {options.connections} connections, {options.seconds} s each, gunicorn with 2 workers\n")
    measure("cached", path, options, PAGE_CACHE_SECONDS="300")
    measure("uncached", path, options, PAGE_CACHE_SECONDS="0")


if __name__ == "__main__":
    main()
