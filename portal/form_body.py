"""A form body is read once, here, before anything else asks for it, and refused with a clear 400 when it is not
readable text: a charset other than UTF-8 (forms are sent in UTF-8; Django would refuse an urlencoded one and decode
a multipart one as whatever it declares), a multipart body that does not parse, bytes that are not UTF-8.

Why here: a body Django fails to parse leaves ``request.POST`` unset, so every later reader parses it again and
raises again; Django's error views are among them (``requires_csrf_token`` runs the CSRF check, which reads
``request.POST``), so the 400 became a 500 raised out of the WSGI application. The refusal is answered from this
middleware, and nothing after it reads the body."""

import codecs
import logging

from django.core.exceptions import BadRequest
from django.http import HttpResponseBadRequest
from django.http.multipartparser import MultiPartParserError
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
# Django decodes a percent-encoded or multipart value it cannot decode with errors="replace" and leaves no other
# trace: a replacement character in the parsed body is the mark of bytes that were not UTF-8 (or of text garbled
# before it was pasted, refused as well).
REPLACEMENT = "\ufffd"


class FormBodyMiddleware:
    """After the language is chosen (the refusal is translated), before the CSRF check (the first reader)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.content_type in FORM_TYPES:
            problem = unreadable(request)
            if problem:
                logger.warning("Form body refused on %s: %s", request.path, problem)
                return HttpResponseBadRequest(render_to_string("400.html", {"reason": problem}))
        return self.get_response(request)


def unreadable(request):
    """Why the form body of ``request`` is not readable text, translated; None if it is (then it is parsed)."""
    charset = request.content_params.get("charset")
    if charset and not is_utf8(charset):
        return _("Biểu mẫu phải được gửi bằng bảng mã UTF-8, không phải %(charset)s.") % {"charset": charset[:40]}
    try:
        data, files = request.POST, request.FILES
    except (MultiPartParserError, BadRequest):
        return _("Nội dung biểu mẫu gửi lên bị hỏng hoặc không đầy đủ. Xin mở lại trang và gửi lại.")
    texts = [*data.keys(), *(value for values in data.lists() for value in values[1])]
    texts += [upload.name for uploads in files.lists() for upload in uploads[1]]
    if any(REPLACEMENT in text for text in texts) or not raw_utf8(request):
        return _("Nội dung gửi lên có ký tự không đọc được (không đúng bảng mã UTF-8). Xin gõ lại rồi gửi lại.")
    return None


def raw_utf8(request):
    """An urlencoded body is in memory once parsed; Django decodes raw (not percent-encoded) bytes that are not UTF-8
    as Latin-1, which leaves no replacement character to find. A multipart body streams and is not kept: its part
    headers are decoded strictly (a part whose name is not UTF-8 is skipped) and its values leave the mark above."""
    if request.content_type != "application/x-www-form-urlencoded":
        return True
    try:
        request.body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def is_utf8(charset):
    try:
        return codecs.lookup(charset).name == "utf-8"
    except LookupError:
        return False
