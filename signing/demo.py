"""The demo certificate authority: a root, a PKCS#12 per person and per agency seal, and for tests an expired and a
revoked certificate with the CRL that lists it. Development and tests only; production refuses every certificate it
issued (``is_demo``), recognised by its issuer's name, not by a flag a row could carry falsely.

Every demo PKCS#12 is protected by ``DEMO_PIN``, published in docs/signing.md."""

import datetime
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

DEMO_PIN = "123456"
DEMO_ROOT_NAME = "CA DEMO – Cổng dịch vụ công tỉnh (chỉ dùng thử)"
ROOT_CERT = "demo-root.pem"
ROOT_KEY = "demo-root.key"
CRL = "demo.crl"
EXPIRED = "tests/expired.p12"
REVOKED = "tests/revoked.p12"
VALIDITY = datetime.timedelta(days=3 * 365)


def is_demo(certificate: x509.Certificate) -> bool:
    """Issued by (or being) a demo root: by name, so a demo root generated on any machine is recognised."""
    return any(
        attribute.value == DEMO_ROOT_NAME
        for name in (certificate.issuer, certificate.subject)
        for attribute in name.get_attributes_for_oid(NameOID.COMMON_NAME)
    )


@dataclass(frozen=True)
class Issued:
    path: Path
    certificate: x509.Certificate


def _name(common_name, organization="Cổng dịch vụ công tỉnh (DEMO)"):
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _now():
    return datetime.datetime.now(datetime.UTC)


def _new_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


class DemoPKI:
    """The demo authority kept in ``directory``; each method creates what is missing and keeps what is there."""

    def __init__(self, directory):
        self.directory = Path(directory)
        self.root_key, self.root = self._root()

    def _root(self):
        cert_path, key_path = self.directory / ROOT_CERT, self.directory / ROOT_KEY
        if cert_path.exists() and key_path.exists():
            return (
                serialization.load_pem_private_key(key_path.read_bytes(), None),
                x509.load_pem_x509_certificate(cert_path.read_bytes()),
            )
        self.directory.mkdir(parents=True, exist_ok=True)
        key, name, now = _new_key(), _name(DEMO_ROOT_NAME), _now()
        root = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=10 * 365))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_key_usage(ca=True), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256())
        )
        key_path.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
        key_path.chmod(0o600)
        cert_path.write_bytes(root.public_bytes(serialization.Encoding.PEM))
        return key, root

    def pkcs12(self, relative_path, common_name, *, organization=None, not_before=None, not_after=None) -> Issued:
        """A PKCS#12 (key, certificate, root) protected by ``DEMO_PIN``; kept if it exists and this root issued it."""
        path = self.directory / relative_path
        if path.exists():
            _key, certificate, _others = pkcs12.load_key_and_certificates(path.read_bytes(), DEMO_PIN.encode())
            if self._issued(certificate) and (not_after is not None or certificate.not_valid_after_utc > _now()):
                return Issued(path, certificate)
        key, now = _new_key(), _now()
        subject = _name(common_name, organization) if organization else _name(common_name)
        certificate = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(self.root.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(not_before or now - datetime.timedelta(days=1))
            .not_valid_after(not_after or now + VALIDITY)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_key_usage(ca=False), critical=True)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.root_key.public_key()), critical=False
            )
            .sign(self.root_key, hashes.SHA256())
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(
            pkcs12.serialize_key_and_certificates(
                common_name.encode(),
                key,
                certificate,
                [self.root],
                serialization.BestAvailableEncryption(DEMO_PIN.encode()),
            )
        )
        path.chmod(0o600)
        return Issued(path, certificate)

    def _issued(self, certificate):
        try:
            certificate.verify_directly_issued_by(self.root)
        except (ValueError, TypeError, InvalidSignature):
            return False
        return True

    def test_certificates(self):
        """An expired certificate and a revoked one, and the CRL (rewritten each time, so it stays current)."""
        now = _now()
        expired = self.pkcs12(
            EXPIRED,
            "Người ký hết hạn (DEMO)",
            not_before=now - datetime.timedelta(days=60),
            not_after=now - datetime.timedelta(days=30),
        )
        revoked = self.pkcs12(REVOKED, "Người ký bị thu hồi (DEMO)")
        self.write_crl([revoked.certificate])
        return expired, revoked

    def write_crl(self, revoked_certificates):
        now = _now()
        builder = (
            x509.CertificateRevocationListBuilder()
            .issuer_name(self.root.subject)
            .last_update(now - datetime.timedelta(minutes=5))
            .next_update(now + datetime.timedelta(days=365))
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.root_key.public_key()), critical=False
            )
            .add_extension(x509.CRLNumber(secrets.randbits(63)), critical=False)
        )
        for certificate in revoked_certificates:
            builder = builder.add_revoked_certificate(
                x509.RevokedCertificateBuilder()
                .serial_number(certificate.serial_number)
                .revocation_date(now - datetime.timedelta(minutes=5))
                .build()
            )
        crl = builder.sign(self.root_key, hashes.SHA256())
        (self.directory / CRL).write_bytes(crl.public_bytes(serialization.Encoding.DER))


def _key_usage(*, ca):
    return x509.KeyUsage(
        digital_signature=not ca,
        content_commitment=not ca,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )
