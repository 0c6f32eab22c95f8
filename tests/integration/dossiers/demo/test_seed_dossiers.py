"""seed_dossiers on the demo catalogue: consistent dossiers, events, history and ratings, codes that later real
submissions do not repeat."""

import io
from collections import Counter
from datetime import datetime

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count
from django.utils import timezone

from dossiers.calendar.deadlines import VIETNAM, classify_result
from dossiers.models import CLOSED_STATUSES, Channel, Dossier, DossierEvent, Rating, Status
from dossiers.workflow.codes import issue_code
from procedures.models import Agency

pytestmark = pytest.mark.django_db

COUNT = 300


@pytest.fixture
def seeded(demo_content):
    output = io.StringIO()
    call_command("seed_dossiers", count=COUNT, seed=7, stdout=output)
    return output.getvalue()


def test_counts_and_spread(seeded):
    assert f"Created {COUNT} dossiers" in seeded
    dossiers = Dossier.objects.all()
    assert dossiers.count() == COUNT
    assert len(set(dossiers.values_list("code", flat=True))) == COUNT
    channels = Counter(dossiers.values_list("channel", flat=True))
    assert 0.45 < channels[Channel.ONLINE] / COUNT < 0.75 and channels[Channel.COUNTER] and channels[Channel.POST]
    assert dossiers.values("procedure").distinct().count() >= 15
    assert dossiers.values("agency").distinct().count() >= 5
    statuses = set(dossiers.values_list("status", flat=True))
    assert {Status.RETURNED, Status.PROCESSING} <= statuses
    oldest = dossiers.order_by("submitted_at").first().submitted_at
    assert (timezone.now() - oldest).days > 365


def test_times_and_result_classes_are_consistent(seeded):
    now = timezone.now()
    for dossier in Dossier.objects.select_related("agency"):
        assert dossier.code.startswith(f"{dossier.agency.code}-{timezone.localdate(dossier.submitted_at):%y%m%d}-")
        assert dossier.submitted_at <= now
        if dossier.status == Status.REGISTERED:
            assert dossier.received_at is None
        elif dossier.status != Status.REFUSED:
            assert dossier.submitted_at <= dossier.received_at < dossier.due_at
        if dossier.status == Status.RETURNED:
            assert dossier.received_at <= dossier.returned_at <= now
            assert dossier.result_class == classify_result(dossier.due_at, dossier.returned_at)
        else:
            assert dossier.returned_at is None and dossier.result_class == ""
        if dossier.status not in CLOSED_STATUSES and dossier.status != Status.REGISTERED:
            assert dossier.received_at <= now


def test_events_history_and_ratings(seeded):
    events = dict(Dossier.objects.annotate(n=Count("events")).values_list("pk", "n"))
    assert min(events.values()) >= 1
    history = Counter(Dossier.history.values_list("id", flat=True))
    assert set(history) == set(events) and set(history.values()) <= {1, 2, 3}
    for dossier in Dossier.objects.prefetch_related("events"):
        assert dossier.events.all()[len(dossier.events.all()) - 1].to_status == dossier.status
    last = Dossier.history.filter(history_type="~").order_by("-history_date").first()
    assert last.status == Dossier.objects.get(pk=last.id).status
    left = Dossier.objects.filter(status__in=[Status.WITHDRAWN, Status.STOPPED])
    assert all(DossierEvent.objects.filter(dossier=dossier, to_status=dossier.status).exists() for dossier in left)
    rated = Rating.objects.select_related("dossier")
    assert rated.exists() and all(rating.dossier.status == Status.RETURNED for rating in rated)


def test_a_later_real_submission_does_not_repeat_a_seeded_code(seeded):
    busiest = Dossier.objects.values("agency", "code").order_by("-code").first()
    agency = Agency.objects.get(pk=busiest["agency"])
    day = datetime.strptime(busiest["code"].rsplit("-", 2)[1], "%y%m%d").replace(hour=10, tzinfo=VIETNAM)
    codes = set(Dossier.objects.values_list("code", flat=True))
    assert issue_code(agency, day) not in codes


def test_without_a_catalogue_it_says_to_run_seed_demo():
    with pytest.raises(CommandError, match="seed_demo"):
        call_command("seed_dossiers", count=5, stdout=io.StringIO())
