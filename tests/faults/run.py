"""Inject each fault of issue 12 in turn under the mixed load and check the invariants after each; print the table
(and write it with ``--write``). ``make faults`` runs every fault at full length; ``make faults FAULTS="redis
web-worker"`` only those; ``--short`` shortens every window (the version the test suite runs).

Needs root (initdb as the postgres user, a tmpfs for private storage), PostgreSQL's and Redis' server binaries; it
starts its own cluster and Redis on spare ports and touches no other."""

import argparse
import os
import platform
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django  # noqa: E402
from django.apps import apps  # noqa: E402

if not apps.ready:  # run as a script; under pytest, pytest-django has set Django up (and its logging) already
    django.setup()  # the demo forms and accounts the load reads are models' modules

import requests  # noqa: E402

from tests.faults.invariants import check  # noqa: E402
from tests.faults.load import Load, Request  # noqa: E402
from tests.faults.services import Site, why_not  # noqa: E402
from tests.production_shape import FORM_PATH  # noqa: E402

MALFORMED_PER_KIND = 17  # as many as took the site down in issue 12


@dataclass
class Window:
    """How long a run leaves the load alone before a fault, holds the fault, and watches the recovery."""

    steady: float
    hold: float
    observe: float
    notices: float  # how long a notice may take before it counts as unsent


FULL = Window(steady=5, hold=30, observe=30, notices=120)
SHORT = Window(steady=3, hold=8, observe=12, notices=70)


# The faults: each holds its fault for ``window.hold`` seconds (or as long as the fault takes) and returns notes.


def redis_stopped(site, load, window):
    site.redis.stop()
    time.sleep(window.hold)
    site.redis.start()
    return "Redis stopped (no persistence: cache and queue lost) and started again"


def postgres_restarted(site, load, window):
    started = time.monotonic()
    site.postgres.restart()
    return f"pg_ctl restart -m fast: {time.monotonic() - started:.1f} s"


def celery_worker_killed(site, load, window):
    """The worker is paused while the load queues notices, let go, and killed -9 while it drains them."""
    worker = site.processes.get("worker")
    os.kill(worker.pid, signal.SIGSTOP)
    time.sleep(window.hold)
    queued = site.redis_length("celery")
    os.kill(worker.pid, signal.SIGCONT)
    time.sleep(0.3)
    site.kill_worker()
    return f"{queued} messages queued when the worker was let go; kill -9 0.3 s later, a new worker 3 s after"


def web_worker_killed(site, load, window):
    before = site.gunicorn_workers()
    site.kill_web_worker()
    time.sleep(1)
    return f"gunicorn workers {before} -> {site.gunicorn_workers()}"


def storage_read_only(site, load, window):
    site.disk.remount("ro")
    time.sleep(window.hold)
    site.disk.remount("rw")
    return "private storage remounted read-only, then read-write"


def storage_full(site, load, window):
    before = site.disk.fill()
    time.sleep(window.hold)
    site.disk.empty()
    return f"private storage ({before} before) filled by one file, then emptied"


def malformed_requests(site, load, window):
    """CL+TE and ``charset=utf-16`` form POSTs spread over the hold; every one must be answered 400 by a worker
    that survives it. Each probe is recorded with the load's requests: any other answer, and each worker that died,
    is a failure of the window."""
    deaths = site.web_worker_deaths()
    answers = Counter()
    for _ in range(MALFORMED_PER_KIND):
        for kind, send in (("CL+TE", send_content_length_and_chunked), ("utf-16", send_utf16_form)):
            started = time.monotonic()
            status = send(site)
            answers[f"{kind} {status}"] += 1
            load.record(Request(kind, started, "400" if status == "400" else f"{kind} answered {status}"))
        time.sleep(window.hold / MALFORMED_PER_KIND)
    died = site.web_worker_deaths() - deaths
    for _ in range(died):
        load.record(Request("web worker", time.monotonic(), "web worker died"))
    answered = ", ".join(f"{kind} ×{count}" for kind, count in sorted(answers.items()))
    return f"answers: {answered}; web workers that died: {died}"


def send_content_length_and_chunked(site):
    request = (
        f"POST {FORM_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        "Content-Length: 5\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n"
    ).encode()
    try:
        with socket.create_connection(("127.0.0.1", site.port), timeout=10) as connection:
            connection.sendall(request)
            line = connection.makefile("rb").readline().decode("latin-1")
    except OSError as error:
        return type(error).__name__
    return line.split(" ")[1] if line.count(" ") >= 2 else "nothing"


def send_utf16_form(site):
    try:
        answer = requests.post(
            site.base_url + FORM_PATH,
            data="applicant_name=x".encode("utf-16"),
            headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-16"},
            timeout=10,
        )
    except requests.RequestException as error:
        return type(error).__name__
    return str(answer.status_code)


# name -> (the fault, what may fail while it lasts: answers it makes impossible)
FAULTS = {
    "baseline": (lambda site, load, window: time.sleep(window.hold) or "no fault", set()),
    "redis": (redis_stopped, set()),
    "postgres": (postgres_restarted, {"503"}),
    "celery-worker": (celery_worker_killed, set()),
    "web-worker": (web_worker_killed, {"ConnectionError", "ChunkedEncodingError"}),
    "storage-read-only": (storage_read_only, {"503"}),
    "storage-full": (storage_full, {"503"}),
    "malformed": (malformed_requests, set()),
}
# A file being written when the disk turned read-only cannot be deleted until it is writable again: the clean-up after
# the failed transaction fails too; a worker killed with -9 while it writes a filled declaration cannot clean up at
# all. The nightly check_attachment_files reports such files (its own tests show it). Counted in the table, not held
# against the fault.
ORPHANS_EXCUSED = {"storage-read-only", "celery-worker"}


@dataclass
class Row:
    fault: str
    notes: str
    requests: int
    errors: Counter  # outcome -> count, answers outside 2xx-4xx and requests with no answer
    unexpected: int  # errors the fault does not excuse
    lost: int
    half_written: int
    orphans: int
    late: int
    twice: int
    unsent: int
    recovered_after: float | None  # seconds from the fault's end to the last failure; None if it never stopped

    def holds(self):
        """The invariants of issue 12 for this fault."""
        orphans = 0 if self.fault in ORPHANS_EXCUSED else self.orphans
        broken = self.unexpected, self.lost, self.half_written, orphans, self.late, self.twice, self.unsent
        return not any(broken) and self.recovered_after is not None


def inject(site, load, name, window, orphans_before):
    """One fault under the load; ``orphans_before`` holds the orphan files found after earlier faults (a row counts
    only those its own fault left)."""
    fault, excused = FAULTS[name]
    time.sleep(window.steady)
    (since,) = site.postgres.query("SELECT now()")[0]
    start = time.monotonic()
    notes = fault(site, load, window)
    end = time.monotonic()
    (restored,) = site.postgres.query("SELECT now()")[0]
    time.sleep(window.observe)
    seen = load.between(start, time.monotonic())
    failures = [request for request in seen if request.failed]
    last_failure = max((request.started for request in failures), default=None)
    if last_failure is None or last_failure < end:
        recovered_after = 0.0
    elif time.monotonic() - last_failure > 3:  # the window's last seconds all succeeded
        recovered_after = last_failure - end
    else:
        recovered_after = None
    with load.paused():
        findings = check(site, load.acknowledged, since=since, restored=restored, wait_for_notices=window.notices)
    errors = Counter(request.outcome for request in failures)
    return Row(
        fault=name,
        notes=notes,
        requests=len(seen),
        errors=errors,
        unexpected=sum(count for outcome, count in errors.items() if outcome not in excused),
        lost=len(findings.lost),
        half_written=len(findings.half_written),
        orphans=len(set(findings.orphans) - orphans_before),
        late=len(findings.late),
        twice=len(findings.duplicates),
        unsent=len(findings.unsent),
        recovered_after=recovered_after,
    ), findings


def run(names, window, report=print):
    """Starts the site and the load, injects each named fault in turn; returns the rows and each fault's findings."""
    rows = []
    with Site() as site:
        load = Load(site).start()
        try:
            orphans = set()
            for name in names:
                row, findings = inject(site, load, name, window, orphans)
                orphans.update(findings.orphans)
                rows.append(row)
                report(f"{name}: {row.requests} requests, errors {dict(row.errors)}; {findings}")
        finally:
            load.stop()
        report(f"acknowledged submissions: {len(load.acknowledged)}; stored but unconfirmed: {len(load.unconfirmed)}")
    return rows


def table(rows, command):
    lines = [
        "| fault | what happened | requests | errors by kind | lost | half-written | orphans | late notices "
        "| sent twice / unsent | time to recover | command |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        errors = ", ".join(f"{outcome} ×{count}" for outcome, count in sorted(row.errors.items())) or "none"
        recovery = "not within the window" if row.recovered_after is None else f"{row.recovered_after:.1f} s"
        lines.append(
            f"| {row.fault} | {row.notes} | {row.requests} | {errors} | {row.lost} | {row.half_written} "
            f"| {row.orphans} | {row.late} | {row.twice} / {row.unsent} | {recovery} "
            f'| `{command} FAULTS="{row.fault}"` |'
        )
    return "\n".join(lines)


def machine():
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor(),
    )
    memory = int(Path("/proc/meminfo").read_text().split()[1]) // 1024 // 1024
    postgres = subprocess.run(["postgres", "--version"], capture_output=True, text=True).stdout.strip()
    redis = subprocess.run(["redis-server", "--version"], capture_output=True, text=True).stdout.split()[2]
    return f"{os.cpu_count()} cores ({cpu}), {memory} GB, {platform.platform()}, {postgres}, Redis {redis}"


def commit():
    return subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("faults", nargs="*", default=list(FAULTS), help=f"among: {' '.join(FAULTS)}")
    parser.add_argument("--short", action="store_true", help="short windows (the test suite's version)")
    parser.add_argument("--write", type=Path, help="also write the table, with the machine, to this Markdown file")
    arguments = parser.parse_args()
    if reason := why_not():
        sys.exit(reason)
    unknown = set(arguments.faults) - set(FAULTS)
    if unknown:
        sys.exit(f"unknown faults: {' '.join(sorted(unknown))}; among: {' '.join(FAULTS)}")
    started = time.monotonic()
    rows = run(arguments.faults, SHORT if arguments.short else FULL)
    command = "make faults" + (" FAULTS_ARGS=--short" if arguments.short else "")
    text = table(rows, command)
    print(text)
    print(f"{time.monotonic() - started:.0f} s on {machine()}")
    if arguments.write:
        arguments.write.write_text(
            arguments.write.read_text().split("<!-- table -->")[0]
            + f"<!-- table -->\n\nRun on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} at commit {commit()}, "
            f"{machine()}, "
            f"in {time.monotonic() - started:.0f} s.\n\n{text}\n"
        )
    sys.exit(0 if all(row.holds() for row in rows) else 1)


if __name__ == "__main__":
    main()
