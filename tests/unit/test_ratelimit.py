"""The fixed-window limiter: counts per client and scope in the cache, resets with the window, trusts
X-Forwarded-For only when told to, and answers 429 with a message and Retry-After."""

import json
from types import SimpleNamespace

import pytest
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from portal import ratelimit
from portal.ratelimit import Rate, check_submission_rate, client_address, client_ip, hit, rate_limited

START = 1_800_000_000.0  # a window boundary for 60-second windows


@pytest.fixture
def clock(monkeypatch):
    """The limiter's clock, moved by the test."""
    now = [START]
    monkeypatch.setattr(ratelimit, "time", SimpleNamespace(time=lambda: now[0]))
    return now


def request_from(address, forwarded=None, method="get"):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    return getattr(RequestFactory(), method)("/", REMOTE_ADDR=address, **extra)


@pytest.mark.parametrize(
    ("text", "rate"), [("20/minute", Rate(20, 60)), ("10/minutes", Rate(10, 60)), ("5/day", Rate(5, 86400))]
)
def test_rates_are_read_from_settings_text(text, rate):
    assert Rate.parse(text) == rate


@override_settings(RATELIMITS={"lookup": "3/minute"})
def test_the_fourth_request_in_a_window_is_refused_until_the_next_window(clock):
    request = request_from("198.51.100.7")
    assert [hit(request, "lookup") for _ in range(3)] == [None, None, None]
    clock[0] = START + 45.2
    assert hit(request, "lookup") == 15
    clock[0] = START + 60
    assert hit(request, "lookup") is None


@override_settings(RATELIMITS={"lookup": "1/minute", "submission": "1/minute"})
def test_clients_and_scopes_are_counted_apart(clock):
    assert hit(request_from("198.51.100.7"), "lookup") is None
    assert hit(request_from("198.51.100.8"), "lookup") is None
    assert hit(request_from("198.51.100.7"), "submission") is None
    assert hit(request_from("198.51.100.7"), "lookup") is not None


def test_forwarded_for_is_ignored_unless_trusted():
    assert client_ip(request_from("10.0.0.1", forwarded="203.0.113.5")) == "10.0.0.1"


def test_a_request_without_an_address_has_none_and_shares_one_count():
    """The sign-in lockout stores the address in an IP column (PostgreSQL refuses anything else): None, not text."""
    request = RequestFactory().get("/", REMOTE_ADDR="")
    assert client_address(request) is None and client_ip(request) == "unknown"


@override_settings(RATELIMIT_TRUST_FORWARDED_FOR=True)
@pytest.mark.parametrize(
    ("forwarded", "expected"),
    [
        ("203.0.113.5", "203.0.113.5"),
        ("1.2.3.4, 203.0.113.5", "203.0.113.5"),  # the left entry is the client's claim; the proxy appended the last
        ("2001:db8::1", "2001:db8::1"),
        ("not-an-address", "10.0.0.1"),
    ],
)
def test_a_trusted_proxy_names_the_client_in_its_last_forwarded_entry(forwarded, expected):
    assert client_ip(request_from("10.0.0.1", forwarded=forwarded)) == expected


@pytest.mark.django_db
@override_settings(RATELIMITS={"submission": "1/minute"})
def test_submission_check_returns_a_429_page_with_retry_after(clock, home_page):
    request = request_from("198.51.100.7", method="post")
    assert check_submission_rate(request) is None
    response = check_submission_rate(request)
    assert response.status_code == 429 and response["Retry-After"] == "60"
    assert "Xin thử lại sau 60 giây" in response.content.decode()


@override_settings(RATELIMITS={"lookup": "1/minute"})
def test_the_decorator_answers_json_for_an_api(clock):
    view = rate_limited("lookup", json=True)(lambda request: HttpResponse("ok"))
    assert view(request_from("198.51.100.7")).content == b"ok"
    response = view(request_from("198.51.100.7"))
    assert response.status_code == 429 and response["Retry-After"] == "60"
    assert "quá nhiều yêu cầu" in json.loads(response.content)["detail"]
