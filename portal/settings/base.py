"""Settings shared by every environment; each value that differs per deployment comes from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_list(name, default=""):
    """A comma-separated environment variable as a list, blanks dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms",
    "procedures",
    "signing",
    "dossiers",
    "search",
    "reports",
    "backups",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    # wagtail.users, with a user admin where only a superuser grants or edits superusers (portal.user_admin).
    "portal.apps.UsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "simple_history",
    "axes",
    "csp",
    # django-ninja as an app serves the API docs' Swagger UI from our static files, not a CDN (the CSP allows none).
    "ninja",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "cms.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.ChosenLanguageMiddleware",
    # An online form's POST over its page's size limit refused with a 413 before its body is read.
    "procedures.online_forms.drafts.size_limit.UploadSizeLimitMiddleware",
    # The form body read once, refused with a translated 400 if unreadable, before the CSRF check reads it.
    "portal.form_body.FormBodyMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After the CSRF check (its process_view must run first: this one calls the view itself).
    "portal.middleware.RetryReadOnLostConnection",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: it turns a sign-in refused for a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# Database sessions, written once per change (a view that saves the session itself is not followed by a second write).
SESSION_ENGINE = "portal.sessions"

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        # Connections kept for a minute and checked before each request reuses one: a restarted PostgreSQL costs
        # a reconnection, not a 500 (portal.middleware.RetryReadOnLostConnection covers one lost mid-request).
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses a locked-out sign-in before ModelBackend checks the password.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Vietnamese first, English available; the clock is Vietnam's.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates as dd/mm/yyyy HH:mm, shown and typed (portal/formats/vi); the admin's date pickers write the same.
FORMAT_MODULE_PATH = ["portal.formats"]
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# Attachments of dossiers: never under MEDIA_URL, served by a view that checks who asks.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", VAR_DIR / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Wagtail
WAGTAIL_SITE_NAME = "Cổng dịch vụ công một cửa"
# The public site's address, for links in emails and QR codes on printed slips.
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
# The issuing system's name in the QR code of every document it issues (Circular 01/2023/TT-VPCP).
SYSTEM_NAME = os.environ.get("SYSTEM_NAME", "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", PUBLIC_BASE_URL)
WAGTAIL_I18N_ENABLED = False
# ASCII URLs: the admin transliterates Vietnamese titles instead of percent-encoding them.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# The admin calls no third party: no Gravatar (it would receive a hash of each staff member's email address) and no
# check for new Wagtail releases from the staff's browsers.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Anonymous readers get published pages from the cache for at most this long (emptied on every publish); 0 disables.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "doc", "xlsx", "xls", "odt"]
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # On PostgreSQL: unaccent + simple, created by a migration of the search app (no English stop words).
        "SEARCH_CONFIG": "vietnamese_unaccent",
    }
}
# Wagtail's own background work (search index, references) runs in the request; Celery is for our tasks.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Celery: a real broker in production; eager in development and tests (see dev.py/test.py).
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0")
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND") or None
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_ACKS_LATE = True
# A worker killed mid-task gives its message back at once; the tasks are safe to run again (a notice's row, a
# backup's row decide).
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# Redis hands an unacknowledged message to another worker after this long, even one still waiting for its retry's
# countdown or still running. So it outlasts the longest countdown (a notice's back-off, one hour) and a night's
# backup (minutes to tens of minutes; a longer one only gets a message its claim ignores). Notices whose worker died
# do not wait for it: the resend sweep finds their rows.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": int(os.environ.get("CELERY_VISIBILITY_TIMEOUT", "10800"))}
# How often the beat sweeps for notices whose task was lost, and how old an untried one must be to count as lost.
NOTIFICATION_SWEEP_SECONDS = 15
# Celery beat: reminders each working morning, leadership's summary on Mondays, a backup each night, and a resend
# of stranded notices.
CELERY_BEAT_SCHEDULE = {
    "daily-reminders": {
        "task": "dossiers.notifications.tasks.send_daily_reminders",
        "schedule": crontab(hour=7, minute=0),
    },
    "weekly-summary": {
        "task": "dossiers.notifications.tasks.send_weekly_summary",
        "schedule": crontab(hour=7, minute=15, day_of_week="mon"),
    },
    "nightly-backup": {"task": "backups.tasks.nightly_backup", "schedule": crontab(hour=1, minute=30)},
    "resend-pending-notifications": {
        "task": "dossiers.notifications.delivery.send_pending_notifications",
        "schedule": timedelta(seconds=NOTIFICATION_SWEEP_SECONDS),
    },
    # Reports only (dossiers.workflow.file_audit says why it deletes nothing).
    "check-attachment-files": {
        "task": "dossiers.workflow.file_audit.check_attachment_files",
        "schedule": crontab(hour=2, minute=30),
    },
    # Online-form drafts: unsaved ones a day after they were last touched, saved ones when their link expires.
    "remove-expired-drafts": {"task": "procedures.tasks.remove_expired_drafts", "schedule": crontab(minute=17)},
}
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Task modules outside an app's ``tasks.py`` (which autodiscovery finds by itself).
CELERY_IMPORTS = ["dossiers.notifications.delivery", "dossiers.notifications.tasks", "dossiers.workflow.file_audit"]

# Email: in production EMAIL_BACKEND names an anymail backend (e.g. anymail.backends.amazon_ses.EmailBackend)
# and ANYMAIL_* variables carry its settings (ANYMAIL_MAILGUN_API_KEY -> ANYMAIL["MAILGUN_API_KEY"]).
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Một cửa <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "portal.mail.EmlFileBackend")
EMAIL_FILE_PATH = Path(os.environ.get("EMAIL_FILE_PATH", VAR_DIR / "mail"))
ANYMAIL = {key.removeprefix("ANYMAIL_"): value for key, value in os.environ.items() if key.startswith("ANYMAIL_")}

QUIET_LOGGERS = ["django.db.backends", "django_tasks", "wagtail", "weasyprint", "fontTools", "axes"]
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "mask_signed_links": {"()": "portal.log_filters.MaskSignedLinks"},
        "without_template_context": {"()": "portal.log_filters.WithoutTemplateContext"},
    },
    # Django's own formatter for the development server's request lines ("django.server"), which do not reach the
    # root logger: redefined here only to add the mask (``make run`` would print signed links' tokens).
    "formatters": {
        "django.server": {"()": "django.utils.log.ServerFormatter", "format": "[{server_time}] {message}", "style": "{"}
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["mask_signed_links"]},
        "django.server": {
            "class": "logging.StreamHandler",
            "formatter": "django.server",
            "filters": ["mask_signed_links"],
        },
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Wagtail logs every page action, django-tasks every immediate task, WeasyPrint every rendering step and axes
    # every sign-in at INFO: noise on a console (failed sign-ins and lockouts are warnings).
    "loggers": {
        **{name: {"level": "WARNING"} for name in QUIET_LOGGERS},
        "django.template": {"filters": ["without_template_context"]},
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
        # Django's own console handler (DEBUG only) would print its records a second time, unmasked: the root's do.
        "django": {"handlers": [], "level": "INFO"},
    },
}

# Public look-up and signed links (portal.ratelimit, dossiers.public.links). Limits are per client address and window;
# behind a reverse proxy that sets X-Forwarded-For, set RATELIMIT_TRUST_FORWARDED_FOR, else every visitor shares
# the proxy's address. Never set it without such a proxy: clients could then pick their own address.
RATELIMITS = {
    "lookup": os.environ.get("RATELIMIT_LOOKUP", "20/minute"),
    "submission": os.environ.get("RATELIMIT_SUBMISSION", "10/minute"),
    "signed_link": os.environ.get("RATELIMIT_SIGNED_LINK", "20/minute"),
    "verification": os.environ.get("RATELIMIT_VERIFICATION", "30/minute"),
}
RATELIMIT_TRUST_FORWARDED_FOR = env_bool("RATELIMIT_TRUST_FORWARDED_FOR", False)
SIGNED_LINK_MAX_AGE = int(os.environ.get("SIGNED_LINK_MAX_AGE_DAYS", "30")) * 86400  # seconds

# Sign-in lockout (django-axes, attempts kept in the database so every web process sees them). Counted per pair of
# username and client address: by username alone, one attacker could lock every staff member out; by address alone,
# an office whose staff share one NAT address would lock itself out as a whole. A success resets the count; a
# locked-out attempt does not extend the cool-off, so the page's "try again in N minutes" holds. The address is the
# rate limits' (RATELIMIT_TRUST_FORWARDED_FOR above). Unlock early: manage.py axes_reset_username (docs/deploy.md).
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_CLIENT_IP_CALLABLE = "portal.ratelimit.client_address"
AXES_LOCKOUT_CALLABLE = "portal.lockout.lockout_response"

# Content-Security-Policy (django-csp), enforced. Public pages and the API run only the site's own script and style
# files: no inline script or style, no plugins, no framing, forms post only here, nothing from another origin (an
# editor's video embed would need its origin in "frame-src"). No nonces: public pages are cached whole.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The Wagtail admin (and Django's, portal.middleware): Wagtail writes inline scripts and styles (found by loading its
# pages in Chromium and reading the violations); nothing needs eval. Its previews frame admin pages.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "frame-ancestors": ["'self'"],
    }
}

# Online backups (backups app). An archive is kept per backup under BACKUP_ROOT; after each successful backup only the
# newest BACKUP_RETENTION archives are kept (a count, not an age: a stopped schedule never ages the last good ones
# away). pg_dump/pg_restore must be of the server's major version (Debian: postgresql-client-15).
BACKUP_ROOT = Path(os.environ.get("BACKUP_ROOT", VAR_DIR / "backups"))
BACKUP_RETENTION = int(os.environ.get("BACKUP_RETENTION", "14"))
PG_DUMP = os.environ.get("PG_DUMP", "pg_dump")
PG_RESTORE = os.environ.get("PG_RESTORE", "pg_restore")

# Digital signatures (signing app, docs/signing.md). Trust roots and CRLs are PEM/DER files, comma-separated; a
# PKCS#12 path stored relative is read under SIGNING_PKI_DIR. Demo certificates (var/pki/, make_demo_pki) are
# accepted only where SIGNING_ALLOW_DEMO is on: development and tests, never production.
SIGNING_PKI_DIR = Path(os.environ.get("SIGNING_PKI_DIR", VAR_DIR / "pki"))
SIGNING_TRUST_ROOTS = env_list("SIGNING_TRUST_ROOTS")
SIGNING_CRLS = env_list("SIGNING_CRLS")
# "require" (default): every certificate of the chain needs revocation information (a configured CRL, or OCSP/CRL
# fetched when SIGNING_FETCH_REVOCATION is on), so a revocation is never missed; "hard-fail" checks only
# certificates that name a CRL or OCSP responder; "soft-fail" ignores revocation information it cannot get.
SIGNING_REVOCATION_MODE = os.environ.get("SIGNING_REVOCATION_MODE", "require")
SIGNING_FETCH_REVOCATION = env_bool("SIGNING_FETCH_REVOCATION", False)
SIGNING_TIMESTAMP_URL = os.environ.get("SIGNING_TIMESTAMP_URL", "")
SIGNING_ALLOW_DEMO = False
# An agency seal's PIN comes from the environment variable its credential names; this fallback is for development.
SIGNING_SEAL_PIN_FALLBACK = None
