"""Requests per second of the public verification page (``GET /xac-minh/<token>/``, where a slip's QR code leads)
against the bare view in the same run.

    .venv/bin/python bench/bench_verification.py [--dossiers 1000000] [--seconds 15] [--connections 8]

The document is a receipt issued as the counter prints it (rendered, registered with its hash). A slip carries no
signature, so its page is the register's row by its token and the template: what every scan of a slip costs. See
bench/harness.py for the database and wrk.
"""

import argparse

from django.utils import translation
from harness import Gunicorn, against_bare, common_arguments, print_load, require_postgres_and_wrk, seed_up_to
from wagtail.models import Site

from cms.models import PortalSettings
from dossiers.issued.qr import qr_png_data_uri
from dossiers.issued.registry import new_document, payload, record_file
from dossiers.models import Dossier, IssuedDocument
from dossiers.slips.context import receipt
from dossiers.slips.render import render_pdf


def issued_receipt():
    """A receipt of the newest received dossier, issued as ``dossiers.slips.views`` issues one."""
    dossier = Dossier.objects.filter(received_at__isnull=False).select_related("agency", "procedure").latest("pk")
    portal = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    with translation.override("vi"):
        kind = IssuedDocument.Kind.RECEIPT
        document = new_document(kind, dossier=dossier, title=str(kind.label), issued_by=None)
        context = {"portal": portal, "qr_code": qr_png_data_uri(payload(document)), **receipt(dossier)}
        record_file(document, render_pdf("dossiers/slips/receipt.html", context))
    return document


def main():
    options = common_arguments(argparse.ArgumentParser(description=__doc__.splitlines()[0])).parse_args()
    require_postgres_and_wrk()
    seed_up_to(options.dossiers)
    document = issued_receipt()
    path = f"/xac-minh/{document.token}/"
    with Gunicorn():
        print(f"\n{path}, {options.connections} connections, {options.seconds} s each, gunicorn with 2 workers\n")
        load, bare = against_bare(path, seconds=options.seconds, connections=options.connections)
    print_load("bare view", bare, bare)
    print_load("verification page, slip", load, bare)
    print(f"  issued documents in the register: {IssuedDocument.objects.count():,}")


if __name__ == "__main__":
    main()
