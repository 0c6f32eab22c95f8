"""Production settings for benchmarks on this machine: plain HTTP on loopback, plus a bare view to compare with.

Everything else (cache and broker on Redis, PostgreSQL, DEBUG off, every middleware) is production's own."""

from portal.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
# No TLS on loopback: cookies must travel over plain HTTP for the signed-in benchmarks.
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
# The benchmark database is seeded with the demo content, demo signing certificates included, which production
# refuses (signing.E002). Nothing is signed here; the refusal to sign with them stays in force (SIGNING_ALLOW_DEMO).
SILENCED_SYSTEM_CHECKS = ["signing.E002"]
