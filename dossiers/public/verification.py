"""The public verification page: where a document's QR code leads (``xac-minh/<token>/``), and where anyone may
upload a PDF to learn whether the system issued it (``xac-minh/``). Never cached, rate-limited; it shows what the
QR carries and no more (``dossiers.issued.verification``)."""

from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from dossiers.issued.verification import check_document, check_file
from dossiers.models import IssuedDocument
from portal.ratelimit import rate_limited

from .forms import VerificationForm

TEMPLATE = "dossiers/verification.html"


@never_cache
@require_GET
@rate_limited("verification")
def by_token(request, token):
    document = IssuedDocument.objects.filter(token=token).first()
    if document is None:
        return render(request, TEMPLATE, {"form": VerificationForm(), "unknown_token": True}, status=404)
    return render(request, TEMPLATE, {"form": VerificationForm(), "verdict": check_document(document)})


@never_cache
@require_http_methods(["GET", "POST"])
@rate_limited("verification")
def by_file(request):
    if request.method == "GET":
        return render(request, TEMPLATE, {"form": VerificationForm()})
    form = VerificationForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, TEMPLATE, {"form": form}, status=400)
    verdict = check_file(form.cleaned_data["file"].read())
    return render(request, TEMPLATE, {"form": VerificationForm(), "verdict": verdict, "uploaded": True})
