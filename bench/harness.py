"""What the HTTP benchmarks share: the PostgreSQL database of a million dossiers, gunicorn in the production shape
(2 workers, Redis cache and broker, DEBUG off, every middleware), wrk as the load, and the bare view measured in the
same run, so each figure is also a ratio that holds on a noisy machine.

Every benchmark runs against a database of its own, migrated and loaded with the demo catalogue:

    createdb -h 127.0.0.1 -U postgres portal_bench
    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench
    .venv/bin/python manage.py migrate && .venv/bin/python manage.py seed_demo

Missing dossiers are seeded first (``--dossiers``, a million by default: about 3 minutes). wrk comes from Debian
(``WITH_BENCH=1 bash scripts/install-system-packages.sh``).
"""

import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402

from dossiers.demo.dossiers import seed_dossiers  # noqa: E402
from dossiers.models import Dossier  # noqa: E402


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


PORT = int(os.environ.get("BENCH_PORT") or free_port())
BASE = f"http://127.0.0.1:{PORT}"
BARE = "/bench/bare/"
UNLIMITED = "1000000/minute"
STATIC_ROOT = ROOT / "var/bench-static"


def require_postgres_and_wrk():
    if connection.vendor != "postgresql":
        sys.exit("needs PostgreSQL: set DATABASE_URL=postgres://... (see bench/harness.py)")
    if shutil.which("wrk") is None:
        sys.exit("needs wrk: WITH_BENCH=1 bash scripts/install-system-packages.sh")


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


class Gunicorn:
    """``gunicorn -c deploy/gunicorn.conf.py`` with 2 workers on loopback, for the length of a ``with`` block.

    Workers are not recycled during a run (``GUNICORN_MAX_REQUESTS=0``): the figures are the steady state. Rate
    limits are lifted, since the whole load comes from one address."""

    released = False

    def __init__(self, **environment):
        self.files = Path(tempfile.mkdtemp(prefix="portal-bench-"))
        self.environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "GUNICORN_BIND": f"127.0.0.1:{PORT}",
            "GUNICORN_WORKERS": "2",
            "GUNICORN_MAX_REQUESTS": "0",
            "GUNICORN_ACCESS_LOG": str(self.files / "access.log"),
            "DB_CONN_MAX_AGE": "600",
            "CACHE_URL": "redis://127.0.0.1:6379/13",
            "CELERY_BROKER_URL": "redis://127.0.0.1:6379/14",
            "RATELIMIT_LOOKUP": UNLIMITED,
            "RATELIMIT_SUBMISSION": UNLIMITED,
            "RATELIMIT_SIGNED_LINK": UNLIMITED,
            "RATELIMIT_VERIFICATION": UNLIMITED,
            "MEDIA_ROOT": str(self.files / "media"),
            "PRIVATE_MEDIA_ROOT": str(self.files / "private"),
            "LOG_LEVEL": "WARNING",
            "STATIC_ROOT": str(STATIC_ROOT),
            **environment,
        }
        self.process = None

    def release(self):
        """What a deployment does once per release (docs/deploy.md): migrate, and collect the hashed static files
        that production serves from a manifest."""
        if not Gunicorn.released:
            Gunicorn.released = True
            for command in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
                subprocess.run(
                    [sys.executable, "manage.py", *command, "-v0"], cwd=ROOT, env=self.environment, check=True
                )

    def __enter__(self):
        self.release()
        self.log = open(self.files / "gunicorn.log", "wb")
        for database in ("13", "14"):  # an empty cache and queue: every run starts cold and alike
            subprocess.run(["redis-cli", "-n", database, "FLUSHDB"], check=True, capture_output=True)
        self.process = subprocess.Popen(
            [str(ROOT / ".venv/bin/gunicorn"), "-c", str(ROOT / "deploy/gunicorn.conf.py")],
            cwd=ROOT,
            env=self.environment,
            stderr=self.log,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(BASE + BARE, timeout=2) as answer:
                    if answer.status == 200:
                        return self
            except OSError:
                time.sleep(0.3)
        self.__exit__()
        sys.exit(f"gunicorn did not start:\n{self.log_tail}")

    def __exit__(self, *exc_info):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()
        self.log_tail = (self.files / "gunicorn.log").read_text(errors="replace")[-3000:]
        shutil.rmtree(self.files, ignore_errors=True)  # the attachments, request bodies and logs of this run

    def queued_tasks(self):
        """Messages waiting in the Celery queue on the benchmark's broker database (no worker is running)."""
        answer = subprocess.run(["redis-cli", "-n", "14", "LLEN", "celery"], capture_output=True, text=True, check=True)
        return int(answer.stdout.strip() or 0)

    @property
    def private_files(self):
        return self.files / "private"


@dataclass
class Load:
    requests_per_second: float
    requests: int
    p50_ms: float
    p99_ms: float
    failures: int  # socket errors and answers outside 2xx/3xx
    statuses: dict  # status -> count, when the script is requests.lua
    output: str


LATENCY_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _latency(output, percentile):
    # wrk pads a figure in seconds ("1.40s ") with a trailing space.
    match = re.search(rf"^\s+{percentile}%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.MULTILINE)
    return float(match.group(1)) * LATENCY_UNITS[match.group(2)]


def wrk(path, *, seconds=10, connections=8, script=None, environment=None):
    """wrk with one thread (the other core is the server's) and latency percentiles; raises if wrk fails."""
    command = ["wrk", "--latency", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    if script:
        command += ["-s", str(script)]
    finished = subprocess.run(
        [*command, BASE + path], capture_output=True, text=True, check=True, env={**os.environ, **(environment or {})}
    )
    output = finished.stdout
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    non_success = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return Load(
        requests_per_second=float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        requests=int(re.search(r"(\d+) requests in", output).group(1)),
        p50_ms=_latency(output, 50),
        p99_ms=_latency(output, 99),
        failures=(sum(map(int, errors.groups())) if errors else 0) + (int(non_success.group(1)) if non_success else 0),
        statuses={
            int(status): int(count) for status, count in re.findall(r"^STATUS (\d+) (\d+)$", output, re.MULTILINE)
        },
        output=output,
    )


REQUESTS_SCRIPT = Path(__file__).with_name("requests.lua")


def request_file(folder, requests):
    """Writes ``(method, content type, body bytes)`` requests for ``requests.lua``; returns wrk's environment."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for number, (method, content_type, body) in enumerate(requests):
        body_file = folder / f"{number}.body"
        body_file.write_bytes(body)
        lines.append(f"{method}\t{content_type}\t{body_file}\n")
    index = folder / "requests.tsv"
    index.write_text("".join(lines))
    return {"BENCH_REQUESTS": str(index)}


def warm_up(path, script=None, environment=None):
    wrk(path, seconds=2, connections=2, script=script, environment=environment)


def bare_view(*, seconds, connections):
    """The yardstick: the bare view under the same load, through the same middleware and server."""
    warm_up(BARE)
    return wrk(BARE, seconds=seconds, connections=connections)


def against_bare(path, *, seconds, connections, script=None, environment=None):
    """``path`` under load between two runs of the bare view; returns its load and the slower bare run (to be fair)."""
    before = bare_view(seconds=seconds, connections=connections)
    warm_up(path, script=script, environment=environment)
    load = wrk(path, seconds=seconds, connections=connections, script=script, environment=environment)
    after = bare_view(seconds=seconds, connections=connections)
    return load, min(before, after, key=lambda measured: measured.requests_per_second)


def verdict(passed):
    return "ok" if passed else "MISSED"


def print_load(name, load, bare):
    ratio = load.requests_per_second / bare.requests_per_second
    print(
        f"{name:<28} {load.requests_per_second:>8,.0f} req/s  {ratio:>5.0%} of bare"
        f"  p50 {load.p50_ms:6.1f} ms  p99 {load.p99_ms:6.1f} ms  failures {load.failures}"
    )


def common_arguments(parser):
    parser.add_argument("--dossiers", type=int, default=1_000_000, help="seed up to this many (default 1,000,000)")
    parser.add_argument("--seconds", type=int, default=15, help="length of each measured load (default 15)")
    parser.add_argument("--connections", type=int, default=8, help="concurrent clients (default 8)")
    return parser
