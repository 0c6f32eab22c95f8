"""The applicant's one rating of a dossier whose result was returned. The database's one-rating-per-dossier
constraint decides a race between two submissions; the loser gets the same answer as a later second attempt."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from dossiers.models import Rating, Status


class RatingRefused(ValidationError):
    """Not rateable now: the result is not returned yet, or the dossier was already rated."""


def rate(dossier, score, comment=""):
    if dossier.status != Status.RETURNED:
        raise RatingRefused(_("Chỉ có thể đánh giá sau khi Ông/Bà đã nhận kết quả."), code="not_returned")
    try:
        with transaction.atomic():
            return Rating.objects.create(dossier=dossier, score=Rating.Score(score), comment=comment)
    except IntegrityError as error:
        raise RatingRefused(_("Ông/Bà đã đánh giá hồ sơ này."), code="already_rated") from error
