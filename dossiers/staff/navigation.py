"""Where a dossier lives in the admin (the viewset's inspect page), for redirects and links."""

from django.urls import reverse


def inspect_url(dossier):
    return reverse("dossier_admin:inspect", args=[dossier.pk])
