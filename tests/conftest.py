"""Shared fixtures: a home page as the default site's root, so page trees look like the real one."""

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
