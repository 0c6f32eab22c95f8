import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from factory.django import DjangoModelFactory

from procedures.factories import ProcedurePageFactory

from .models import Channel, Dossier, DossierEvent, Status


class DossierFactory(DjangoModelFactory):
    """An online dossier just registered (status 1). Pass ``procedure=`` a page under a real page tree."""

    procedure = factory.SubFactory(ProcedurePageFactory)
    agency = factory.LazyAttribute(lambda dossier: dossier.procedure.agency)
    code = factory.Sequence(lambda n: f"TEST-261122-{n:04d}")
    channel = Channel.ONLINE
    status = Status.REGISTERED
    applicant_name = "Nguyễn Văn An"
    applicant_id_number = "001203004567"
    applicant_address = "12 Lê Lợi, phường Bến Thành"
    applicant_phone = "0912345678"
    applicant_email = "an.nguyen@example.vn"
    submitted_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Dossier
        skip_postgeneration_save = True

    @factory.post_generation
    def registered_event(dossier, create, extracted, **kwargs):
        if create:
            DossierEvent.objects.create(
                dossier=dossier, action="submit", to_status=Status.REGISTERED, created_at=dossier.submitted_at
            )


class StaffUserFactory(DjangoModelFactory):
    """A staff member in one role group: ``StaffUserFactory(role=roles.COUNTER_STAFF)``."""

    username = factory.Sequence(lambda n: f"canbo{n}")
    first_name = "Cán bộ"
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.gov.vn")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        if create and extracted:
            user.groups.add(Group.objects.get(role__code=extracted))
