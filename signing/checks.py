"""Production refuses to start trusting the demo authority or holding a demo credential (``SIGNING_ALLOW_DEMO``
off means production): a demo certificate's key and PIN are published."""

from pathlib import Path

from cryptography import x509
from django.conf import settings
from django.core import checks
from django.db import DatabaseError

from .demo import ROOT_CERT, is_demo
from .models import SigningCredential


def _certificates(path):
    data = Path(path).read_bytes()
    if b"-----BEGIN" in data:
        return x509.load_pem_x509_certificates(data)
    return [x509.load_der_x509_certificate(data)]


@checks.register("signing")
def demo_root_in_production(app_configs, **kwargs):
    problems = []
    for path in settings.SIGNING_TRUST_ROOTS:
        try:
            certificates = _certificates(path)
        except (OSError, ValueError):
            # In development the demo root is made by seed_demo: a fresh clone has none yet, which is no fault.
            not_made_yet = settings.SIGNING_ALLOW_DEMO and Path(path).name == ROOT_CERT
            level, code = (checks.Info, "signing.I001") if not_made_yet else (checks.Warning, "signing.W001")
            problems.append(
                level(
                    f"Trust root {path} cannot be read: no signature will be trusted.",
                    hint="In development, manage.py seed_demo (or make_demo_pki) creates the demo root.",
                    id=code,
                )
            )
            continue
        if not settings.SIGNING_ALLOW_DEMO and any(is_demo(certificate) for certificate in certificates):
            problems.append(
                checks.Error(
                    f"The demo root CA is trusted ({path}) while SIGNING_ALLOW_DEMO is off (production).",
                    hint="Set SIGNING_TRUST_ROOTS to the real certification authorities' roots (docs/signing.md).",
                    id="signing.E001",
                )
            )
    return problems


@checks.register("signing", checks.Tags.database)
def demo_credentials_in_production(app_configs, databases=None, **kwargs):
    """Run by ``check --database default`` and by ``migrate`` (a fresh database has no table yet: nothing to say)."""
    if settings.SIGNING_ALLOW_DEMO or not databases:
        return []
    try:
        demo = [credential for credential in SigningCredential.objects.filter(active=True) if credential.is_demo]
    except DatabaseError:
        return []
    return [
        checks.Error(
            f"Active signing credential {credential.pk} ({credential.subject}) holds a demo certificate.",
            hint="Deactivate it and register the real certificate (docs/signing.md).",
            id="signing.E002",
        )
        for credential in demo
    ]
