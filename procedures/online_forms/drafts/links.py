"""The signed link that resumes a saved draft: the draft's token signed with a timestamp and a salt of its own, valid
for the draft's saved lifetime. The catalogue signs its own links (it never imports ``dossiers``)."""

from django.core import signing
from django.utils import timezone

from procedures.models.drafts import FormDraft

from .store import SAVED_LIFETIME

_SIGNER = signing.TimestampSigner(salt="procedures.online_forms.drafts.resume")


class LinkExpired(Exception):
    """A link we issued, older than its lifetime, or its draft already removed as expired."""


class LinkInvalid(Exception):
    """Not a link we issued, or its draft was submitted since."""


def make_token(draft):
    return _SIGNER.sign(draft.token)


def draft_from_token(signed):
    """The live draft ``signed`` was issued for; raises LinkExpired or LinkInvalid."""
    try:
        token = _SIGNER.unsign(signed, max_age=SAVED_LIFETIME)
    except signing.SignatureExpired as error:
        raise LinkExpired from error
    except signing.BadSignature as error:
        raise LinkInvalid from error
    draft = FormDraft.objects.select_related("page").filter(token=token).first()
    if draft is None:
        raise LinkInvalid
    if draft.expires_at <= timezone.now():
        raise LinkExpired
    return draft
