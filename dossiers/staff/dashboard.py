"""The staff dashboard: a tile per work-queue bucket of the user's roles, with its count, each linking to the
dossier list filtered to that bucket, so the count and the list are the same condition
(``DossierQuerySet.bucket_counts``, ``in_bucket``)."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from dossiers.models import Dossier


class WorkQueuePanel(Component):
    name = "work_queue"
    order = 10
    template_name = "dossiers/staff/work_queue_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        counts = Dossier.objects.bucket_counts(self.user, timezone.now())
        index = reverse("dossier_admin:index")
        tiles = [
            {"bucket": bucket, "label": bucket.label, "count": count, "url": f"{index}?{urlencode({'bucket': bucket})}"}
            for bucket, count in counts.items()
        ]
        return {"tiles": tiles, "waiting": any(tile["count"] for tile in tiles), "all_url": f"{index}?all=1"}

    class Media:
        css = {"all": ["dossiers/staff_admin.css"]}
