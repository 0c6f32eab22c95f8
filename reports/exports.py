"""Biểu 06 as files: .xlsx with the form's two-level merged header, and .csv (UTF-8 with a byte-order mark, so
Excel opens Vietnamese text correctly). Both carry the same header and figures as the admin table."""

import csv
import io

from django.http import HttpResponse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from dossiers.models.bieu06 import COLUMNS, HEADER_GROUPS

from .bieu06 import ON_TIME_HEADER, TITLE, Report

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
LEADING = 2  # "STT" and the row label come before the figures


def period_line(report: Report) -> str:
    start, end = (date_format(day, "d/m/Y") for day in (report.period.start, report.period.end))
    return _("Kỳ báo cáo: từ ngày %(start)s đến ngày %(end)s") % {"start": start, "end": end}


def header_rows(report: Report) -> tuple[list[str], list[str]]:
    """The two header lines; a cell that spans others is followed by blanks in the cells it covers."""
    top = [_("STT"), str(report.grouping.label)]
    for label, span in HEADER_GROUPS:
        top += [str(label)] + [""] * (span - 1)
    top.append(str(ON_TIME_HEADER))
    bottom = ["", ""] + [str(label) for _column, label in COLUMNS] + [""]
    return top, bottom


def body_rows(report: Report) -> list[list]:
    lines = []
    for number, row in enumerate([*report.rows, report.total], start=1):
        figures = [getattr(row, column) for column, _label in COLUMNS]
        percent = "" if row.on_time_percent is None else row.on_time_percent
        lines.append([number if row.pk is not None else "", row.label, *figures, percent])
    return lines


def filename(report: Report, extension: str) -> str:
    return f"bieu-06-{report.period.start:%Y%m%d}-{report.period.end:%Y%m%d}.{extension}"


def attachment(content: bytes, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def csv_response(report: Report) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerows([*header_rows(report), *body_rows(report)])
    content = buffer.getvalue().encode("utf-8-sig")
    return attachment(content, "text/csv; charset=utf-8", filename(report, "csv"))


def merge_header(sheet, first_row: int) -> None:
    """Rows ``first_row`` and the next: the leading columns and the percentage span both, the groups span theirs."""
    last_column = LEADING + len(COLUMNS) + 1
    for column in [*range(1, LEADING + 1), last_column]:
        sheet.merge_cells(start_row=first_row, end_row=first_row + 1, start_column=column, end_column=column)
    column = LEADING + 1
    for _label, span in HEADER_GROUPS:
        sheet.merge_cells(start_row=first_row, end_row=first_row, start_column=column, end_column=column + span - 1)
        column += span


def xlsx_response(report: Report) -> HttpResponse:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Bieu 06"
    width = LEADING + len(COLUMNS) + 1
    for line in (str(TITLE), period_line(report)):
        sheet.append([line])
        sheet.merge_cells(start_row=sheet.max_row, end_row=sheet.max_row, start_column=1, end_column=width)
    sheet["A1"].font = Font(bold=True, size=13)
    header_start = sheet.max_row + 1
    for line in header_rows(report):
        sheet.append(line)
    merge_header(sheet, header_start)
    for row in sheet.iter_rows(min_row=header_start, max_row=header_start + 1):
        for cell in row:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for line in body_rows(report):
        sheet.append(line)
    sheet.cell(row=sheet.max_row, column=2).font = Font(bold=True)
    sheet.column_dimensions["B"].width = 48
    for column in range(LEADING + 1, width + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 12
    sheet.freeze_panes = sheet.cell(row=header_start + 2, column=LEADING + 1)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return attachment(buffer.getvalue(), XLSX_TYPE, filename(report, "xlsx"))
