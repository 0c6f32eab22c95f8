"""Online backup and restore: a round trip on the current database (SQLite or PostgreSQL), a tampered archive, a
non-empty target, a backup taken while writers insert and update dossiers (PostgreSQL), the admin pages, the task's
progress and the retention."""

import hashlib
import io
import tarfile
import threading
import time
import uuid
from datetime import UTC, datetime

import psycopg
import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from django.urls import reverse

from backups import tasks
from backups.archive import Written
from backups.database import PostgresDatabase, database_for
from backups.errors import ArchiveCorrupt, BackupError, RestoreRefused
from backups.models import Backup
from backups.restore import Target, restore_archive
from backups.retention import prune
from backups.service import back_up
from backups.tasks import nightly_backup
from dossiers.accounts import roles
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.models import Attachment, Status
from dossiers.workflow.engine import transition
from procedures.factories import ProcedurePageFactory, SubsystemPageFactory

COMPARED = {
    "dossiers_dossier": "id, code, status, stage, version",
    "dossiers_historicaldossier": "history_id, id, status, version, history_type",
    "dossiers_dossierevent": "id, dossier_id, action, from_status, to_status",
    "dossiers_attachment": "id, dossier_id, file, sha256",
}


@pytest.fixture
def procedure(home_page):
    return ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page), processing_time=5)


@pytest.fixture
def counter_staff(db):
    return StaffUserFactory(role=roles.COUNTER_STAFF)


@pytest.fixture
def backup_root(settings, tmp_path):
    settings.BACKUP_ROOT = tmp_path / "backups"
    return settings.BACKUP_ROOT


@pytest.fixture
def scratch(tmp_path):
    """An empty database of the current vendor (a new PostgreSQL database, dropped afterwards; a SQLite file) and
    two empty folders: where a restore goes."""
    source = settings.DATABASES["default"]
    folders = {"media_root": tmp_path / "restored-media", "private_root": tmp_path / "restored-private"}
    if connection.vendor != "postgresql":
        yield Target(database_for({**source, "NAME": str(tmp_path / "restored.sqlite3")}), **folders)
        return
    name = f"portal_restore_{uuid.uuid4().hex[:12]}"
    maintenance = PostgresDatabase({**source, "NAME": "postgres"}).params
    with psycopg.connect(**maintenance, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield Target(database_for({**source, "NAME": name}), **folders)
    finally:
        with psycopg.connect(**maintenance, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def rows(query, table):
    return [tuple(row) for row in query(f"SELECT {COMPARED[table]} FROM {table} ORDER BY 1")]


def source_query(statement):
    with connection.cursor() as cursor:
        cursor.execute(statement)
        return cursor.fetchall()


def attach(dossier, content):
    attachment = Attachment(
        dossier=dossier,
        original_name="to-khai.pdf",
        content_type="application/pdf",
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
    )
    attachment.file.save("to-khai.pdf", ContentFile(content), save=True)
    return attachment


@pytest.fixture
def some_dossiers(procedure, counter_staff):
    """Three dossiers with history and events, two with attachments, and a public media file."""
    dossiers = [DossierFactory(procedure=procedure, code=f"RT-{n}") for n in range(3)]
    transition(dossiers[0], "receive", counter_staff)
    transition(dossiers[1], "refuse", counter_staff, reason="Sai thủ tục")
    attachments = [attach(dossiers[0], b"%PDF-1.7 first" * 1000), attach(dossiers[1], bytes(range(256)) * 40)]
    logo = settings.MEDIA_ROOT / "images" / "logo-sao-luu.png"
    logo.parent.mkdir(parents=True, exist_ok=True)
    logo.write_bytes(b"\x89PNG logo")
    return attachments


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_round_trip_restores_every_row_and_file_byte(some_dossiers, scratch, tmp_path):
    archive = tmp_path / "sao-luu.tar.gz"
    written = back_up(archive)
    assert archive.stat().st_size == written.size
    assert hashlib.sha256(archive.read_bytes()).hexdigest() == written.sha256
    assert written.manifest["database"]["vendor"] == connection.vendor
    assert written.manifest["row_counts"]["dossiers_dossier"] == 3
    assert "backups_backup" not in written.manifest["row_counts"]

    report = restore_archive(archive, scratch)

    assert report.attachments_without_file == []
    for table in COMPARED:
        assert rows(scratch.database.query, table) == rows(source_query, table), table
    for attachment in some_dossiers:
        assert (scratch.private_root / attachment.file.name).read_bytes() == attachment.file.open("rb").read()
    assert (scratch.media_root / "images" / "logo-sao-luu.png").read_bytes() == b"\x89PNG logo"


def flip_one_byte(path):
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def replace_member(path, name, content):
    """The same archive (same manifest) with one member's bytes changed: only the checksums can tell."""
    members = []
    with tarfile.open(path, "r:gz") as tar:
        for member in tar:
            data = content if member.name == name else tar.extractfile(member).read()
            members.append((member, data))
    with tarfile.open(path, "w:gz") as tar:
        for member, data in members:
            member.size = len(data)
            tar.addfile(member, io.BytesIO(data))


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_tampered_archive_fails_verification_and_writes_nothing(some_dossiers, scratch, tmp_path):
    archive = tmp_path / "sao-luu.tar.gz"
    back_up(archive)
    changed = tmp_path / "changed.tar.gz"
    changed.write_bytes(archive.read_bytes())
    member = f"private/{some_dossiers[0].file.name}"
    replace_member(changed, member, b"%PDF-1.7 forged" * 1000)
    flip_one_byte(archive)

    with pytest.raises(ArchiveCorrupt):
        restore_archive(archive, scratch)
    with pytest.raises(ArchiveCorrupt, match=member):
        restore_archive(changed, scratch)
    assert scratch.database.tables_with_rows() == []
    assert not scratch.media_root.exists() and not scratch.private_root.exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_restore_refuses_a_target_that_holds_data(some_dossiers, scratch, tmp_path):
    archive = tmp_path / "sao-luu.tar.gz"
    back_up(archive)
    scratch.media_root.mkdir()
    (scratch.media_root / "old.txt").write_text("x")
    with pytest.raises(RestoreRefused, match="không trống"):
        restore_archive(archive, scratch)

    # The configured database (the test database) has rows: the command refuses before asking anything.
    with pytest.raises(CommandError, match="đã có dữ liệu"):
        call_command("restore", str(archive))


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_commands_back_up_and_report_missing_archives(some_dossiers, tmp_path):
    out = io.StringIO()
    call_command("backup", "--output", str(tmp_path / "a.tar.gz"), stdout=out)
    assert str(tmp_path / "a.tar.gz") in out.getvalue()
    assert "bảng" in out.getvalue() and "giây" in out.getvalue()
    with pytest.raises(CommandError, match="Không tìm thấy"):
        call_command("restore", str(tmp_path / "khong-co.tar.gz"), "--yes")


WRITERS = 4


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_backup_while_writers_insert_and_update_holds_everything_committed_before(procedure, scratch, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: SQLite serialises writers, so there is no concurrency to test")
    staff = StaffUserFactory(role=roles.COUNTER_STAFF)
    # One procedure (and agency) per writer: transition() locks the agency row, which would make writers queue
    # behind each other rather than behind the backup.
    procedures = [ProcedurePageFactory(parent=procedure.get_parent(), processing_time=5) for _ in range(WRITERS)]
    # A warm process: the first notice loads the URLconf, under the import lock, and would time that instead.
    transition(DossierFactory(procedure=procedures[0], code="BK-warm"), "receive", staff)
    stop = threading.Event()
    committed = []  # (dossier id, its version after the commit, when the commit returned)
    latencies = []

    def write(number):
        try:
            for sequence in range(10**6):
                if stop.is_set():
                    return
                began = time.monotonic()
                with transaction.atomic():
                    dossier = DossierFactory(procedure=procedures[number], code=f"BK-{number}-{sequence}")
                committed.append((dossier.pk, 1, datetime.now(UTC)))
                latencies.append(time.monotonic() - began)
                began = time.monotonic()
                transition(dossier, "receive", staff)
                committed.append((dossier.pk, 2, datetime.now(UTC)))
                latencies.append(time.monotonic() - began)
        finally:
            connection.close()

    threads = [threading.Thread(target=write, args=(number,)) for number in range(WRITERS)]
    writers_began = time.monotonic()
    for thread in threads:
        thread.start()
    time.sleep(0.5)
    backup_began = time.monotonic()
    written = back_up(tmp_path / "sao-luu.tar.gz")
    backup_seconds = time.monotonic() - backup_began
    time.sleep(0.3)
    stop.set()
    for thread in threads:
        thread.join()
    throughput = len(latencies) / (time.monotonic() - writers_began)

    restore_archive(tmp_path / "sao-luu.tar.gz", scratch)
    snapshot_at = datetime.fromisoformat(written.manifest["snapshot_at"])
    before = {}
    for pk, version, at in committed:
        if at < snapshot_at:
            before[pk] = max(version, before.get(pk, 0))
    restored = {
        pk: (version, status)
        for pk, version, status in scratch.database.query("SELECT id, version, status FROM dossiers_dossier")
    }
    history = dict(scratch.database.query("SELECT id, count(*) FROM dossiers_historicaldossier GROUP BY id"))
    events = dict(scratch.database.query("SELECT dossier_id, count(*) FROM dossiers_dossierevent GROUP BY dossier_id"))

    assert before and any(at >= snapshot_at for _pk, _version, at in committed)  # writes on both sides of it
    assert all(pk in restored and restored[pk][0] >= version for pk, version in before.items())
    for pk, (version, status) in restored.items():
        assert history[pk] == version == events[pk]
        assert status == (Status.REGISTERED if version == 1 else Status.RECEIVED)
    assert written.manifest["row_counts"]["dossiers_dossier"] == len(restored)
    assert max(latencies) < 2, f"a writer waited {max(latencies):.2f} s"
    print(
        f"\n{throughput:.0f} writes/s, {WRITERS} writers; backup {backup_seconds:.2f} s; slowest {max(latencies):.2f} s"
    )


@pytest.fixture
def administrator(db):
    return StaffUserFactory(role=roles.ADMINISTRATOR)


@pytest.mark.django_db
def test_only_backup_managers_see_the_page_and_the_menu(client, administrator, counter_staff):
    index = reverse("backups:index")
    assert client.get(index).status_code == 302  # anonymous: to the login page
    client.force_login(counter_staff)
    assert client.get(index).status_code == 403
    assert client.post(reverse("backups:start")).status_code == 403
    assert index not in client.get(reverse("wagtailadmin_home")).text
    client.force_login(administrator)
    response = client.get(index)
    assert response.status_code == 200 and "Sao lưu ngay" in response.text
    assert index in client.get(reverse("wagtailadmin_home")).text


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_admin_button_runs_the_task_which_records_state_and_serves_the_download(client, backup_root):
    administrator = StaffUserFactory(is_superuser=True)
    client.force_login(administrator)
    response = client.post(reverse("backups:start"))
    assert response.status_code == 302
    backup = Backup.objects.get()
    assert (backup.state, backup.progress, backup.started_by) == (Backup.State.DONE, 100, administrator)
    assert backup.path.parent == backup_root and backup.size == backup.path.stat().st_size
    download = client.get(reverse("backups:download", args=[backup.pk]))
    body = b"".join(download.streaming_content)
    assert hashlib.sha256(body).hexdigest() == backup.sha256
    assert client.get(reverse("backups:status", args=[backup.pk])).json()["state"] == "done"


@pytest.mark.django_db
def test_the_task_saves_progress_as_it_goes_and_records_a_failure(monkeypatch, backup_root):
    seen = []

    def fake_back_up(destination, progress):
        progress(40, "Sao lưu tệp media")
        seen.append(Backup.objects.values_list("state", "progress", "step").get())
        destination.parent.mkdir(parents=True)
        destination.write_bytes(b"archive")
        return Written({}, 7, "abc")

    monkeypatch.setattr(tasks, "back_up", fake_back_up)
    done = Backup.objects.create()
    tasks.run_backup(done.pk)
    assert seen == [(Backup.State.RUNNING, 40, "Sao lưu tệp media")]
    done.refresh_from_db()
    assert (done.state, done.size, done.sha256) == (Backup.State.DONE, 7, "abc") and done.finished_at

    def failing_back_up(destination, progress):
        raise BackupError("pg_dump thất bại: hết chỗ trống")

    monkeypatch.setattr(tasks, "back_up", failing_back_up)
    failed = Backup.objects.create()
    tasks.run_backup(failed.pk)
    failed.refresh_from_db()
    assert (failed.state, failed.error, failed.file_name) == (
        Backup.State.FAILED,
        "pg_dump thất bại: hết chỗ trống",
        "",
    )


@pytest.mark.django_db
def test_retention_keeps_the_newest_successful_backups(settings, backup_root):
    settings.BACKUP_RETENTION = 2
    backup_root.mkdir()

    def backup(state, name=""):
        if name:
            (backup_root / name).write_bytes(b"x")
        return Backup.objects.create(state=state, file_name=name)

    oldest, old_failure, older = backup("done", "1.tar.gz"), backup("failed"), backup("done", "2.tar.gz")
    newer, recent_failure, newest = backup("done", "3.tar.gz"), backup("failed"), backup("done", "4.tar.gz")

    assert sorted(prune()) == sorted([oldest.pk, old_failure.pk, older.pk])
    assert set(Backup.objects.values_list("pk", flat=True)) == {newer.pk, recent_failure.pk, newest.pk}
    assert sorted(path.name for path in backup_root.iterdir()) == ["3.tar.gz", "4.tar.gz"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_nightly_backup_runs_once_and_not_over_a_running_one(backup_root):
    nightly_backup()
    backup = Backup.objects.get()
    assert backup.state == Backup.State.DONE and backup.started_by is None and backup.path.exists()
    Backup.objects.create(state=Backup.State.RUNNING)
    nightly_backup()
    assert Backup.objects.count() == 2
