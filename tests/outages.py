"""Real services made unreachable for a test (a pytest plugin, see ``conftest.py``): Redis as the cache and as
Celery's broker at a port where nothing listens, so each call meets a real refused connection, not a mock."""

import socket

import pytest
from django.core.cache import caches

from portal import degraded
from portal.celery import app


def unreachable_redis(db=0):
    """A Redis URL on a port that was just free (bound, then released without listening)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"redis://127.0.0.1:{port}/{db}"


def redis_cache(url):
    """The production cache (``portal.cache``) at ``url``."""
    return {"BACKEND": "portal.cache.FailOpenRedisCache", "LOCATION": url}


@pytest.fixture
def fresh_degraded(monkeypatch):
    """Counts and warnings of ``portal.degraded`` start from nothing, so a test sees its own."""
    monkeypatch.setattr(degraded, "counts", degraded.Counter())
    monkeypatch.setattr(degraded, "last_warning", {})
    monkeypatch.setattr(degraded, "away_until", {})
    return degraded.counts


@pytest.fixture
def cache_away(settings, fresh_degraded):
    """The default cache is a Redis that is not running (the test's own ``empty_cache`` clears only after)."""
    settings.CACHES = {**settings.CACHES, "default": redis_cache(unreachable_redis(1))}
    yield fresh_degraded
    caches["default"].close()


@pytest.fixture
def broker_away(monkeypatch, fresh_degraded):
    """Celery publishes to a Redis that is not running, as in production (tests otherwise run tasks eagerly)."""
    monkeypatch.setitem(app.conf, "task_always_eager", False)
    monkeypatch.setitem(app.conf, "broker_url", unreachable_redis(0))
    monkeypatch.setattr(app, "_pool", None)  # connections are pooled per broker URL: a pool for this one
    monkeypatch.setattr(app.amqp, "_producer_pool", None)
    return fresh_degraded
