"""How long the staff dossier list takes with filters and search over a million dossiers (target: median under
200 ms), signed in as the Chief of Office, who sees every dossier of the office.

    .venv/bin/python bench/bench_staff_list.py [--dossiers 1000000] [--runs 10]

One client asks each list below ``--runs`` times after a warm-up, through gunicorn in the production shape; the
median of every list and of all requests together is printed. See bench/harness.py for the database.
"""

import argparse
import http.cookiejar
import statistics
import time
import urllib.parse
import urllib.request

from harness import BASE, Gunicorn, common_arguments, require_postgres_and_wrk, seed_up_to, verdict

from dossiers.demo.accounts import DEMO_PASSWORD
from dossiers.models import Dossier, Status
from procedures.models import Agency, SubsystemPage

LIST = "/admin/dossiers/"
TARGET_MS = 200.0


def signed_in(username):
    """A urllib opener holding the session of ``username``, signed in through the admin's own login form."""
    cookies = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies))
    opener.open(f"{BASE}/admin/login/").read()
    token = next(cookie.value for cookie in cookies if cookie.name == "csrftoken")
    form = {"username": username, "password": DEMO_PASSWORD, "csrfmiddlewaretoken": token, "next": LIST}
    answer = opener.open(f"{BASE}/admin/login/", urllib.parse.urlencode(form).encode())
    if not answer.geturl().startswith(BASE + LIST):
        raise SystemExit(f"could not sign in as {username}: landed on {answer.geturl()}")
    return opener


def lists():
    """Each list as staff open it: their work and two of its buckets (most urgent first), each kind of filter, the
    three kinds of search, a deep page."""
    sample = Dossier.objects.order_by("-pk").values("code", "applicant_id_number", "applicant_name")[1000]
    agency = Agency.objects.order_by("pk").first()
    subsystem = SubsystemPage.objects.order_by("path").first()
    family, *_rest, given = sample["applicant_name"].split()
    return {
        "my work (no filter)": {},
        "all, newest first": {"all": "1"},
        "status received": {"status": Status.RECEIVED},
        "status processing + agency": {"status": Status.PROCESSING, "agency": agency.pk},
        "subsystem": {"subsystem": subsystem.pk},
        "overdue": {"overdue": "true"},
        "bucket to review (urgency)": {"bucket": "review"},
        "bucket overdue (urgency)": {"bucket": "overdue"},
        "due soon": {"due_soon": "true"},
        "period of one month": {"submitted_at_after": "2025-03-01", "submitted_at_before": "2025-03-31"},
        "search code": {"q": sample["code"]},
        "search code fragment": {"q": sample["code"][-11:]},
        "search ID number": {"q": sample["applicant_id_number"]},
        "search name, no accents": {"q": f"{family} {given}".lower()},
        "page 40 of all": {"all": "1", "p": "40"},
    }


def timed(opener, query, runs):
    url = f"{BASE}{LIST}?{urllib.parse.urlencode(query)}"
    opener.open(url).read()
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        with opener.open(url) as answer:
            answer.read()
            if answer.status != 200:
                raise SystemExit(f"{url} answered {answer.status}")
        times.append((time.perf_counter() - began) * 1000)
    return times


def main():
    parser = common_arguments(argparse.ArgumentParser(description=__doc__.splitlines()[0]))
    parser.add_argument("--runs", type=int, default=10, help="timed requests per list (default 10)")
    options = parser.parse_args()
    require_postgres_and_wrk()
    seed_up_to(options.dossiers)
    everything = []
    with Gunicorn():
        opener = signed_in("chanhvp")
        print(f"\n{LIST} as chanhvp, {Dossier.objects.count():,} dossiers, median of {options.runs} requests\n")
        for name, query in lists().items():
            times = timed(opener, query, options.runs)
            everything += times
            print(f"{name:<30} median {statistics.median(times):6.0f} ms  slowest {max(times):6.0f} ms")
    median = statistics.median(everything)
    print(f"\nall lists: median {median:.0f} ms, target < {TARGET_MS:.0f} ms: {verdict(median < TARGET_MS)}")


if __name__ == "__main__":
    main()
