"""Shared fixtures: a home page as the default site's root, so page trees look like the real one; the demo content,
seeded once per test session; a throw-away private storage for attachments, to see what a request wrote there, and
a small real disk for it to fill or make read-only."""

import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from wagtail.models import Page, Site

# Fixtures that make a real service unreachable (Redis as cache or broker).
pytest_plugins = ["tests.outages"]

# Rows the migrations already wrote identically in every test database, or that a dump cannot carry (the search
# index is rebuilt by signals, which loading skips).
NOT_DUMPED = ["contenttypes", "auth.permission", "sessions", "admin.logentry", "wagtailsearch", "reports"]


def pytest_collection_modifyitems(items):
    """Browser tests and hypothesis fuzzers (``test_fuzz_*``) are slow by nature; other slow tests say so."""
    for item in items:
        if item.get_closest_marker("browser") or item.originalname.startswith("test_fuzz"):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def empty_cache():
    """A cached working calendar or page fragment from one test must not leak into the next."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home_page(db):
    from cms.factories import HomePageFactory

    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title="Cổng dịch vụ công", slug="home-test")
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "localhost"})
    return home


@pytest.fixture(scope="session")
def demo_dump(django_db_setup, django_db_blocker):
    """``seed_demo``'s catalogue, online forms and accounts, seeded once per test session (per xdist worker) in a
    transaction that is rolled back, and kept as a fixture that ``demo_content`` loads (about 10 times faster)."""
    dump = io.StringIO()
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_demo", stdout=io.StringIO())
        call_command("dumpdata", *[f"--exclude={label}" for label in NOT_DUMPED], format="json", stdout=dump)
        transaction.set_rollback(True)
    return dump.getvalue()


@pytest.fixture
def demo_content(db, demo_dump, tmp_path):
    """The demo content, as ``seed_demo`` leaves it, for tests that need a whole realistic catalogue."""
    fixture = tmp_path / "demo.json"
    fixture.write_text(demo_dump)
    call_command("loaddata", str(fixture), stdout=io.StringIO())
    Page.objects.filter(depth=2).exclude(pk__in=Site.objects.values("root_page")).delete()


@pytest.fixture
def requires_postgres(db):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: set DATABASE_URL=postgres://... to run it")


@pytest.fixture
def private_storage(tmp_path, monkeypatch):
    """Dossier attachments go to a throw-away folder, so a test sees exactly what was written. The file field
    resolved its storage when the model was defined, so the storage itself is swapped: overriding ``STORAGES`` would
    not reach it."""
    from django.core.files.storage import FileSystemStorage

    from dossiers.models import Attachment
    from procedures.models import HeldFile

    location = tmp_path / "private"
    monkeypatch.setattr(Attachment._meta.get_field("file"), "storage", FileSystemStorage(location=location))
    # Files held for an online form's draft: a folder of their own, so "nothing stored" still means no dossier file.
    monkeypatch.setattr(HeldFile._meta.get_field("file"), "storage", FileSystemStorage(location=tmp_path / "held"))
    return location


@pytest.fixture
def unowned_files(private_storage):
    """Lists the files in private storage that no attachment points at: what a refused or failed upload would leave
    behind."""
    from dossiers.models import Attachment

    def unowned():
        stored = {path for path in private_storage.rglob("*") if path.is_file()}
        return stored - {Path(attachment.file.path) for attachment in Attachment.objects.all()}

    return unowned


class SmallDisk:
    """A real file system of a few pages, mounted where the attachments go: the kernel, not a mock, refuses the
    writes. ``fill()`` leaves a little room, so the next write gets some bytes in before ENOSPC, as on a full disk;
    ``read_only()`` remounts it read-only (EROFS)."""

    FILLER = ".filler"

    def __init__(self, location):
        self.location = location

    def fill(self, leave=16 * 1024):
        (self.location / self.FILLER).write_bytes(b"\0" * (self.free() - leave))
        return self.free()

    def free(self):
        stats = os.statvfs(self.location)
        return stats.f_bavail * stats.f_frsize

    def read_only(self):
        subprocess.run(["mount", "-o", "remount,ro", str(self.location)], check=True)

    def files(self):
        """Every file on the disk but the filler, empty ones included."""
        return sorted(path for path in self.location.rglob("*") if path.is_file() and path.name != self.FILLER)


@pytest.fixture
def small_disk(tmp_path, monkeypatch):
    """A 64 KiB tmpfs as the attachments' storage; skipped where this process may not mount one (not root, or a
    container without CAP_SYS_ADMIN)."""
    from django.core.files.storage import FileSystemStorage

    from dossiers.models import Attachment

    if shutil.which("mount") is None:
        pytest.skip("no mount command here to make a small tmpfs")
    location = tmp_path / "disk"
    location.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(location)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.strip()}")
    monkeypatch.setattr(Attachment._meta.get_field("file"), "storage", FileSystemStorage(location=location))
    yield SmallDisk(location)
    subprocess.run(["umount", "--lazy", str(location)], check=True)
