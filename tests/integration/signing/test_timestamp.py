"""With SIGNING_TIMESTAMP_URL set, each signature carries an RFC 3161 timestamp from that service; a service that
does not answer refuses the signature. The service here is pyHanko's own test TSA behind a local HTTP server, its
certificate issued by the demo root."""

import asyncio
import datetime
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from asn1crypto import keys, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.sign.timestamps import DummyTimeStamper

from signing.service import SigningRefused, sign_pdf, validate_pdf


def tsa_issued_by(pki):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "TSA thử nghiệm")]))
        .issuer_name(pki.root.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(pki.root_key, hashes.SHA256())
    )
    der_key = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER)),
        tsa_key=keys.PrivateKeyInfo.load(der_key),
    )


@pytest.fixture
def tsa_url(demo_pki):
    stamper = tsa_issued_by(demo_pki.pki)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            request = tsp.TimeStampReq.load(self.rfile.read(int(self.headers["Content-Length"])))
            body = asyncio.run(stamper.async_request_tsa_response(request)).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


def test_signatures_carry_the_services_timestamp(pdf, credentials, tsa_url, settings):
    settings.SIGNING_TIMESTAMP_URL = tsa_url
    before = datetime.datetime.now(datetime.UTC)
    once = sign_pdf(pdf, credentials.person, pin="123456", field_name="A", reason="r", location="l")
    twice = sign_pdf(once, credentials.seal, pin=None, field_name="B", reason="r", location="l")
    checks = validate_pdf(twice)
    assert [(check.timestamped, check.valid) for check in checks] == [(True, True), (True, True)]
    assert before - datetime.timedelta(seconds=1) <= checks[0].signed_at <= checks[1].signed_at


def test_a_timestamp_service_that_does_not_answer_refuses(pdf, credentials, settings):
    settings.SIGNING_TIMESTAMP_URL = "http://127.0.0.1:9/"  # the discard port: nothing listens
    with pytest.raises(SigningRefused) as refused:
        sign_pdf(pdf, credentials.person, pin="123456", field_name="A", reason="r", location="l")
    assert refused.value.message == "Không lấy được dấu thời gian từ máy chủ cấp dấu thời gian."
