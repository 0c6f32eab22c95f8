"""What must hold after every fault, read from the database, the private storage and the mail folder."""

import hashlib
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from email import message_from_bytes
from email.policy import default as default_policy

LATE_SECONDS = 60  # issue 12: a notice that could not be queued goes out within a minute of the broker's return
DECLARATION_WAIT_SECONDS = 20  # a filled declaration takes the worker well under a second


@dataclass
class Findings:
    """What broke, by invariant; each list names the dossiers, files or notices concerned."""

    lost: list = field(default_factory=list)  # acknowledged codes with no dossier
    half_written: list = field(default_factory=list)  # dossiers without their first event, files not as recorded
    orphans: list = field(default_factory=list)  # files no attachment row names, and zero-byte files
    duplicates: list = field(default_factory=list)  # notices emailed more than once
    unsent: list = field(default_factory=list)  # notices still not sent when the run stopped waiting
    late: list = field(default_factory=list)  # sent more than LATE_SECONDS after they were recorded or the fault ended

    def __str__(self):
        return (
            "; ".join(
                f"{name}: {len(found)} ({', '.join(map(str, found[:3]))}{', …' if len(found) > 3 else ''})"
                for name, found in vars(self).items()
                if found
            )
            or "every invariant holds"
        )


def check(site, acknowledged, *, since, restored, wait_for_notices):
    """Every invariant at once. Notices recorded since ``since`` (a database timestamp) are waited for, at most
    ``wait_for_notices`` seconds, before they count as unsent; one is late if it went out more than LATE_SECONDS
    after it was recorded, or after the fault ended (``restored``) for one recorded while it lasted."""
    findings = Findings()
    codes = {code for (code,) in site.postgres.query("SELECT code FROM dossiers_dossier")}
    findings.lost = sorted(set(acknowledged) - codes)
    findings.half_written = [
        f"{code}: no first event"
        for (code,) in site.postgres.query(
            "SELECT code FROM dossiers_dossier d WHERE NOT EXISTS "
            "(SELECT 1 FROM dossiers_dossierevent e WHERE e.dossier_id = d.id)"
        )
    ]
    # The worker writes each online dossier's filled declaration after its submission: a file it is writing when the
    # storage is read would look like an orphan, so its work is waited for (a task the fault lost never comes).
    deadline = time.monotonic() + DECLARATION_WAIT_SECONDS
    while time.monotonic() < deadline and without_declaration(site, since):
        time.sleep(1)
    named = set()
    for name, size, sha256 in site.postgres.query("SELECT file, size, sha256 FROM dossiers_attachment"):
        named.add(name)
        path = site.disk.path / name
        if not path.is_file():
            findings.half_written.append(f"{name}: missing")
        elif path.stat().st_size != size or hashlib.sha256(path.read_bytes()).hexdigest() != sha256:
            findings.half_written.append(f"{name}: not the recorded size and sha256")
    for path in site.disk.path.rglob("*"):
        if path.is_file() and path.name != site.disk.FILLER:
            name = str(path.relative_to(site.disk.path))
            if name not in named or path.stat().st_size == 0:
                findings.orphans.append(name)

    deadline = time.monotonic() + wait_for_notices
    while time.monotonic() < deadline and pending(site, since):
        time.sleep(2)
    findings.unsent = [f"notice {pk} ({kind})" for pk, kind in pending(site, since)]
    findings.late = [
        f"notice {pk} ({kind}) after {delay}"
        for pk, kind, delay in site.postgres.query(
            "SELECT id, kind, sent_at - greatest(created_at, %s) FROM dossiers_notification "
            "WHERE created_at >= %s AND state = 'sent' AND sent_at - greatest(created_at, %s) > %s",
            restored,
            since,
            restored,
            timedelta(seconds=LATE_SECONDS),
        )
    ]
    emailed = emails(site.mail)
    recorded = Counter(
        (recipient, folded(subject))
        for recipient, subject in site.postgres.query("SELECT recipient, subject FROM dossiers_notification")
    )
    findings.duplicates = [f"{to}: {subject} ×{n}" for (to, subject), n in emailed.items() if n > recorded[to, subject]]
    return findings


def without_declaration(site, since):
    return site.postgres.query(
        "SELECT d.id FROM dossiers_dossier d WHERE d.channel = 'online' AND d.submitted_at >= %s AND NOT EXISTS "
        "(SELECT 1 FROM dossiers_attachment a WHERE a.dossier_id = d.id AND a.source = 'declaration')",
        since,
    )


def pending(site, since):
    return site.postgres.query(
        "SELECT id, kind FROM dossiers_notification WHERE created_at >= %s AND state <> 'sent'", since
    )


def emails(folder):
    """How many emails each (recipient, subject) got, from the .eml files the development backend wrote."""
    sent = Counter()
    for path in folder.glob("*.eml"):
        message = message_from_bytes(path.read_bytes(), policy=default_policy)
        sent[str(message["To"]), folded(str(message["Subject"]))] += 1
    return sent


def folded(subject):
    """A long subject comes back from its folded header with its whitespace changed."""
    return " ".join(subject.split())
