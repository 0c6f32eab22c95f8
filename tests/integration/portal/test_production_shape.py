"""The production shape, run locally: gunicorn with ``deploy/gunicorn.conf.py`` and production settings, a Celery
worker on Redis and a scratch PostgreSQL database. A citizen submits a dossier through the online form over HTTP;
the acknowledgement email only exists once the task has gone through Redis to the worker, so its arrival proves the
processes are wired together the way ``docs/deploy.md`` deploys them.

Skipped unless DATABASE_URL points at PostgreSQL and both PostgreSQL and Redis answer (CI runs the suite on SQLite
too). Every wait is bounded; processes are stopped and the scratch database dropped whatever happens."""

import fcntl
import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from email import message_from_bytes
from email.policy import default as default_policy
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

import dj_database_url
import pytest
import requests
from django.conf import settings

from portal.text import ascii_identifier
from tests.samples import PDF

FORM_PATH = "/ho-tich-co-yeu-to-nuoc-ngoai/dang-ky-ket-hon-co-yeu-to-nuoc-ngoai/nop-truc-tuyen/"
MARRIAGE_PROCEDURE = "1.001702"
BROKER_DB, CACHE_DB = 9, 10
# Two runs at once (two engineers, one Redis) would share the broker database and steal each other's tasks.
LOCK_FILE = Path("/tmp/mot-cua-production-shape.lock")


def reachable(host, port):
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def why_skip():
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return "needs PostgreSQL: set DATABASE_URL=postgres://... (and run Redis on 127.0.0.1:6379)"
    database = dj_database_url.parse(url)
    if not reachable(database["HOST"] or "127.0.0.1", int(database["PORT"] or 5432)):
        return f"PostgreSQL at {database['HOST']}:{database['PORT']} does not answer"
    if not reachable("127.0.0.1", 6379):
        return "needs Redis on 127.0.0.1:6379 (the Celery broker)"
    return None


SKIP_REASON = why_skip()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.postgres,
    pytest.mark.skipif(SKIP_REASON is not None, reason=SKIP_REASON or ""),
]


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


class ScratchDatabase:
    """A database of its own on the server DATABASE_URL names, so the test never touches another one."""

    def __init__(self):
        import psycopg

        self.psycopg = psycopg
        self.server = urlsplit(os.environ["DATABASE_URL"])
        self.name = f"portal_prodshape_{uuid.uuid4().hex[:10]}"

    def url_for(self, name):
        return urlunsplit(self.server._replace(path=f"/{name}"))

    @property
    def url(self):
        return self.url_for(self.name)

    def admin(self, sql):
        with self.psycopg.connect(self.url_for("postgres"), autocommit=True, connect_timeout=5) as connection:
            connection.execute(sql)

    def create(self):
        self.admin(f'CREATE DATABASE "{self.name}"')

    def drop(self):
        self.admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

    def query(self, sql, *params):
        with self.psycopg.connect(self.url, connect_timeout=5) as connection:
            return connection.execute(sql, params).fetchall()


class Processes:
    """Long-running children, each in its own process group with its output in a file, stopped by their ids."""

    def __init__(self, env, log_dir):
        self.env, self.log_dir, self.running = env, log_dir, []

    def start(self, name, *args):
        log = open(self.log_dir / f"{name}.log", "wb")  # noqa: SIM115 -- closed in stop_all
        process = subprocess.Popen(
            args, cwd=settings.BASE_DIR, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.running.append((name, process, log))
        return process

    def log(self, name):
        return (self.log_dir / f"{name}.log").read_text(errors="replace")

    def tails(self):
        return "\n".join(f"--- {name}.log\n{self.log(name)[-3000:]}" for name, _, _ in self.running)

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


def manage(env, *args, timeout=120):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result


def production_env(database_url, tmp_path):
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
        "CELERY_BROKER_URL": f"redis://127.0.0.1:6379/{BROKER_DB}",
        "CACHE_URL": f"redis://127.0.0.1:6379/{CACHE_DB}",
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
    storage writes and serves, without gzip + brotli compression of every file (about 20 s the test does not need)."""
    (tmp_path / "collect_settings.py").write_text(COLLECT_SETTINGS)
    python_path = os.pathsep.join(filter(None, [str(tmp_path), env.get("PYTHONPATH")]))
    return {**env, "DJANGO_SETTINGS_MODULE": "collect_settings", "PYTHONPATH": python_path}


@pytest.fixture
def exclusive_redis_databases():
    """One run at a time on this machine; the broker and cache databases start empty (no task of a crashed run)."""
    import redis

    with open(LOCK_FILE, "w") as lock:
        wait_until(lambda: try_lock(lock), 120, "another run of this test to finish (lock on the Redis databases)")
        for number in (BROKER_DB, CACHE_DB):
            redis.Redis(host="127.0.0.1", port=6379, db=number, socket_timeout=5).flushdb()
        yield


def try_lock(handle):
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


@pytest.fixture
def production(tmp_path, exclusive_redis_databases):
    """The site served by gunicorn, with a Celery worker, on a scratch database: yields (base URL, env, database)."""
    database = ScratchDatabase()
    database.create()
    env = production_env(database.url, tmp_path)
    processes = Processes(env, tmp_path)
    try:
        # Static files are independent of the database: collect them while migrating.
        collect = subprocess.Popen(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
            cwd=settings.BASE_DIR,
            env=collectstatic_env(env, tmp_path),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        worker_name = f"prodshape-{uuid.uuid4().hex[:8]}@%h"
        processes.start(
            "worker",
            *(sys.executable, "-m", "celery", "-A", "portal", "worker", "--pool=solo", "-n", worker_name),
            *("--without-gossip", "--without-mingle", "--without-heartbeat", "--loglevel=INFO"),
        )
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "seed_demo", "--skip-checks")  # migrate has just run the checks
        output, _ = collect.communicate(timeout=120)
        assert collect.returncode == 0, f"collectstatic failed:\n{output.decode(errors='replace')}"

        port = free_port()
        processes.start(
            "gunicorn",
            *(sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "--workers", "2"),
            *("--bind", f"127.0.0.1:{port}"),
        )
        base_url = f"http://127.0.0.1:{port}"

        def answers():
            for name, process, _ in processes.running:
                assert process.poll() is None, f"{name} exited early:\n{processes.tails()}"
            try:
                return requests.get(base_url + "/", timeout=10).status_code == 200
            except requests.RequestException:
                return False

        try:
            wait_until(answers, 30, "gunicorn to serve the home page")
            wait_until(lambda: " ready." in processes.log("worker"), 30, "the Celery worker to be ready")
        except AssertionError as error:
            raise AssertionError(f"{error}\n{processes.tails()}") from None
        yield base_url, env, database, processes
    finally:
        processes.stop_all()
        database.drop()


def marriage_form_answers():
    """A complete answer for every field an editor put on the seeded marriage form (names as the form derives them)."""
    from procedures.demo.online_forms import ONLINE_FORMS

    values = {"singleline": "Tanaka Yuki", "date": "1992-03-04", "multiline": "Không có."}
    data, files = {}, []
    for field in ONLINE_FORMS[MARRIAGE_PROCEDURE]["fields"]:
        name = ascii_identifier(field["label"])
        if field["field_type"] == "file":
            files.append((name, (f"{name}.pdf", PDF, "application/pdf")))
        elif field["field_type"] in {"dropdown", "radio"}:
            data[name] = field["choices"].splitlines()[0]
        else:
            data[name] = values[field["field_type"]]
    return data, files


APPLICANT = {
    "applicant_name": "Nguyễn Thị Hoa",
    "applicant_id_number": "001199012345",
    "applicant_date_of_birth": "1990-05-17",
    "applicant_address": "12 Lê Lợi, phường Trung tâm",
    "applicant_phone": "0912345678",
    "applicant_email": "hoa.prodshape@example.vn",
}


def remember_cookies(jar, response):
    """Production cookies are Secure, which a client only returns over HTTPS; here they travel over loopback HTTP."""
    jar.update(response.cookies.get_dict())


def emails_mentioning(folder, text):
    found = []
    for path in sorted(Path(folder).glob("*.eml")):
        message = message_from_bytes(path.read_bytes(), policy=default_policy)
        body = "\n".join(part.get_content() for part in message.walk() if part.get_content_type() == "text/plain")
        if text in body:
            found.append(message)
    return found


def test_a_dossier_submitted_through_gunicorn_is_acknowledged_by_the_celery_worker(production):
    base_url, env, database, processes = production
    cookies = {}

    page = requests.get(base_url + FORM_PATH, timeout=10)
    assert page.status_code == 200, page.text[:500]
    remember_cookies(cookies, page)
    data, files = marriage_form_answers()
    for name in [*data, *(name for name, _ in files), *APPLICANT]:
        assert f'name="{name}"' in page.text, f"the seeded form has no field {name}"
    stylesheet = re.search(r'href="(/static/[^"]+\.[0-9a-f]{12}\.css)"', page.text).group(1)
    assert requests.get(base_url + stylesheet, timeout=10).status_code == 200  # whitenoise, hashed name
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    assert "csrftoken" in cookies

    submitted = requests.post(
        base_url + FORM_PATH,
        data={"csrfmiddlewaretoken": csrf, **APPLICANT, **data},
        files=files,
        cookies=cookies,
        allow_redirects=False,
        timeout=30,
    )
    assert submitted.status_code == 302, f"{submitted.status_code}\n{submitted.text[:3000]}\n{processes.tails()}"
    remember_cookies(cookies, submitted)
    confirmation = requests.get(
        urljoin(base_url + FORM_PATH, submitted.headers["Location"]), cookies=cookies, timeout=10
    )
    assert confirmation.status_code == 200
    code = re.search(r"<dd><strong>([^<]+)</strong></dd>", confirmation.text).group(1)
    assert re.fullmatch(r"[\w.]+-\d{6}-\d+", code), code

    # Only the worker sends email (the web process queues the task after commit): this file crossed Redis.
    emails = wait_until(
        lambda: emails_mentioning(env["EMAIL_FILE_PATH"], code), 30, f"the acknowledgement email for {code}"
    )
    assert emails[0]["To"] == APPLICANT["applicant_email"]
    assert "Task dossiers.notifications.delivery.send_notification[" in processes.log("worker")

    rows = database.query(
        "SELECT d.status, d.applicant_name, count(a.id) FROM dossiers_dossier d "
        "LEFT JOIN dossiers_attachment a ON a.dossier_id = d.id WHERE d.code = %s GROUP BY d.id",
        code,
    )
    assert rows == [(1, APPLICANT["applicant_name"], len(files))]
    # Attachments land in the private folder, never under the public media root.
    assert len([path for path in Path(env["PRIVATE_MEDIA_ROOT"]).rglob("*") if path.is_file()]) == len(files)
    assert not [path for path in Path(env["MEDIA_ROOT"]).rglob("*") if path.is_file() and path.read_bytes() == PDF]
