"""The QR code on the receipt: a phone camera opens the public look-up page with the code filled in."""

from urllib.parse import urlencode

import segno
from django.conf import settings
from django.urls import reverse


def lookup_url(code):
    return f"{settings.PUBLIC_BASE_URL}{reverse('dossiers:lookup')}?{urlencode({'ma': code})}"


def qr_png_data_uri(url):
    """A PNG data URI: nothing is fetched while rendering, and the PDF holds it as an image that a check (or a
    scanner tool) can pull out again. Ten pixels a module prints sharp at the slip's 28 mm."""
    return segno.make(url, error="m").png_data_uri(scale=10, border=2)
