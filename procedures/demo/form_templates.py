"""Blank Vietnamese administrative forms as .docx files, built from a spec in ``catalogue.FORM_TEMPLATES``.

The output is deterministic (fixed document properties and zip timestamps), so seeding twice produces the same bytes
and a content hash can tell that a template is unchanged.
"""

import datetime
import io
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

FONT_NAME = "Times New Roman"
FONT_SIZE = Pt(13)
FIXED_DATE = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)

MOTTO_COUNTRY = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_LINE = "Độc lập - Tự do - Hạnh phúc"
COMMITMENT = (
    "Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về lời cam đoan "
    "của mình."
)
DATE_LINE = "..............., ngày ...... tháng ...... năm .........."
SIGNER = "NGƯỜI YÊU CẦU"
SIGNER_NOTE = "(Ký, ghi rõ họ, chữ đệm, tên)"


def _set_default_font(document) -> None:
    style = document.styles["Normal"]
    style.font.name = FONT_NAME
    style.font.size = FONT_SIZE
    # East-Asian and complex-script slots too, so Word does not substitute a font for Vietnamese diacritics.
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT_NAME)
    style.paragraph_format.space_after = Pt(3)
    style.paragraph_format.line_spacing = 1.15


def _paragraph(container, text="", *, bold=False, italic=False, align=None, size=None, space_before=None):
    paragraph = container.add_paragraph()
    if align is not None:
        paragraph.alignment = align
    if space_before is not None:
        paragraph.paragraph_format.space_before = space_before
    if text:
        run = paragraph.add_run(text)
        run.bold = bold or None  # None inherits from the style instead of writing an explicit "off"
        run.italic = italic or None
        if size is not None:
            run.font.size = size
    return paragraph


def _dotted_line(document, label: str, right_edge: Cm) -> None:
    """``Label: ........`` with the dots as a dotted tab leader to the right margin, so the line fills the width."""
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.tab_stops.add_tab_stop(right_edge, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    paragraph.add_run(f"{label}: ")
    paragraph.add_run("\t")


def _header(document, spec: dict) -> None:
    form_code = _paragraph(document, spec["code"], italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT, size=Pt(11))
    form_code.add_run(f" ({spec['legal_source']})").font.size = Pt(11)
    _paragraph(document, MOTTO_COUNTRY, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    motto = _paragraph(document, MOTTO_LINE, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=Pt(14))
    motto.runs[0].underline = True
    title = _paragraph(document, spec["title"], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_before=Pt(18))
    title.runs[0].font.all_caps = True  # shown in capitals, stored as written so search and tests find it


def _signature(document) -> None:
    table = document.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = table.rows[0].cells
    left.text = ""
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    right.paragraphs[0].add_run(DATE_LINE).italic = True
    _paragraph(right, SIGNER, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(right, SIGNER_NOTE, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)


def _set_properties(document, spec: dict) -> None:
    properties = document.core_properties
    properties.title = spec["title"]
    properties.subject = f"{spec['code']} - {spec['legal_source']}"
    properties.author = "Cổng dịch vụ công một cửa"
    properties.last_modified_by = "Cổng dịch vụ công một cửa"
    properties.comments = ""
    properties.keywords = "mẫu đơn, tờ khai"
    properties.revision = 1
    properties.created = FIXED_DATE
    properties.modified = FIXED_DATE
    properties.last_printed = FIXED_DATE


def _normalise_zip(data: bytes) -> bytes:
    """Rewrites the package with fixed entry timestamps: python-docx stamps each entry with the current time."""
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(entry.filename))
    return output.getvalue()


def build_form_template(spec: dict) -> bytes:
    """A blank A4 form: form code, national motto, title, addressee, one dotted line per field, commitment, signature.

    ``spec`` is an entry of ``FORM_TEMPLATES``: ``title``, ``code``, ``legal_source`` and ``fields`` are used.
    """
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21)
    section.top_margin = section.bottom_margin = Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    right_edge = section.page_width - section.left_margin - section.right_margin
    _set_default_font(document)

    _header(document, spec)
    addressee = document.add_paragraph()
    addressee.alignment = WD_ALIGN_PARAGRAPH.CENTER
    addressee.paragraph_format.space_before = Pt(6)
    addressee.add_run("Kính gửi: ").bold = True
    addressee.add_run("............................................................")

    for label in spec["fields"]:
        _dotted_line(document, label, right_edge)
    _paragraph(document, COMMITMENT, space_before=Pt(6))
    _paragraph(document)
    _signature(document)

    _set_properties(document, spec)
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue())
