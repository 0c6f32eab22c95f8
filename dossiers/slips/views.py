"""PDF downloads of the printed slips, for staff in the Wagtail admin.

Wagtail wraps every admin URL (these belong to the dossier viewset) in ``require_admin_access``: an anonymous visitor
is sent to the login page, an account without ``wagtailadmin.access_admin`` is turned away. A dossier outside
``Dossier.objects.visible_to`` is a 404, as if it did not exist, so codes cannot be probed. The forms are printed in
Vietnamese whatever language the staff member's admin uses: they are official documents. Every print is a document
issued: a row in the register with its own QR code (top left) and the hash of the bytes served.
"""

from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _

from cms.models import PortalSettings
from dossiers.issued.qr import qr_png_data_uri
from dossiers.issued.registry import log_book_fields, new_document, payload, record_file
from dossiers.models import Dossier, IssuedDocument

from .context import DOSSIER_SLIPS, SlipNotApplicable, agency_heading, heading, log_book
from .forms import LogBookPeriodForm
from .render import render_pdf


def pdf_response(request, kind, context, filename, *, dossier=None, extra=None):
    """The slip issued: its QR carries the new row's token, and the row is saved with the hash of what is served."""
    with translation.override("vi"):
        title = str(IssuedDocument.Kind(kind).label)
        document = new_document(kind, dossier=dossier, title=title, issued_by=request.user, extra=extra)
        context = {
            "portal": PortalSettings.for_request(request),
            "qr_code": qr_png_data_uri(payload(document)),
            **context,
        }
        content = render_pdf(f"dossiers/slips/{kind}.html", context)
    record_file(document, content)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def slip_pdf(request, pk, kind):
    build = DOSSIER_SLIPS.get(kind)
    if build is None:
        raise Http404
    dossier = get_object_or_404(
        Dossier.objects.visible_to(request.user).select_related("agency", "procedure", "assigned_to"), pk=pk
    )
    try:
        with translation.override("vi"):
            context = build(dossier)
    except SlipNotApplicable as refusal:
        return HttpResponseBadRequest(str(refusal.message), content_type="text/plain; charset=utf-8")
    return pdf_response(request, kind, context, f"{kind}-{dossier.code}.pdf", dossier=dossier)


def log_book_pdf(request):
    form = LogBookPeriodForm.from_query(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest(form.error_text(), content_type="text/plain; charset=utf-8")
    period = form.cleaned_data
    agency = period["agency"]
    with translation.override("vi"):
        context = log_book(request.user, period["date_from"], period["date_to"], agency)
    # A book of one agency is headed by it; a book of everything the user may see, by the portal's organisation.
    if agency is not None:
        context |= agency_heading(agency)
    else:
        context |= heading(PortalSettings.for_request(request).organisation_name)
    filename = f"so-theo-doi-{period['date_from']:%Y%m%d}-{period['date_to']:%Y%m%d}.pdf"
    extra = log_book_fields(period["date_from"], period["date_to"], context["issuer"])
    return pdf_response(request, IssuedDocument.Kind.LOG_BOOK, context, filename, extra=extra)


def log_book_form(request):
    """The admin's way to the log book: a period and an agency, sent by GET to ``log_book_pdf``."""
    context = {"form": LogBookPeriodForm.blank(), "header_title": _("Sổ theo dõi hồ sơ")}
    return TemplateResponse(request, "dossiers/staff/log_book_form.html", context)
