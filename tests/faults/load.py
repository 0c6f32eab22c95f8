"""The mixed load a fault is injected under: citizens submitting the marriage form with a PDF and looking their
dossiers up, and counter staff sessions receiving the same new dossiers (so they also collide: a 409 is an answer,
not an error). Only to 127.0.0.1, bounded in time (``stop()``) and in count (``MAX_REQUESTS``).

Every request is recorded with the moment it started; a submission counts as *acknowledged* only once the citizen
has seen its code and look-up secret on the confirmation page."""

import contextlib
import itertools
import random
import re
import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin

import requests

from dossiers.demo.accounts import DEMO_PASSWORD
from tests.production_shape import APPLICANT, FORM_PATH, marriage_form_answers, remember_cookies, wait_until

MAX_REQUESTS = 20_000
TIMEOUT = 20
PAUSE = 0.2  # between one client's requests: a steady load, not a saturating one
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
RECEIPT = re.compile(r"<dd><strong>([^<]+)</strong></dd>")
VERSION = re.compile(r'name="version" value="(\d+)"')
STAFF = "motcua"  # the demo counter clerk of the agency that owns the marriage procedure


@dataclass
class Request:
    kind: str
    started: float  # time.monotonic()
    outcome: str  # the status code, or the exception's class name

    @property
    def failed(self):
        """A server error or no answer at all: what recovery waits for (a 4xx is the server answering)."""
        return not self.outcome.isdigit() or int(self.outcome) >= 500


class Load:
    def __init__(self, site, *, citizens=2, lookups=1, staff=2):
        self.site = site
        self.requests, self.acknowledged, self.unconfirmed = [], {}, []
        self.lock, self.stopping, self.going = threading.Lock(), threading.Event(), threading.Event()
        self.going.set()
        self.busy = 0  # clients in the middle of a task
        self.numbers = itertools.count(1)
        self.form_data, self.form_files = marriage_form_answers()
        self.threads = [threading.Thread(target=self.run, args=(self.citizen,), daemon=True) for _ in range(citizens)]
        self.threads += [threading.Thread(target=self.run, args=(self.looker,), daemon=True) for _ in range(lookups)]
        self.threads += [threading.Thread(target=self.run, args=(self.clerk,), daemon=True) for _ in range(staff)]

    def start(self):
        for thread in self.threads:
            thread.start()
        return self

    def stop(self):
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=TIMEOUT + 5)

    def run(self, client):
        session = {}
        while not self.stopping.is_set() and len(self.requests) < MAX_REQUESTS:
            self.going.wait()
            with self.lock:
                self.busy += 1
            try:
                with contextlib.suppress(Interrupted):
                    client(session)
            finally:
                with self.lock:
                    self.busy -= 1
            time.sleep(PAUSE)

    @contextlib.contextmanager
    def paused(self):
        """No client in the middle of a task while the invariants are read: a submission in flight has written its
        files but not yet committed their rows, which would read as orphans."""
        self.going.clear()
        try:
            wait_until(lambda: self.busy == 0, 3 * TIMEOUT, "the load's clients to finish their tasks")
            yield
        finally:
            self.going.set()

    def call(self, kind, method, path, cookies, **kwargs):
        """One request, recorded; raises ``Interrupted`` when it has no usable answer, so the client starts over."""
        started = time.monotonic()
        try:
            answer = requests.request(
                method, urljoin(self.site.base_url, path), cookies=cookies, timeout=TIMEOUT, **kwargs
            )
        except requests.RequestException as error:
            self.record(Request(kind, started, type(error).__name__))
            raise Interrupted from error
        remember_cookies(cookies, answer)
        self.record(Request(kind, started, str(answer.status_code)))
        if answer.status_code >= 500:
            raise Interrupted
        return answer

    def record(self, request):
        with self.lock:
            self.requests.append(request)

    # The clients.

    def citizen(self, cookies):
        number = next(self.numbers)
        page = self.call("form page", "GET", FORM_PATH, cookies)
        applicant = {**APPLICANT, "applicant_email": f"citizen-{number}@example.vn"}
        data = {"csrfmiddlewaretoken": token(page), **applicant, **self.form_data}
        checked = self.call(
            "form check", "POST", FORM_PATH, cookies, data=data, files=self.form_files, allow_redirects=False
        )
        if checked.status_code != 302:
            return
        csrf = {"csrfmiddlewaretoken": data["csrfmiddlewaretoken"]}
        posted = self.call("submission", "POST", checked.headers["Location"], cookies, data=csrf, allow_redirects=False)
        if posted.status_code != 302:
            return
        try:
            confirmation = self.call("confirmation", "GET", posted.headers["Location"], cookies)
        except Interrupted:
            self.unconfirmed.append(number)
            raise
        receipt = RECEIPT.findall(confirmation.text)
        if confirmation.status_code == 200 and len(receipt) >= 2:
            with self.lock:
                self.acknowledged[receipt[0]] = receipt[1]
        else:
            self.unconfirmed.append(number)

    def looker(self, cookies):
        with self.lock:
            known = list(self.acknowledged.items())
        if not known:
            self.call("page", "GET", "/", cookies)
            return
        code, secret = random.choice(known)
        answer = self.call("look-up", "POST", "/api/v1/dossiers/lookup", cookies, json={"code": code, "secret": secret})
        if answer.status_code != 200:
            raise Interrupted

    def clerk(self, session):
        if "sessionid" not in session:
            page = self.call("staff sign-in", "GET", "/admin/login/", session)
            data = {"csrfmiddlewaretoken": token(page), "username": STAFF, "password": DEMO_PASSWORD}
            self.call("staff sign-in", "POST", "/admin/login/", session, data=data, allow_redirects=False)
            return
        newest = self.registered()
        if not newest:
            return
        step = f"/admin/dossiers/staff/{random.choice(newest)}/buoc/receive/"
        form = self.call("staff step", "GET", step, session, allow_redirects=False)
        if form.status_code != 200:
            if "/login/" in form.headers.get("Location", ""):
                session.pop("sessionid", None)
            return
        version = VERSION.search(form.text)
        data = {"csrfmiddlewaretoken": token(form), "version": version.group(1) if version else ""}
        self.call("staff step", "POST", step, session, data=data, allow_redirects=False)

    def registered(self):
        """The few newest dossiers waiting to be received: the clerks share them, and so collide."""
        try:
            rows = self.site.postgres.query("SELECT id FROM dossiers_dossier WHERE status = 1 ORDER BY id DESC LIMIT 3")
        except Exception:  # the cluster is restarting: this clerk waits like the others
            return []
        return [row[0] for row in rows]

    # What the runner reads.

    def between(self, start, end):
        with self.lock:
            return [request for request in self.requests if start <= request.started < end]


class Interrupted(Exception):
    """The client's answer was unusable (a 5xx or none): it starts its task over."""


def token(page):
    match = CSRF.search(page.text)
    if match is None:
        raise Interrupted
    return match.group(1)
