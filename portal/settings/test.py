"""Tests: whatever DATABASE_URL says (SQLite by default), eager tasks, emails kept in memory."""

import tempfile
from pathlib import Path

from signing.demo import DEMO_PIN

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
CELERY_TASK_ALWAYS_EAGER = True
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
LOGGING["root"]["level"] = "WARNING"  # noqa: F405

# Uploads made by tests go to a throw-away folder, never into the developer's var/.
TEST_FILES_ROOT = Path(tempfile.mkdtemp(prefix="portal-tests-"))
MEDIA_ROOT = TEST_FILES_ROOT / "media"
PRIVATE_MEDIA_ROOT = TEST_FILES_ROOT / "private"
STORAGES["private"] = {  # noqa: F405
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
}

# The demo certificate authority (signing.demo, built by seed_demo or make_demo_pki); its PIN is published.
SIGNING_PKI_DIR = TEST_FILES_ROOT / "pki"
SIGNING_TRUST_ROOTS = SIGNING_TRUST_ROOTS or [str(SIGNING_PKI_DIR / "demo-root.pem")]  # noqa: F405
SIGNING_CRLS = SIGNING_CRLS or [str(SIGNING_PKI_DIR / "demo.crl")]  # noqa: F405
SIGNING_ALLOW_DEMO = True
SIGNING_SEAL_PIN_FALLBACK = DEMO_PIN
