"""The shared cache (Redis in production) as one that fails open: while Redis is away every operation answers as
an empty cache that keeps nothing would, instead of raising. So every user of the cache degrades the same way
without a line of its own: the page cache renders each page (a miss) and stores nothing; the rate limits count
nothing (each request is the first of its window) and serve; the working calendar is read from the database; Wagtail
computes its site root paths again. Counted, logged and left alone for a few seconds after a failure by
``portal.degraded`` ("shared cache")."""

from functools import wraps

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

from portal import degraded

SERVICE = "shared cache"
# What a cache call raises when Redis is away: redis-py's errors, or a socket error underneath.
ERRORS = (RedisError, OSError)


def fails_open(empty_answer):
    """A cache method that answers ``empty_answer(*args, **kwargs)`` while Redis is away."""

    def decorate(method):
        @wraps(method)
        def wrapper(self, *args, **kwargs):
            return degraded.without(
                SERVICE, ERRORS, lambda: method(self, *args, **kwargs), lambda: empty_answer(*args, **kwargs)
            )

        return wrapper

    return decorate


def missing(key, *args, **kwargs):
    """What ``incr`` of an empty cache does."""
    raise ValueError(f"Key '{key}' not found.")


class FailOpenRedisCache(RedisCache):
    get = fails_open(lambda key, default=None, version=None: default)(RedisCache.get)
    get_many = fails_open(lambda *args, **kwargs: {})(RedisCache.get_many)
    has_key = fails_open(lambda *args, **kwargs: False)(RedisCache.has_key)
    add = fails_open(lambda *args, **kwargs: True)(RedisCache.add)  # an empty cache takes the new key
    set = fails_open(lambda *args, **kwargs: None)(RedisCache.set)
    set_many = fails_open(lambda data, *args, **kwargs: list(data))(RedisCache.set_many)  # the keys not stored
    touch = fails_open(lambda *args, **kwargs: False)(RedisCache.touch)
    delete = fails_open(lambda *args, **kwargs: False)(RedisCache.delete)
    delete_many = fails_open(lambda *args, **kwargs: None)(RedisCache.delete_many)
    clear = fails_open(lambda *args, **kwargs: False)(RedisCache.clear)
    incr = fails_open(missing)(RedisCache.incr)
