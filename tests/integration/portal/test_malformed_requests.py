"""No request kills a gunicorn worker: each malformed request, sent over a raw socket to gunicorn in the production
shape, gets a 400 (gunicorn's own for what it refuses itself, the portal's translated page for a form body it cannot
read), the workers are the same processes afterwards, and the site still answers."""

import socket
from pathlib import Path

from tests.integration.portal import test_production_shape as shape
from tests.production_shape import FORM_PATH, wait_until

# The production shape's fixtures: gunicorn with deploy/gunicorn.conf.py, a Celery worker, a scratch database.
production, exclusive_redis_databases = shape.production, shape.exclusive_redis_databases
pytestmark = shape.pytestmark

LOOKUP = "/tra-cuu/"
UNREADABLE = "không đúng bảng mã UTF-8"
BROKEN = "bị hỏng hoặc không đầy đủ"
NOT_UTF8 = "phải được gửi bằng bảng mã UTF-8"


def multipart(value: bytes):
    return b'--b\r\nContent-Disposition: form-data; name="applicant_name"\r\n\r\n' + value + b"\r\n--b--\r\n"


def post(path, content_type, body: bytes, *extra_headers: str):
    head = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", f"Content-Type: {content_type}", "Connection: close"]
    head += extra_headers or [f"Content-Length: {len(body)}"]
    return "\r\n".join(head).encode() + b"\r\n\r\n" + body


# name -> (raw request, status, text the answer must carry)
MALFORMED = {
    "Content-Length and Transfer-Encoding: chunked": (
        post(
            LOOKUP,
            "application/x-www-form-urlencoded",
            b"3\r\na=b\r\n0\r\n\r\n",
            "Content-Length: 5",
            "Transfer-Encoding: chunked",
        ),
        400,
        None,
    ),
    "urlencoded form declaring charset=utf-16": (
        post(LOOKUP, "application/x-www-form-urlencoded; charset=utf-16", "code=X&value=Y".encode("utf-16")),
        400,
        NOT_UTF8,
    ),
    "multipart form declaring charset=utf-16": (
        post(FORM_PATH, "multipart/form-data; charset=utf-16; boundary=b", multipart("Hoa".encode("utf-16-le"))),
        400,
        NOT_UTF8,
    ),
    "unknown charset": (
        post(LOOKUP, "application/x-www-form-urlencoded; charset=x-no-such", b"code=X&value=Y"),
        400,
        NOT_UTF8,
    ),
    "multipart without its closing boundary": (
        post(FORM_PATH, "multipart/form-data; boundary=b", b'--b\r\nContent-Disposition: form-data; name="a"\r\n'),
        403,
        None,  # Django reads it as a form without fields: no CSRF token
    ),
    "multipart without a boundary": (
        post(FORM_PATH, "multipart/form-data", multipart(b"Hoa")),
        400,
        BROKEN,
    ),
    "invalid UTF-8 in an urlencoded value": (
        post(LOOKUP, "application/x-www-form-urlencoded", b"code=%C3%28%A0Tr&value=Y"),
        400,
        UNREADABLE,
    ),
    "raw invalid UTF-8 in an urlencoded body": (
        post(LOOKUP, "application/x-www-form-urlencoded", b"code=\xc3\x28\xa0Tr&value=Y"),
        400,
        UNREADABLE,
    ),
    "invalid UTF-8 in a multipart value": (
        post(FORM_PATH, "multipart/form-data; boundary=b", multipart(b"\xc3\x28\xa0 Tr\xe1")),
        400,
        UNREADABLE,
    ),
}


def exchange(port, raw: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(raw)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    return answer


def workers_of(master_pid):
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    return sorted(int(pid) for pid in children)


def test_no_malformed_request_kills_a_worker_and_each_gets_a_clear_400(production):
    base_url, _env, _database, processes = production
    port = int(base_url.rsplit(":", 1)[1])
    master = processes.get("gunicorn").pid
    workers = wait_until(lambda: len(workers_of(master)) == 2 and workers_of(master), 30, "two gunicorn workers")

    for name, (raw, status, text) in MALFORMED.items():
        for _ in range(3):  # more than one per worker: a worker that died would have been replaced by a new pid
            answer = exchange(port, raw)
            head, _, body = answer.partition(b"\r\n\r\n")
            assert head.startswith(f"HTTP/1.1 {status} ".encode()), f"{name}: {head[:200]!r}\n{processes.tails()}"
            if text:
                assert text in body.decode(), f"{name}: {body[:2000]!r}"

    assert workers_of(master) == workers, processes.tails()
    assert b"HTTP/1.1 200 " in exchange(port, b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    log = processes.log("gunicorn")
    assert "Traceback" not in log and "Worker exiting" not in log, log[-5000:]
    assert "Invalid request from ip=127.0.0.1" in log  # gunicorn refused the CL+TE request itself, and lived
