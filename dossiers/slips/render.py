"""HTML to PDF with WeasyPrint, in a font that carries every Vietnamese glyph.

Liberation Serif 2 (Debian's ``fonts-liberation2``) has the metrics of Times New Roman, the face Decree
30/2020/NĐ-CP prints documents in; version 1 (``fonts-liberation``) lacks ơ, ư and the letters with a dot below.
It is loaded by ``@font-face`` from its files rather than looked up through fontconfig, so a machine without it
fails loudly instead of printing boxes or some fallback face. WeasyPrint may read only local files and data URIs:
a slip never fetches anything over the network.
"""

import unicodedata
from functools import cache
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.template.loader import render_to_string

FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
FAMILY = "Liberation Serif"  # the name the slip and result templates ask for
# (weight, style, file); all four come with the Debian package fonts-liberation2.
FACES = [
    ("normal", "normal", "LiberationSerif-Regular.ttf"),
    ("bold", "normal", "LiberationSerif-Bold.ttf"),
    ("normal", "italic", "LiberationSerif-Italic.ttf"),
    ("bold", "italic", "LiberationSerif-BoldItalic.ttf"),
]


@cache
def font_faces():
    """The ``@font-face`` rules with ``file://`` URLs, checked once per process."""
    rules = []
    for weight, style, name in FACES:
        path = FONT_DIR / name
        if not path.is_file():
            raise ImproperlyConfigured(f"Font {path} is missing: install the Debian package fonts-liberation2.")
        rules.append(
            f'@font-face {{ font-family: "{FAMILY}"; font-weight: {weight}; font-style: {style}; '
            f'src: url("{path.as_uri()}"); }}'
        )
    return "\n".join(rules)


@cache
def _bold_metrics():
    """(advance widths by character, units per em) of the bold face, for ``fitting_size``."""
    from fontTools.ttLib import TTFont  # WeasyPrint's own dependency, as slow to import

    font = TTFont(FONT_DIR / FACES[1][2], lazy=True)
    advances = font["hmtx"].metrics
    widths = {char: advances[glyph][0] for char, glyph in font.getBestCmap().items()}
    return widths, font["head"].unitsPerEm


def fitting_size(text, width_mm, largest=12.0, smallest=10.0):
    """The largest size in half points, from ``largest`` down to ``smallest``, at which ``text`` in the bold face
    fits on one line of ``width_mm``: heading lines are not broken mid-name. Kerning only narrows a line, so the
    sum of advances is a safe bound. A name too long even at ``smallest`` gets it and wraps at a space."""
    widths, units = _bold_metrics()
    advance = sum(widths.get(ord(char), units) for char in unicodedata.normalize("NFC", text))
    size = largest
    while size > smallest and advance / units * size * 25.4 / 72 > width_mm:
        size -= 0.5
    return size


def render_pdf(template_name, context):
    """Render a slip template to PDF bytes. WeasyPrint is imported here, not at module level: importing it takes
    about a second, which every web, worker and management process would otherwise pay at start-up."""
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration
    from weasyprint.urls import URLFetcher

    html = render_to_string(template_name, context)
    fonts = FontConfiguration()
    fetcher = URLFetcher(allowed_protocols={"file", "data"})
    stylesheet = CSS(string=font_faces(), font_config=fonts, url_fetcher=fetcher)
    document = HTML(string=html, url_fetcher=fetcher)
    return document.write_pdf(stylesheets=[stylesheet], font_config=fonts)
