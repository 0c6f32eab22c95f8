"""Demo credentials for a fresh clone: a PKCS#12 from the demo authority for each person and agency given, and the
row that points at it. A credential with a real (non-demo) certificate is never replaced."""

import re

from cryptography.hazmat.primitives.serialization import Encoding
from django.conf import settings

from portal.people import display_name

from .demo import DemoPKI
from .models import SigningCredential


def seal_pin_variable(agency):
    return "SIGNING_SEAL_PIN_" + re.sub(r"\W", "_", agency.code).upper()


def _ensure(pki, owner, relative_path, common_name, **extra):
    issued = pki.pkcs12(relative_path, common_name, **extra)
    pem = issued.certificate.public_bytes(Encoding.PEM).decode()
    credential = SigningCredential.objects.filter(active=True, **owner).first()
    if credential and not credential.is_demo:
        return credential
    credential = credential or SigningCredential(**owner)
    credential.backend = SigningCredential.Backend.PKCS12
    credential.pkcs12_path = str(relative_path)
    credential.certificate_pem = pem
    if "agency" in owner:
        credential.pin_env = seal_pin_variable(owner["agency"])
    credential.save()
    return credential


def ensure_demo_pki(users=(), agencies=()):
    """The demo authority under ``SIGNING_PKI_DIR`` (with the test certificates and the CRL), and a credential for
    each of ``users`` and ``agencies``; returns the credentials."""
    pki = DemoPKI(settings.SIGNING_PKI_DIR)
    pki.test_certificates()
    credentials = [_ensure(pki, {"user": user}, f"people/{user.username}.p12", display_name(user)) for user in users]
    credentials += [
        _ensure(
            pki,
            {"agency": agency},
            f"seals/{re.sub(r'[^0-9A-Za-z.]', '_', agency.code)}.p12",
            agency.name,
            organization=agency.name,
        )
        for agency in agencies
    ]
    return credentials
