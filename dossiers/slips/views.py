"""PDF downloads of the printed slips, for staff in the Wagtail admin.

Wagtail wraps every admin URL (these belong to the dossier viewset) in ``require_admin_access``: an anonymous visitor
is sent to the login page, an account without ``wagtailadmin.access_admin`` is turned away. A dossier outside
``Dossier.objects.visible_to`` is a 404, as if it did not exist, so codes cannot be probed. The forms are printed in
Vietnamese whatever language the staff member's admin uses: they are official documents.
"""

from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.utils import translation

from cms.models import PortalSettings
from dossiers.models import Dossier

from .context import DOSSIER_SLIPS, SlipNotApplicable, log_book
from .forms import LogBookPeriodForm
from .render import render_pdf


def pdf_response(request, template_name, context, filename):
    with translation.override("vi"):
        content = render_pdf(template_name, {"portal": PortalSettings.for_request(request), **context})
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def slip_pdf(request, pk, kind):
    build = DOSSIER_SLIPS.get(kind)
    if build is None:
        raise Http404
    dossier = get_object_or_404(Dossier.objects.visible_to(request.user).select_related("agency", "procedure"), pk=pk)
    try:
        with translation.override("vi"):
            context = build(dossier)
    except SlipNotApplicable as refusal:
        return HttpResponseBadRequest(str(refusal.message), content_type="text/plain; charset=utf-8")
    return pdf_response(request, f"dossiers/slips/{kind}.html", context, f"{kind}-{dossier.code}.pdf")


def log_book_pdf(request):
    form = LogBookPeriodForm.from_query(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest(form.error_text(), content_type="text/plain; charset=utf-8")
    period = form.cleaned_data
    context = log_book(request.user, period["date_from"], period["date_to"])
    filename = f"so-theo-doi-{period['date_from']:%Y%m%d}-{period['date_to']:%Y%m%d}.pdf"
    return pdf_response(request, "dossiers/slips/log_book.html", context, filename)
