"""Signed, expiring links that let an applicant act on their dossier without an account: supplement it, ask to
withdraw it, rate the service, download the signed result or the filled declaration. The token carries the
dossier's pk and code, signed with a salt per purpose, so a link opens one dossier for one purpose and nothing else;
it expires after ``settings.SIGNED_LINK_MAX_AGE``."""

from django.conf import settings
from django.core import signing
from django.urls import reverse

from dossiers.models import Dossier

URL_NAMES = {
    "supplement": "dossiers:supplement",
    "withdraw": "dossiers:withdraw",
    "rate": "dossiers:rate",
    "result": "dossiers:result_download",
    "declaration": "dossiers:declaration_download",
}


class LinkExpired(Exception):
    """A genuine link, older than the maximum age."""


class LinkInvalid(Exception):
    """Not a link we issued for this purpose, or its dossier no longer exists."""


def _signer(purpose):
    if purpose not in URL_NAMES:
        raise ValueError(f"unknown signed-link purpose: {purpose}")
    return signing.TimestampSigner(salt=f"dossiers.public.links.{purpose}")


def make_token(dossier, purpose):
    return _signer(purpose).sign_object([dossier.pk, dossier.code])


def signed_path(dossier, purpose):
    return reverse(URL_NAMES[purpose], kwargs={"token": make_token(dossier, purpose)})


def signed_url(dossier, purpose):
    """The absolute link for emails."""
    return settings.PUBLIC_BASE_URL + signed_path(dossier, purpose)


def dossier_from_token(token, purpose):
    """The dossier ``token`` was issued for; raises LinkExpired or LinkInvalid."""
    try:
        pk, code = _signer(purpose).unsign_object(token, max_age=settings.SIGNED_LINK_MAX_AGE)
    except signing.SignatureExpired as error:
        raise LinkExpired from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise LinkInvalid from error
    dossier = Dossier.objects.select_related("procedure", "agency").filter(pk=pk, code=code).first()
    if dossier is None:
        raise LinkInvalid
    return dossier
