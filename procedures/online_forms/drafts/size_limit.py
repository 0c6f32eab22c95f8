"""An online form's POST larger than its page allows is refused from its Content-Length, before a byte of the body
is read: an 11 MB file on a 10 MB form is not uploaded whole to be refused afterwards. Checks only multipart POSTs
over the smallest limit a page can set, so an ordinary request costs nothing; the page's own limit (attachments in
total, plus room for the typed answers) decides."""

from django.shortcuts import render
from wagtail.models import Page

from procedures.models import OnlineFormPage

from ..uploads import MB

# Room for the typed answers and the multipart framing, on top of the attachments' limit.
FORM_ROOM = MB
SMALLEST = 1 * MB + FORM_ROOM


class UploadSizeLimitMiddleware:
    """After the language is chosen (the page is translated), before anything reads the body (``FormBodyMiddleware``,
    the CSRF check)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.content_type == "multipart/form-data":
            refusal = refuse_if_too_large(request)
            if refusal is not None:
                return refusal
        return self.get_response(request)


def refuse_if_too_large(request):
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return None
    if length <= SMALLEST:
        return None
    page = Page.find_for_request(request, request.path_info)
    if not isinstance(page, OnlineFormPage) or length <= page.max_upload_mb_total * MB + FORM_ROOM:
        return None
    context = {"page": page, "limit": page.max_upload_mb_total}
    return render(request, "procedures/request_too_large.html", context, status=413)
