"""Shared fixtures: a home page as the default site's root, so page trees look like the real one; the demo content,
seeded once per test session; a throw-away private storage for attachments, to see what a request wrote there."""

import io
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from wagtail.models import Page, Site

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

    location = tmp_path / "private"
    monkeypatch.setattr(Attachment._meta.get_field("file"), "storage", FileSystemStorage(location=location))
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
