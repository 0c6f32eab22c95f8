"""How long an online backup takes and what it costs the writers: dossiers submitted and received per second by four
writer threads for 10 s without a backup, then while a backup runs.

Run (create the database first; it is migrated here, and seed_demo and seed_dossiers fill it up to --dossiers):
  DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench .venv/bin/python bench/bench_backup.py --dossiers 20000
"""

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
# Thousands of notices: not as files under var/mail/.
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.dummy.EmailBackend")

import django

django.setup()

from django.contrib.auth.models import Group, User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from backups.service import back_up  # noqa: E402
from dossiers.accounts import roles  # noqa: E402
from dossiers.models import Dossier  # noqa: E402
from dossiers.workflow.creation import Applicant  # noqa: E402
from dossiers.workflow.engine import create, transition  # noqa: E402
from procedures.models import ProcedurePage  # noqa: E402

WRITERS = 4
BASELINE_SECONDS = 10
APPLICANT = Applicant("Lê Thị Hoa", "001203004567", None, "3 Hai Bà Trưng", "0912000111", "")


def prepare(dossiers):
    call_command("migrate", verbosity=0)
    call_command("seed_demo", verbosity=0)
    missing = dossiers - Dossier.objects.count()
    if missing > 0:
        call_command("seed_dossiers", count=missing, verbosity=0)
    staff, _ = User.objects.get_or_create(username="bench-motcua")
    staff.groups.add(Group.objects.get(role__code=roles.COUNTER_STAFF))
    # One procedure of a different agency per writer: codes are issued under a per-agency lock.
    procedures = {}
    for procedure in ProcedurePage.objects.live().order_by("pk"):
        procedures.setdefault(procedure.agency_id, procedure)
    return staff, list(procedures.values())[:WRITERS]


class Writers:
    """Four threads submitting a dossier and receiving it, again and again; each write's end time and latency."""

    def __init__(self, staff, procedures):
        self.staff, self.procedures = staff, procedures
        self.stop = threading.Event()
        self.writes = []  # (finished at, seconds)
        self.threads = [threading.Thread(target=self.write, args=(procedure,)) for procedure in procedures]

    def write(self, procedure):
        try:
            while not self.stop.is_set():
                began = time.monotonic()
                dossier = create("submit", procedure=procedure, applicant=APPLICANT, form_data={}, form_schema=[])
                self.writes.append((time.monotonic(), time.monotonic() - began))
                began = time.monotonic()
                transition(dossier, "receive", self.staff)
                self.writes.append((time.monotonic(), time.monotonic() - began))
        finally:
            connection.close()

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc_info):
        self.stop.set()
        for thread in self.threads:
            thread.join()

    def rate(self, start, end):
        done = [seconds for finished, seconds in self.writes if start <= finished < end]
        return len(done) / (end - start), max(done, default=0.0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=20000)
    args = parser.parse_args()
    staff, procedures = prepare(args.dossiers)
    print(f"{connection.vendor}, {Dossier.objects.count():,} dossiers, {len(procedures)} writers")
    with tempfile.TemporaryDirectory() as folder, Writers(staff, procedures) as writers:
        time.sleep(1)  # warm up: the first notice loads templates and the URLconf
        began = time.monotonic()
        time.sleep(BASELINE_SECONDS)
        before, slowest_before = writers.rate(began, time.monotonic())
        began = time.monotonic()
        written = back_up(Path(folder) / "bench.tar.gz")
        ended = time.monotonic()
        during, slowest_during = writers.rate(began, ended)
    print(f"backup           {ended - began:8.1f} s")
    print(f"archive          {written.size / 2**20:8.1f} MiB ({len(written.manifest['files'])} files)")
    print(f"writes before    {before:8.1f} /s (slowest {slowest_before * 1000:.0f} ms)")
    print(f"writes during    {during:8.1f} /s (slowest {slowest_during * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
