"""A real server and Debian's Chromium for the browser tests.

The server is `manage.py runserver` in a subprocess on a scratch SQLite database seeded with `seed_demo`, whatever
DATABASE_URL says: the browser exercises the pages, not the database, and a separate process keeps the test
database and Playwright's event loop (which Django's ORM refuses to run beside) out of each other's way. Each xdist
worker runs its own server; the seeded database is built once under a file lock and copied.
"""

import contextlib
import fcntl
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = ROOT / "var" / "test-screenshots"
SERVER_START_TIMEOUT = 60  # seconds


def require_chromium():
    if not CHROMIUM.exists():
        pytest.skip(f"needs Debian's chromium at {CHROMIUM}")


def server_env(var_dir, port=None):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{var_dir / 'db.sqlite3'}",
        "VAR_DIR": str(var_dir),
        "CELERY_TASK_ALWAYS_EAGER": "1",
        "EMAIL_BACKEND": "portal.mail.EmlFileBackend",
        "LOG_LEVEL": "WARNING",
        # One journey looks up and submits more often than a citizen would; the limits have their own tests.
        "RATELIMIT_LOOKUP": "1000/minute",
        "RATELIMIT_SUBMISSION": "1000/minute",
        "RATELIMIT_SIGNED_LINK": "1000/minute",
    }
    for name in ("EMAIL_FILE_PATH", "MEDIA_ROOT", "PRIVATE_MEDIA_ROOT", "PUBLIC_BASE_URL", "WAGTAILADMIN_BASE_URL"):
        env.pop(name, None)
    if port:
        env["PUBLIC_BASE_URL"] = f"http://127.0.0.1:{port}"
    return env


def manage(var_dir, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=server_env(var_dir), check=True, capture_output=True
    )


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory, worker_id):
    """Migrated and seeded once for all workers (about 25 s), since every server starts from the same content."""
    require_chromium()
    shared = tmp_path_factory.getbasetemp()
    if worker_id != "master":
        shared = shared.parent
    template = shared / "browser-template"
    with open(shared / "browser-template.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not template.exists():
            building = shared / "browser-template.building"
            shutil.rmtree(building, ignore_errors=True)
            building.mkdir()
            manage(building, "migrate", "--noinput")
            manage(building, "seed_demo")
            building.rename(template)
    return template


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url, process):
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the server did not answer at {url} within {SERVER_START_TIMEOUT} s")


@contextlib.contextmanager
def running_server(seeded_template, var_dir, **env):
    """A development server on ``var_dir``, a copy of the seeded content; ``env`` overrides its environment."""
    shutil.copytree(seeded_template, var_dir, dirs_exist_ok=True)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = open(var_dir / "server.log", "w")  # noqa: SIM115 - stays open for the server's lifetime
    process = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", "--skip-checks", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env={**server_env(var_dir, port), **env},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until_up(url + "/", process)
        yield SimpleNamespace(url=url, var_dir=var_dir)
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


@pytest.fixture(scope="session")
def server(seeded_template, tmp_path_factory):
    """The base URL of a development server on this worker's own copy of the seeded content."""
    with running_server(seeded_template, tmp_path_factory.mktemp("browser-var")) as running:
        yield running


@pytest.fixture(scope="module")
def browser():
    """Module-scoped: while Playwright's loop lives, Django refuses ORM calls in this process (later DB tests)."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A failing browser test leaves a full-page screenshot of where it stood."""
    report = yield
    page = item.funcargs.get("page") if hasattr(item, "funcargs") else None
    if report.failed and call.when == "call" and page is not None and not page.is_closed():
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{item.name}.png"
        page.screenshot(path=str(path), full_page=True)
        report.sections.append(("screenshot", f"saved to {path}"))
    return report
