"""The production shape, run locally: gunicorn with ``deploy/gunicorn.conf.py`` and production settings, a Celery
worker on Redis and a scratch PostgreSQL database. A citizen submits a dossier through the online form over HTTP;
the acknowledgement email only exists once the task has gone through Redis to the worker, so its arrival proves the
processes are wired together the way ``docs/deploy.md`` deploys them.

Skipped unless DATABASE_URL points at PostgreSQL and both PostgreSQL and Redis answer (CI runs the suite on SQLite
too). Every wait is bounded; processes are stopped and the scratch database dropped whatever happens."""

import fcntl
import os
import re
import uuid
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

import dj_database_url
import pytest
import requests

from tests.production_shape import (
    APPLICANT,
    FORM_PATH,
    Processes,
    confirm_submission,
    emails_mentioning,
    finish_collectstatic,
    free_port,
    manage,
    marriage_form_answers,
    production_env,
    reachable,
    remember_cookies,
    start_collectstatic,
    start_gunicorn,
    start_worker,
    wait_until,
)
from tests.samples import PDF

BROKER_DB, CACHE_DB = 9, 10
# Two runs at once (two engineers, one Redis) would share the broker database and steal each other's tasks.
LOCK_FILE = Path("/tmp/mot-cua-production-shape.lock")


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
    env = production_env(
        database.url,
        tmp_path,
        broker_url=f"redis://127.0.0.1:6379/{BROKER_DB}",
        cache_url=f"redis://127.0.0.1:6379/{CACHE_DB}",
    )
    processes = Processes(env, tmp_path)
    try:
        collect = start_collectstatic(env, tmp_path)
        start_worker(processes)
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "seed_demo", "--skip-checks")  # migrate has just run the checks
        finish_collectstatic(collect)

        port = free_port()
        start_gunicorn(processes, port)
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
    submitted = confirm_submission(base_url + FORM_PATH, submitted, csrf, cookies)
    assert submitted.status_code == 302, f"{submitted.status_code}\n{submitted.text[:3000]}\n{processes.tails()}"
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
