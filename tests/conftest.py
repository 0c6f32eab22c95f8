"""Shared fixtures: a home page as the default site's root, so page trees look like the real one; a throw-away private
storage for attachments, to see what a request wrote there."""

from pathlib import Path

import pytest
from django.core.cache import cache
from django.db import connection
from wagtail.models import Page, Site


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
