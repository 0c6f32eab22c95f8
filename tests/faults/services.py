"""The services a fault run owns: a PostgreSQL cluster and a Redis of its own on spare ports (so stopping them
touches nobody else's), private storage on a small tmpfs (so it can be made read-only or full), and the production
shape on top: gunicorn from ``deploy/gunicorn.conf.py``, a Celery worker and beat, production settings."""

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
import requests

from tests.production_shape import (
    Processes,
    finish_collectstatic,
    free_port,
    manage,
    production_env,
    reachable,
    start_collectstatic,
    start_gunicorn,
    start_worker,
    wait_until,
)

WORKER_DIED = re.compile(r"Worker \(pid:\d+\) (?:was sent|exited with code)")
UNLIMITED = "1000000/minute"  # the whole load comes from 127.0.0.1
PRIVATE_DISK_MB = 64


def why_not():
    """Why this machine cannot run the fault suite, or None."""
    if os.geteuid() != 0:
        return "needs root: initdb as the postgres user, tmpfs mounts"
    for tool in ("initdb", "pg_ctl", "redis-server", "runuser"):
        if shutil.which(tool) is None:
            return f"needs {tool} on PATH"
    return None


class PostgresCluster:
    """``initdb`` into a temporary folder as the postgres OS user; ``pg_ctl`` starts, stops and restarts it."""

    def __init__(self, folder):
        self.data, self.port = folder / "pgdata", free_port()
        self.log = self.data / "server.log"
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/portal"

    def pg_ctl(self, *args):
        """The server's log goes to a file: a server started with pg_ctl's output as a pipe would hold it open."""
        subprocess.run(
            [*("runuser", "-u", "postgres", "--", "pg_ctl", "-D", str(self.data), "-w", "-t", "60"), *args],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def start(self):
        self.data.mkdir()
        shutil.chown(self.data, "postgres", "postgres")
        subprocess.run(
            [*("runuser", "-u", "postgres", "--", "initdb", "-D", str(self.data)), "-U", "postgres", "-A", "trust"],
            check=True,
            capture_output=True,
        )
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.data}"
        self.pg_ctl("-o", options, "-l", str(self.log), "start")
        with psycopg.connect(self.url.replace("/portal", "/postgres"), autocommit=True) as connection:
            connection.execute("CREATE DATABASE portal")

    def restart(self):
        self.pg_ctl("-m", "fast", "-l", str(self.log), "restart")

    def stop(self):
        if (self.data / "postmaster.pid").exists():
            self.pg_ctl("-m", "immediate", "stop")

    def query(self, sql, *params):
        with psycopg.connect(self.url, connect_timeout=5) as connection:
            return connection.execute(sql, params).fetchall()


class RedisServer:
    """A Redis without persistence (``--save ""``), as a child stopped and started by its pid."""

    def __init__(self, folder):
        self.folder, self.port, self.process = folder, free_port(), None

    def url(self, database):
        return f"redis://127.0.0.1:{self.port}/{database}"

    def start(self):
        self.process = subprocess.Popen(
            [
                *("redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""),
                "--dir",
                str(self.folder),
            ],
            stdout=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_until(lambda: reachable("127.0.0.1", self.port), 10, "redis-server to listen")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


class PrivateDisk:
    """A small tmpfs mounted as private attachment storage: remounted read-only, or filled by one filler file that
    the orphan check knows (``FILLER``). Huge pages are refused and the inode count is set, so a file costs what it
    holds on every kernel (with ``huge=always`` each small attachment would take 2 MB and the load alone would fill
    the disk)."""

    FILLER = ".fault-filler"
    INODES = 100_000

    def __init__(self, path):
        self.path, self.size_mb = path, PRIVATE_DISK_MB

    def mount(self, *options):
        self.path.mkdir(exist_ok=True)
        subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join(options), "tmpfs", str(self.path)], check=True)
        if not os.path.ismount(self.path):
            raise RuntimeError(f"{self.path} is not a mount point after mount")

    def start(self):
        self.mount(f"size={self.size_mb}m", f"nr_inodes={self.INODES}", "huge=never", "mode=0755")

    def remount(self, mode):
        subprocess.run(["mount", "-o", f"remount,{mode}", str(self.path)], check=True)

    def usage(self):
        """``"12.3 of 64 MB, 1,951 files"``: what the load had written when the disk was filled."""
        disk = os.statvfs(self.path)
        used_mb = (disk.f_blocks - disk.f_bfree) * disk.f_frsize / (1 << 20)
        return f"{used_mb:.1f} of {self.size_mb} MB, {disk.f_files - disk.f_ffree - 1:,} files"

    def fill(self):
        """Writes until the disk refuses. A disk the load had already filled is full all the same: the fault holds,
        and what was on it is returned for the notes (a failure to open the filler must not end the whole run)."""
        before = self.usage()
        try:
            with open(self.path / self.FILLER, "wb") as filler:
                while True:
                    filler.write(b"\0" * (1 << 20))
                    filler.flush()
        except OSError:
            pass
        return before

    def empty(self):
        (self.path / self.FILLER).unlink(missing_ok=True)

    def stop(self):
        subprocess.run(["umount", "-l", str(self.path)], check=False, capture_output=True)


class Site:
    """Everything above, started in order and stopped in reverse whatever happens (a ``with`` block)."""

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="portal-faults-"))
        os.chmod(self.folder, 0o755)  # the postgres user walks through it to its data folder
        self.postgres = PostgresCluster(self.folder)
        self.redis = RedisServer(self.folder)
        self.disk = PrivateDisk(self.folder / "private")
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **production_env(self.postgres.url, self.folder, broker_url=self.redis.url(0), cache_url=self.redis.url(1)),
            "RATELIMIT_LOOKUP": UNLIMITED,
            "RATELIMIT_SUBMISSION": UNLIMITED,
            "RATELIMIT_SIGNED_LINK": UNLIMITED,
            "LOG_LEVEL": "WARNING",
        }
        self.processes = Processes(self.env, self.folder)
        self.mail = Path(self.env["EMAIL_FILE_PATH"])

    def __enter__(self):
        try:
            self.postgres.start()
            self.redis.start()
            self.disk.start()
            collect = start_collectstatic(self.env, self.folder)
            manage(self.env, "migrate", "--noinput", "-v", "0", timeout=300)
            manage(self.env, "seed_demo", "--skip-checks", timeout=300)
            finish_collectstatic(collect)
            start_worker(self.processes)
            self.processes.start(
                "beat",
                *(sys.executable, "-m", "celery", "-A", "portal", "beat", "--loglevel=INFO"),
                *("--schedule", str(self.folder / "beat-schedule")),
            )
            start_gunicorn(self.processes, self.port)
            wait_until(self.answers, 120, "gunicorn to serve the home page")
            wait_until(lambda: " ready." in self.processes.log("worker"), 60, "the Celery worker to be ready")
        except BaseException as error:
            tails = self.processes.tails()
            self.__exit__()
            raise RuntimeError(f"the site did not start: {error}\n{tails}") from error
        return self

    def answers(self):
        try:
            return requests.get(self.base_url + "/", timeout=5).status_code == 200
        except requests.RequestException:
            return False

    def __exit__(self, *exc_info):
        self.processes.stop_all()
        self.redis.stop()
        self.postgres.stop()
        self.disk.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    # The faults' handles.

    def kill_worker(self):
        """kill -9 the Celery worker; systemd (``Restart=always``) would start a new one, as this does 3 s later."""
        os.kill(self.processes.get("worker").pid, signal.SIGKILL)
        time.sleep(3)
        start_worker(self.processes)

    def redis_length(self, key):
        """Messages waiting in a broker list (the Celery queue)."""
        answer = subprocess.run(
            ["redis-cli", "-p", str(self.redis.port), "-n", "0", "LLEN", key], capture_output=True, text=True
        )
        return int(answer.stdout.strip() or 0)

    def gunicorn_workers(self):
        master = self.processes.get("gunicorn").pid
        children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
        return sorted(int(pid) for pid in children)

    def web_worker_deaths(self):
        """Workers gunicorn's master saw die (a signal or an exit code), as opposed to ones recycled after
        ``max_requests``, which exit cleanly."""
        return len(WORKER_DIED.findall(self.processes.log("gunicorn")))

    def kill_web_worker(self):
        os.kill(self.gunicorn_workers()[0], signal.SIGKILL)
