"""Gunicorn settings for the portal (``gunicorn -c deploy/gunicorn.conf.py portal.wsgi``); each value can be changed
through the environment, so one file serves a small server, a big one and a platform that picks the port.

Access log lines never carry personal data: no query string (look-ups and searches put names and codes there), no
referrer (it carries the previous page's query string), no client address and the token of a signed link
(``/ho-so/<action>/<token>/``) replaced by ``…``: whoever reads the logs must not be able to act on a dossier."""

import multiprocessing
import os

from gunicorn.glogging import Logger

# Gunicorn puts the working directory on sys.path before it reads this file; the module imports nothing of Django.
from portal.log_filters import mask_signed_links

wsgi_app = "portal.wsgi:application"
# A server binds to loopback behind nginx; a platform (Procfile) gives PORT and routes to every interface.
if os.environ.get("GUNICORN_BIND"):
    bind = os.environ["GUNICORN_BIND"]
elif os.environ.get("PORT"):
    bind = f"0.0.0.0:{os.environ['PORT']}"
else:
    bind = "127.0.0.1:8000"
# Sync workers, the usual 2 x cores + 1: requests are short and the database does the waiting.
workers = int(os.environ.get("GUNICORN_WORKERS") or multiprocessing.cpu_count() * 2 + 1)
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
# Uploads of up to 50 MB on a slow connection are buffered by nginx first, so 60 s is plenty for Django.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
# Recycle workers now and then so a slow leak (e.g. in PDF rendering) never grows without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "1000"))
max_requests_jitter = 100
# X-Forwarded-Proto is only believed from these addresses (nginx on the same host by default).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
# Logs go to stderr: journald (systemd) or the platform collects them.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# %(U)s is the path without the query string; %(M)s the duration in milliseconds.
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'


class RedactingLogger(Logger):
    """Gunicorn's logger with the bearer token of signed links taken out of the logged path. A request gunicorn
    could not parse (Content-Length with Transfer-Encoding: chunked, a broken request line) is logged with no path
    at all: an exception here would end the worker, so that line says "-"."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        path = atoms.get("U")
        atoms["U"] = mask_signed_links(path) if isinstance(path, str) else "-"
        return atoms


logger_class = RedactingLogger
