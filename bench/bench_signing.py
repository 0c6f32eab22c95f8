"""Signing time per result: the leader's signature then the agency's seal (demo certificates from a throw-away demo
authority, no timestamp), each as production does it: the PKCS#12 opened with the PIN, the certificate checked
against the trust root and the CRL, an incremental PAdES signature. Prints the median and p99 per signature and per
result (wall clock, and the CPU time of a result: what a loaded machine cannot inflate), and the time to validate the
signed result (what the public verification page does).

    .venv/bin/python bench/bench_signing.py [--results 50]

No database: the credentials are built in memory."""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
os.environ["SIGNING_PKI_DIR"] = tempfile.mkdtemp(prefix="bench-pki-")

import django  # noqa: E402

django.setup()

from cryptography.hazmat.primitives.serialization import Encoding  # noqa: E402
from django.conf import settings  # noqa: E402
from weasyprint import HTML  # noqa: E402

from signing.demo import DEMO_PIN, DemoPKI  # noqa: E402
from signing.models import SigningCredential  # noqa: E402
from signing.service import sign_pdf, validate_pdf  # noqa: E402

RESULT = (
    """<h1>QUYẾT ĐỊNH</h1><p>Về việc cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn
liền với đất cho hộ gia đình, cá nhân.</p>"""
    + "<p>Điều khoản của quyết định, đủ dài để chiếm một trang.</p>" * 30
)


def credential(issued, **owner):
    return SigningCredential(
        pkcs12_path=str(issued.path), certificate_pem=issued.certificate.public_bytes(Encoding.PEM).decode(), **owner
    )


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def line(label, seconds):
    median, p99 = statistics.median(seconds) * 1000, percentile(seconds, 0.99) * 1000
    return f"{label:<28} median {median:7.1f} ms  p99 {p99:7.1f} ms"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--results", type=int, default=50)
    count = parser.parse_args().results
    pki = DemoPKI(settings.SIGNING_PKI_DIR)
    pki.test_certificates()
    leader = credential(pki.pkcs12("people/lanhdao.p12", "Đặng Quốc Trưởng"), user_id=1)
    seal = credential(pki.pkcs12("seals/ubnd.p12", "UBND tỉnh Demo", organization="UBND tỉnh Demo"), agency_id=1)
    pdf = HTML(string=RESULT).write_pdf()
    signatures, results, validations, cpu = [], [], [], []
    for _ in range(count):
        started, cpu_started = time.perf_counter(), time.process_time()
        once = sign_pdf(pdf, leader, pin=DEMO_PIN, field_name="LanhDao", reason="Ký duyệt", location="Tỉnh Demo")
        middle = time.perf_counter()
        twice = sign_pdf(once, seal, pin=DEMO_PIN, field_name="DongDau", reason="Đóng dấu", location="Tỉnh Demo")
        finished = time.perf_counter()
        cpu.append(time.process_time() - cpu_started)
        signatures += [middle - started, finished - middle]
        results.append(finished - started)
        checks = validate_pdf(twice)
        validations.append(time.perf_counter() - finished)
        assert [check.valid for check in checks] == [True, True]
    print(f"{count} results, a {len(pdf):,}-byte one-page PDF, {len(twice):,} bytes signed twice")
    print(line("per signature", signatures))
    print(line("per result (leader + seal)", results))
    print(line("  CPU time of one result", cpu))
    print(line("validate a result (2 sig.)", validations))


if __name__ == "__main__":
    main()
