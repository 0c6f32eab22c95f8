"""Development: the embedded defaults (SQLite, eager tasks, emails written as files under var/mail/)."""

from signing.demo import DEMO_PIN

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
ALLOWED_HOSTS = ["*"]
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", True)
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# The demo certificate authority (signing.demo, built by seed_demo or make_demo_pki); its PIN is published.
SIGNING_TRUST_ROOTS = SIGNING_TRUST_ROOTS or [str(SIGNING_PKI_DIR / "demo-root.pem")]  # noqa: F405
SIGNING_CRLS = SIGNING_CRLS or [str(SIGNING_PKI_DIR / "demo.crl")]  # noqa: F405
SIGNING_ALLOW_DEMO = True
SIGNING_SEAL_PIN_FALLBACK = DEMO_PIN
