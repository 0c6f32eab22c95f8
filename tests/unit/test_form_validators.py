"""Phone and ID numbers as citizens type them, field names from Vietnamese labels, and uploads judged by their bytes."""

import datetime
import io
import zipfile
from decimal import Decimal

import docx
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from procedures.models import OnlineFormField
from procedures.online_forms.builder import json_value
from procedures.online_forms.fields import UploadField
from procedures.online_forms.uploads import MB, check_upload, media_type, parse_file_types, validate_file_types
from procedures.online_forms.validators import PROVINCE_CODES, normalise_id_number, normalise_phone
from tests.samples import PDF


def image(fmt):
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "navy").save(buffer, fmt)
    return buffer.getvalue()


def word_document():
    document = docx.Document()
    document.add_paragraph("Tờ khai đăng ký kết hôn")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_archive(name="a.txt"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, "payload")
    return buffer.getvalue()


# The headers a loader reads: PE's "MZ" stub pointing at "PE\0\0" and an x64 machine type, ELF's 64-bit header.
WINDOWS_EXECUTABLE = b"MZ\x90\x00" + b"\x00" * 56 + (64).to_bytes(4, "little") + b"PE\x00\x00\x64\x86" + b"\x00" * 200
LINUX_EXECUTABLE = b"\x7fELF\x02\x01\x01" + b"\x00" * 200
SCRIPTED_HTML = b"<!DOCTYPE html><html><body><script>fetch('/admin/')</script></body></html>"
SCRIPTED_SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>'


def upload(name, content):
    return SimpleUploadedFile(name, content)


def error_code(call):
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value.error_list[0].code


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0912345678", "0912345678"),
        ("0912 345 678", "0912345678"),
        ("0912.345.678", "0912345678"),
        ("+84 912 345 678", "0912345678"),
        ("(+84) 38-765-4321", "0387654321"),
        ("0200 3812 001", "02003812001"),
    ],
)
def test_phone_numbers_are_normalised(typed, stored):
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize(
    "typed",
    ["", "091234567", "09123456789", "0123456789", "0412345678", "02003812", "+85912345678", "abc", "09١٢٣٤٥٦٧٨"],
)
def test_bad_phone_numbers(typed):
    assert error_code(lambda: normalise_phone(typed)) == "invalid_phone"


def test_sixty_three_province_codes():
    assert len(PROVINCE_CODES) == 63 and {"001", "079", "096"} <= PROVINCE_CODES
    assert not {"000", "003", "097"} & PROVINCE_CODES


@pytest.mark.parametrize(("typed", "stored"), [("001099012345", "001099012345"), ("079 203 001 234", "079203001234")])
def test_id_numbers(typed, stored):
    assert normalise_id_number(typed) == stored


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("00109901234", "invalid_id_length"),
        ("0010990123456", "invalid_id_length"),
        ("00109901234A", "invalid_id_length"),
        ("003099012345", "invalid_id_province"),
        ("097099012345", "invalid_id_province"),
        ("001٢٠٣٠٠٤٥٦٧", "invalid_id_length"),  # Arabic-Indic digits after a real province code
        ("００１２０３００４５６７", "invalid_id_length"),  # full-width digits
    ],
)
def test_bad_id_numbers(typed, code):
    assert error_code(lambda: normalise_id_number(typed)) == code


def test_province_is_named_in_the_message():
    with pytest.raises(ValidationError) as caught:
        normalise_id_number("003099012345")
    assert "003" in caught.value.messages[0]


@pytest.mark.parametrize(
    ("label", "name"), [("Địa chỉ", "dia_chi"), ("Số hộ chiếu", "so_ho_chieu"), ("Diện tích (m²)", "dien_tich_m2")]
)
def test_field_names_come_from_vietnamese_labels(label, name):
    assert OnlineFormField(label=label).get_field_clean_name() == name


@pytest.mark.parametrize(
    ("field", "message_part"),
    [
        (OnlineFormField(label="!!!", field_type="singleline"), "ít nhất một chữ cái"),
        (OnlineFormField(label="Applicant name", field_type="singleline"), "người nộp hồ sơ"),
        (OnlineFormField(label="Quốc tịch", field_type="dropdown"), "lựa chọn"),
        (OnlineFormField(label="Tờ khai", field_type="file", allowed_file_types=""), "định dạng tệp"),
    ],
)
def test_editor_mistakes_in_a_field(field, message_part):
    with pytest.raises(ValidationError) as caught:
        field.clean()
    assert message_part in str(caught.value)


def test_allowed_file_types_come_from_a_fixed_set():
    assert parse_file_types(" PDF, jpg ,") == ["pdf", "jpg"]
    validate_file_types("pdf, jpg, png, docx")
    assert error_code(lambda: validate_file_types("pdf, exe")) == "unknown_file_type"


@pytest.mark.parametrize(
    ("name", "content", "allowed"),
    [
        ("to-khai.pdf", PDF, ["pdf"]),
        ("anh.png", image("PNG"), ["png"]),
        ("anh.JPEG", image("JPEG"), ["jpg"]),
        ("to-khai.docx", word_document(), ["pdf", "docx"]),
    ],
)
def test_genuine_files_pass(name, content, allowed):
    file = upload(name, content)
    check_upload(file, allowed, max_mb=1)
    assert file.tell() == 0, "the file is rewound for storage"


@pytest.mark.parametrize(
    ("name", "content", "allowed", "code"),
    [
        ("to-khai.pdf", b"MZ\x90\x00" + b"\x00" * 200, ["pdf"], "file_type"),
        ("to-khai.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 200, ["pdf"], "file_type"),
        ("to-khai.pdf", b"#!/bin/sh\nrm -rf /\n", ["pdf"], "file_type"),
        ("anh.png", image("JPEG"), ["png", "jpg"], "file_type"),
        ("to-khai.pdf", PDF, ["jpg", "png"], "file_type"),
        ("to-khai.docx", zip_archive(), ["docx"], "file_type"),
        ("to-khai.pdf", PDF + zip_archive(), ["pdf"], "file_polyglot"),
        ("anh.png", image("PNG") + PDF, ["png"], "file_polyglot"),
        ("anh.jpg", image("JPEG") + zip_archive(), ["jpg"], "file_polyglot"),
        ("to-khai.pdf", PDF + b"\x00" * MB, ["pdf"], "file_too_large"),
        ("to-khai.pdf", SCRIPTED_HTML, ["pdf"], "file_type"),
        ("to-khai.pdf", SCRIPTED_SVG, ["pdf"], "file_type"),
        ("anh.png", SCRIPTED_SVG, ["png", "jpg"], "file_type"),
        ("to-khai.pdf", WINDOWS_EXECUTABLE, ["pdf"], "file_type"),
        ("to-khai.pdf", PDF + zip_archive("META-INF/MANIFEST.MF"), ["pdf"], "file_polyglot"),
        ("anh.png", image("PNG") + WINDOWS_EXECUTABLE, ["png"], "file_polyglot"),
        ("anh.png", image("PNG") + LINUX_EXECUTABLE, ["png"], "file_polyglot"),
        ("anh.jpg", image("JPEG") + WINDOWS_EXECUTABLE, ["jpg"], "file_polyglot"),
        ("to-khai.pdf", PDF + LINUX_EXECUTABLE, ["pdf"], "file_polyglot"),
        ("to-khai.pdf", PDF + WINDOWS_EXECUTABLE, ["pdf"], "file_polyglot"),
        ("to-khai.docx", word_document() + WINDOWS_EXECUTABLE, ["docx"], "file_polyglot"),
    ],
)
def test_disguised_and_oversized_files_are_refused(name, content, allowed, code):
    assert error_code(lambda: check_upload(upload(name, content), allowed, max_mb=1)) == code


@pytest.mark.parametrize("payload", [zip_archive(), WINDOWS_EXECUTABLE[64:], LINUX_EXECUTABLE])
def test_a_signature_split_across_chunks_is_found(payload):
    file = upload("to-khai.pdf", PDF + b"\x00" * (64 * 1024 - len(PDF) - 3) + payload)
    assert error_code(lambda: check_upload(file, ["pdf"], max_mb=1)) == "file_polyglot"


def test_compressed_image_data_with_mz_in_it_passes():
    """``MZ`` alone starts no executable: it turns up by chance in compressed image data."""
    check_upload(upload("anh.png", image("PNG") + b"MZ\x90\x00PE" + b"\x00" * 100), ["png"], max_mb=1)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (PDF, "application/pdf"),
        (image("PNG"), "image/png"),
        (image("JPEG"), "image/jpeg"),
        (word_document(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        (zip_archive(), "application/octet-stream"),
        (SCRIPTED_HTML, "application/octet-stream"),
    ],
)
def test_the_media_type_comes_from_the_bytes_not_the_claim(content, expected):
    assert media_type(SimpleUploadedFile("to-khai.pdf", content, content_type="text/html")) == expected


def test_refusals_name_the_file_and_the_allowed_types():
    with pytest.raises(ValidationError) as caught:
        check_upload(upload("ho-chieu.pdf", b"MZ" + b"\x00" * 100), ["pdf", "jpg"], max_mb=1)
    assert caught.value.messages == ["Tệp “ho-chieu.pdf” không đúng định dạng cho phép (PDF, JPG)."]


def test_upload_field_takes_several_files_and_reports_each_bad_one():
    field = UploadField(allowed_types=["pdf"], max_mb=1, label="Giấy tờ")
    first, second = upload("a.pdf", PDF), upload("b.pdf", PDF)
    assert field.clean([first, second]) == [first, second]
    with pytest.raises(ValidationError) as caught:
        field.clean([upload("a.pdf", PDF), upload("b.pdf", b"MZ" * 50), upload("c.pdf", b"MZ" * 50)])
    assert len(caught.value.messages) == 2
    assert "PDF" in field.help_text and "1 MB" in field.help_text
    assert field.widget.attrs["accept"] == ".pdf"


def test_upload_field_required_and_optional():
    assert UploadField(allowed_types=["pdf"], max_mb=1, required=False).clean([]) == []
    with pytest.raises(ValidationError):
        UploadField(allowed_types=["pdf"], max_mb=1).clean([])


def test_answers_are_json_ready():
    assert json_value(datetime.date(2026, 2, 3)) == "2026-02-03"
    assert json_value(Decimal("1500000.50")) == "1500000.50"
    assert json_value(["Cải chính", "Bổ sung"]) == ["Cải chính", "Bổ sung"]
    assert json_value("Nhật Bản") == "Nhật Bản"
