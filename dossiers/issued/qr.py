"""The QR code on every document the system issues (Circular 01/2023/TT-VPCP), and how it is drawn.

Format: the code carries the verification address with the Circular's fields in its fragment::

    https://<PUBLIC_BASE_URL>/xac-minh/<token>/#ma=<dossier code>&tthc=<procedure code>&dd=<identity number>
        &vb=<document title>&ht=<system name>&tg=<time of issue>[&hen=<appointment>]

A phone camera opens the page that says whether the document is authentic; the fields travel with the code and any
scanner shows them, but a browser never sends a fragment to the server, so identity numbers never reach an access
log. Times are local ``yyyyMMddHHmmss``. Vietnamese stays UTF-8 (an IRI): a scanner's text view reads it, and it is
a third of the size of percent-escapes, which keeps the symbol small enough to decode from a 26 mm print. Only what
would break the fragment's ``key=value&…`` syntax is escaped, as form encoding does (space as ``+``), so
``urllib.parse.parse_qs`` reads it back. Which fields a document carries is ``registry.qr_fields``'s to say.
"""

import io
from urllib.parse import quote, urlencode

import segno
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader, PdfWriter, Transformation

# Every field a QR may carry, in the order it carries them, with what the verification page calls it.
FIELDS = {
    "ma": _("Mã hồ sơ"),
    "tthc": _("Mã thủ tục hành chính"),
    "dd": _("Số định danh của người nộp"),
    "vb": _("Tên văn bản"),
    "so": _("Số, ký hiệu"),
    "ky": _("Kỳ"),
    "cq": _("Cơ quan"),
    "ht": _("Hệ thống phát hành"),
    "tg": _("Thời gian phát hành"),
    "hen": _("Hẹn trả kết quả"),
}
TIME_FORMAT = "%Y%m%d%H%M%S"
DATE_FORMAT = "%Y%m%d"  # the log book's period: ``ky=20261101-20261130``
# Escaped besides what does not print: what separates fields and values, starts an escape or a fragment.
_SYNTAX = set("&=#%+")
MM = 72 / 25.4  # PDF points in a millimetre
STAMP_SIZE_MM = 26  # decodes from a 100 dpi scan
STAMP_OFFSET_MM = 6  # from the page's top and left edges: inside what printers print


def qr_time(moment):
    return timezone.localtime(moment).strftime(TIME_FORMAT)


def qr_period(first_day, last_day):
    return f"{first_day:{DATE_FORMAT}}-{last_day:{DATE_FORMAT}}"


def _escape(char):
    if char == " ":
        return "+"
    return quote(char, safe="") if char in _SYNTAX or not char.isprintable() else char


def verification_url(token, fields):
    fragment = "&".join(f"{key}={''.join(map(_escape, str(fields[key])))}" for key in FIELDS if fields.get(key))
    return f"{settings.PUBLIC_BASE_URL}{reverse('dossiers:verify', args=[token])}#{fragment}"


def lookup_url(code):
    """The look-up page with the code filled in: printed on the receipt and linked from the verification page."""
    return f"{settings.PUBLIC_BASE_URL}{reverse('dossiers:lookup')}?{urlencode({'ma': code})}"


def qr_png_data_uri(payload):
    """A PNG data URI: nothing is fetched while rendering, and the PDF holds it as an image that a check (or a
    scanner tool) can pull out again. Ten pixels a module prints sharp at the slips' 26 mm."""
    return segno.make(payload, error="m").png_data_uri(scale=10, border=2)


def stamp_qr(pdf_bytes, payload):
    """``pdf_bytes`` rewritten with the QR drawn (as vectors, on a white square) at the top left of its first page.
    A plain rewrite, not an incremental update: it is done to a draft, before anything signs it."""
    symbol = segno.make(payload, error="m")
    modules = symbol.symbol_size(border=2)[0]
    drawn = io.BytesIO()
    symbol.save(drawn, kind="pdf", scale=STAMP_SIZE_MM * MM / modules, border=2, light="white")
    stamp = PdfReader(drawn).pages[0]
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes)))
    page = writer.pages[0]
    page.transfer_rotation_to_content()  # "top left" as the reader sees the page
    box = page.cropbox
    x = float(box.left) + STAMP_OFFSET_MM * MM
    y = float(box.top) - STAMP_OFFSET_MM * MM - float(stamp.mediabox.height)
    page.merge_transformed_page(stamp, Transformation().translate(x, y))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
