"""The production shape run locally, as the tests and the fault suite start it: children in their own process groups,
the environment an operator's /etc/mot-cua/env holds, collectstatic without compression, and a citizen's answers to
the seeded marriage form. Kept apart from Django's settings so a plain script can use it too."""

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from email import message_from_bytes
from email.policy import default as default_policy
from pathlib import Path
from urllib.parse import urljoin

import requests

from tests import samples

ROOT = Path(__file__).resolve().parent.parent
FORM_PATH = "/ho-tich-co-yeu-to-nuoc-ngoai/dang-ky-ket-hon-co-yeu-to-nuoc-ngoai/nop-truc-tuyen/"
MARRIAGE_PROCEDURE = "1.001702"


def reachable(host, port):
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def wait_until(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Processes:
    """Long-running children, each in its own process group with its output in a file, stopped by their ids."""

    def __init__(self, env, log_dir):
        self.env, self.log_dir, self.running = env, log_dir, []

    def start(self, name, *args):
        log = open(self.log_dir / f"{name}.log", "ab")  # noqa: SIM115 -- closed in stop_all
        process = subprocess.Popen(
            args, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.running.append((name, process, log))
        return process

    def get(self, name):
        """The last process started under ``name`` (a restarted one replaces the dead one)."""
        return [process for started, process, _ in self.running if started == name][-1]

    def log(self, name):
        return (self.log_dir / f"{name}.log").read_text(errors="replace")

    def tails(self):
        names = dict.fromkeys(name for name, _, _ in self.running)
        return "\n".join(f"--- {name}.log\n{self.log(name)[-3000:]}" for name in names)

    def stop_all(self):
        for _, process, _ in self.running:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for _, process, log in self.running:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)
            log.close()


def start_worker(processes, name="worker"):
    """A Celery worker in one process (``--pool=solo``): killing its pid kills every task it holds."""
    return processes.start(
        name,
        *(sys.executable, "-m", "celery", "-A", "portal", "worker", "--pool=solo", "-n", f"{uuid.uuid4().hex[:8]}@%h"),
        *("--without-gossip", "--without-mingle", "--without-heartbeat", "--loglevel=INFO"),
    )


def start_gunicorn(processes, port, workers=2):
    return processes.start(
        "gunicorn",
        *(sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "--workers", str(workers)),
        *("--bind", f"127.0.0.1:{port}"),
    )


def manage(env, *args, timeout=120):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result


def production_env(database_url, tmp_path, *, broker_url, cache_url):
    """What an operator's /etc/mot-cua/env holds, pointed at throw-away folders and the local services."""
    inherited = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "CELERY_", "EMAIL_", "GUNICORN_")) and key not in {"SECRET_KEY", "PORT"}
    }
    return {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "prod-shape-" + uuid.uuid4().hex + uuid.uuid4().hex,
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url,
        "CELERY_BROKER_URL": broker_url,
        "CACHE_URL": cache_url,
        "EMAIL_BACKEND": "portal.mail.EmlFileBackend",
        "EMAIL_FILE_PATH": str(tmp_path / "mail"),
        # Plain HTTP on loopback: there is no nginx in front to terminate TLS.
        "SECURE_SSL_REDIRECT": "false",
        "VAR_DIR": str(tmp_path / "var"),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
        "STATIC_ROOT": str(tmp_path / "static"),
        "BACKUP_ROOT": str(tmp_path / "backups"),
        "PYTHONUNBUFFERED": "1",
    }


COLLECT_SETTINGS = """from portal.settings.production import *  # noqa: F403

STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"}}
"""


def collectstatic_env(env, tmp_path):
    """collectstatic with Django's manifest storage: the same hashed names and staticfiles.json that whitenoise's
    storage writes and serves, without gzip + brotli compression of every file (about 20 s a test does not need)."""
    (tmp_path / "collect_settings.py").write_text(COLLECT_SETTINGS)
    python_path = os.pathsep.join(filter(None, [str(tmp_path), env.get("PYTHONPATH")]))
    return {**env, "DJANGO_SETTINGS_MODULE": "collect_settings", "PYTHONPATH": python_path}


def start_collectstatic(env, tmp_path):
    """Static files are independent of the database: collected while the caller migrates."""
    return subprocess.Popen(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=collectstatic_env(env, tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def finish_collectstatic(collect):
    output, _ = collect.communicate(timeout=120)
    assert collect.returncode == 0, f"collectstatic failed:\n{output.decode(errors='replace')}"


def marriage_form_answers():
    """``(data, files)``: a complete answer to the seeded marriage form, one PDF per document slot."""
    from procedures.demo.online_forms import ONLINE_FORMS  # the models: needs Django set up
    from tests.online_forms import spec_answers

    return spec_answers(ONLINE_FORMS[MARRIAGE_PROCEDURE])


APPLICANT = {**samples.APPLICANT, "applicant_email": "hoa.prodshape@example.vn"}


def remember_cookies(jar, response):
    """Production cookies are Secure, which a client only returns over HTTPS; here they travel over loopback HTTP."""
    jar.update(response.cookies.get_dict())


def confirm_submission(form_url, checked, csrf, cookies):
    """The second POST of a submission: "Nộp hồ sơ" on the check-your-answers page the form's POST (``checked``, a
    redirect) led to."""
    submitted = requests.post(
        urljoin(form_url, checked.headers["Location"]),
        data={"csrfmiddlewaretoken": csrf},
        cookies=cookies,
        allow_redirects=False,
        timeout=30,
    )
    remember_cookies(cookies, submitted)
    return submitted


def emails_mentioning(folder, text):
    found = []
    for path in sorted(Path(folder).glob("*.eml")):
        message = message_from_bytes(path.read_bytes(), policy=default_policy)
        body = "\n".join(part.get_content() for part in message.walk() if part.get_content_type() == "text/plain")
        if text in body:
            found.append(message)
    return found
