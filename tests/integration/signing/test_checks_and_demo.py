"""Production refuses the demo authority; the demo PKI is made once and kept; a credential belongs to one owner."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import IntegrityError
from django.test import override_settings

from procedures.demo.catalogue import AGENCIES
from procedures.models import Agency
from signing.checks import demo_credentials_in_production, demo_root_in_production
from signing.demo import DEMO_PIN, ROOT_CERT
from signing.models import SigningCredential
from signing.service import credential_for_agency, credential_for_user, sign_pdf, validate_pdf


def error_ids(messages):
    return [message.id for message in messages if message.is_serious()]


def test_demo_root_is_an_error_in_production_settings(demo_pki, settings):
    settings.SIGNING_TRUST_ROOTS = [str(demo_pki.pki.directory / ROOT_CERT)]
    settings.SIGNING_ALLOW_DEMO = True
    assert error_ids(demo_root_in_production(None)) == []
    settings.SIGNING_ALLOW_DEMO = False
    assert error_ids(demo_root_in_production(None)) == ["signing.E001"]


def test_an_unreadable_trust_root_is_a_warning(settings, tmp_path):
    settings.SIGNING_TRUST_ROOTS = [str(tmp_path / "missing.pem")]
    assert [message.id for message in demo_root_in_production(None)] == ["signing.W001"]


def test_a_demo_root_not_made_yet_in_development_is_only_information(settings, tmp_path):
    """A fresh clone before seed_demo: `manage.py check --fail-level WARNING` (CI) must pass."""
    settings.SIGNING_TRUST_ROOTS = [str(tmp_path / ROOT_CERT)]
    settings.SIGNING_ALLOW_DEMO = True
    assert [message.id for message in demo_root_in_production(None)] == ["signing.I001"]
    settings.SIGNING_ALLOW_DEMO = False
    assert [message.id for message in demo_root_in_production(None)] == ["signing.W001"]


def test_demo_credential_is_an_error_in_production(credentials, settings):
    settings.SIGNING_ALLOW_DEMO = False
    assert error_ids(demo_credentials_in_production(None, databases=["default"])) == ["signing.E002"] * 2
    settings.SIGNING_ALLOW_DEMO = True
    assert demo_credentials_in_production(None, databases=["default"]) == []


def test_a_credential_belongs_to_a_person_or_an_agency(credentials):
    both = SigningCredential(
        user=credentials.leader, agency=credentials.agency, certificate_pem=credentials.person.certificate_pem
    )
    with pytest.raises(IntegrityError):
        both.save()


def test_make_demo_pki_is_idempotent(db, tmp_path, credentials):
    with override_settings(SIGNING_PKI_DIR=tmp_path):
        args = ["--user", credentials.leader.username, "--agency", credentials.agency.code]
        call_command("make_demo_pki", *args, stdout=io.StringIO())
        root = (tmp_path / ROOT_CERT).read_bytes()
        first = SigningCredential.objects.get(user=credentials.leader, active=True).certificate_pem
        call_command("make_demo_pki", *args, stdout=io.StringIO())
        assert (tmp_path / ROOT_CERT).read_bytes() == root
        assert SigningCredential.objects.get(user=credentials.leader, active=True).certificate_pem == first
        assert SigningCredential.objects.filter(agency=credentials.agency, active=True).count() == 1


def test_seed_demo_signs_out_of_the_box(demo_content, pdf):
    """``seed_demo`` (run once per session for ``demo_content``) gives the leader and every demo agency a demo
    credential; both sign with the published PIN and the result validates."""
    leader = get_user_model().objects.get(username="lanhdao")
    agency = Agency.objects.get(code=AGENCIES[0]["code"])
    assert all(credential_for_agency(each) for each in Agency.objects.all())
    once = sign_pdf(pdf, credential_for_user(leader), pin=DEMO_PIN, field_name="A", reason="r", location="l")
    twice = sign_pdf(once, credential_for_agency(agency), pin=None, field_name="B", reason="r", location="l")
    assert [check.valid for check in validate_pdf(twice)] == [True, True]
