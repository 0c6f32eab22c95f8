"""HTML to PDF with WeasyPrint, in a font that carries every Vietnamese glyph.

DejaVu Serif Condensed (Debian's ``fonts-dejavu-extra``) is loaded by ``@font-face`` from its files
rather than looked up through fontconfig, so a machine without it fails loudly instead of printing boxes or some
fallback face. WeasyPrint may read only local files and data URIs: a slip never fetches anything over the network.
"""

from functools import cache
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.template.loader import render_to_string

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FAMILY = "DejaVu Serif Condensed"  # the name the slip templates ask for
# Condensed, because the regular cut is too wide for the national motto in its half of the header.
# (weight, style, file); all four come with the Debian package fonts-dejavu-extra.
FACES = [
    ("normal", "normal", "DejaVuSerifCondensed.ttf"),
    ("bold", "normal", "DejaVuSerifCondensed-Bold.ttf"),
    ("normal", "italic", "DejaVuSerifCondensed-Italic.ttf"),
    ("bold", "italic", "DejaVuSerifCondensed-BoldItalic.ttf"),
]


@cache
def font_faces():
    """The ``@font-face`` rules with ``file://`` URLs, checked once per process."""
    rules = []
    for weight, style, name in FACES:
        path = FONT_DIR / name
        if not path.is_file():
            raise ImproperlyConfigured(f"Font {path} is missing: install the Debian package fonts-dejavu-extra.")
        rules.append(
            f'@font-face {{ font-family: "{FAMILY}"; font-weight: {weight}; font-style: {style}; '
            f'src: url("{path.as_uri()}"); }}'
        )
    return "\n".join(rules)


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
