"""The production cache (``portal.cache.FailOpenRedisCache``) against a real Redis server that this test starts,
stops and starts again: a cache while Redis runs, an empty cache that keeps nothing while it is away, a cache again
once it is back."""

import shutil
import subprocess
import time

import pytest
import redis

from portal import degraded
from portal.cache import FailOpenRedisCache
from tests.outages import unreachable_redis

pytestmark = pytest.mark.skipif(not shutil.which("redis-server"), reason="needs redis-server")


class RedisServer:
    def __init__(self, url):
        self.url = url
        self.port = int(url.rsplit(":", 1)[1].split("/")[0])
        self.process = None

    def start(self):
        command = ["redis-server", "--port", str(self.port), "--save", "", "--appendonly", "no"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        client = redis.Redis(port=self.port)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def stop(self):
        self.process.terminate()
        self.process.wait(10)


@pytest.fixture
def server():
    server = RedisServer(unreachable_redis(0))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def cache(server, monkeypatch, fresh_degraded):
    monkeypatch.setattr(degraded, "RETRY_AFTER", 0.2)
    cache = FailOpenRedisCache(server.url, {})
    yield cache
    cache.close()


def test_a_cache_while_redis_runs(cache, fresh_degraded):
    cache.set("page", b"html")
    assert cache.get("page") == b"html" and cache.get_many(["page", "other"]) == {"page": b"html"}
    assert cache.add("count", 1) and not cache.add("count", 1) and cache.incr("count") == 2
    with pytest.raises(ValueError):
        cache.incr("never-set")
    assert not fresh_degraded


def test_an_empty_cache_while_redis_is_away_then_a_cache_again(server, cache, fresh_degraded, caplog):
    cache.set("page", b"html")
    server.stop()

    assert cache.get("page", "default") == "default" and cache.get_many(["page"]) == {}
    assert cache.add("count", 1) is True and cache.set("page", b"new") is None
    with pytest.raises(ValueError):  # as for a key an empty cache does not hold: the rate limit then adds it
        cache.incr("count")
    assert cache.get_or_set("calendar", lambda: "from the database") == "from the database"
    assert fresh_degraded["shared cache"] == 8  # get_or_set is a get, an add and a get
    [warning] = [r.message for r in caplog.records if r.name == "portal.degraded"]
    assert "shared cache unavailable (ConnectionError" in warning

    server.start()
    time.sleep(0.25)  # past RETRY_AFTER: Redis is asked again
    cache.set("page", b"back")
    assert cache.get("page") == b"back"
    assert fresh_degraded["shared cache"] == 8  # nothing more once Redis is back


def test_after_a_failure_redis_is_left_alone_for_a_while(server, cache, fresh_degraded, caplog):
    server.stop()
    cache.get("page")
    server.start()
    assert cache.get("page", "default") == "default"  # not asked: it failed less than RETRY_AFTER ago
    assert fresh_degraded["shared cache"] == 2
