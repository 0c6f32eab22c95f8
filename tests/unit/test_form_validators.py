"""Phone numbers and identity documents as citizens type them (CCCD against the date of birth, passports, foreign
documents, tax codes, no emoji), field names from Vietnamese labels, and uploads judged by their bytes."""

import datetime
import io
import zipfile
from decimal import Decimal

import docx
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from dossiers.models.dossier import mask_id_number
from procedures.online_forms.applicant import ApplicantForm
from procedures.online_forms.blocks import FieldBlock
from procedures.online_forms.builder import json_value
from procedures.online_forms.definition import field_item, problems, raw_field
from procedures.online_forms.fields import UploadField
from procedures.online_forms.identity import describe_document
from procedures.online_forms.uploads import MB, check_upload, media_type, parse_file_types, validate_file_types
from procedures.online_forms.validators import (
    PROVINCE_CODES,
    check_id_number_birth,
    normalise_id_number,
    normalise_other_document,
    normalise_passport,
    normalise_phone,
    normalise_tax_code,
    refuse_emoji,
    tax_code_check_digit,
)
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


# A CCCD's 4th digit is the century and sex, its 5th and 6th the birth year's last two digits.
@pytest.mark.parametrize(
    ("number", "born"),
    [
        ("001090012345", datetime.date(1990, 4, 12)),  # a man born in the 1900s
        ("001190012345", datetime.date(1990, 4, 12)),  # a woman born in the 1900s
        ("079203001234", datetime.date(2003, 1, 2)),  # a man born in the 2000s
        ("079300001234", datetime.date(2000, 1, 1)),  # a woman born in 2000
        ("001499012345", datetime.date(2199, 12, 31)),  # 2100s: 4 or 5
    ],
)
def test_cccd_birth_digits_fit_the_date_of_birth(number, born):
    check_id_number_birth(number, born)


@pytest.mark.parametrize(
    ("number", "born", "code"),
    [
        ("001203004567", datetime.date(1990, 1, 1), "id_century_mismatch"),  # "2" is someone born in the 2000s
        ("001090012345", datetime.date(2090, 1, 1), "id_century_mismatch"),
        ("001190012345", datetime.date(1899, 1, 1), "id_century_mismatch"),  # no digit is for the 1800s
        ("001090012345", datetime.date(1991, 1, 1), "id_year_mismatch"),
        ("001203004567", datetime.date(2030, 1, 1), "id_year_mismatch"),
    ],
)
def test_cccd_birth_digits_that_do_not_fit_are_refused(number, born, code):
    assert error_code(lambda: check_id_number_birth(number, born)) == code


def test_the_century_message_says_which_digits_fit():
    with pytest.raises(ValidationError) as caught:
        check_id_number_birth("001203004567", datetime.date(1990, 1, 1))
    assert "(2)" in caught.value.messages[0] and "là 0 hoặc 1" in caught.value.messages[0]


@pytest.mark.parametrize(
    ("typed", "country", "stored"),
    [
        ("C1234567", "Việt Nam", "C1234567"),
        ("c 123 4567", "viet nam", "C1234567"),
        ("B7654321", "VNM", "B7654321"),
        ("TK1234567", "Nhật Bản", "TK1234567"),
        ("m12345678", "Hàn Quốc", "M12345678"),
        ("123456", "Hoa Kỳ", "123456"),
    ],
)
def test_passports(typed, country, stored):
    assert normalise_passport(typed, country) == stored


@pytest.mark.parametrize(
    ("typed", "country"),
    [
        ("12345678", "Việt Nam"),  # a Vietnamese passport starts with a letter
        ("CC123456", "Việt Nam"),
        ("C123456", "Việt Nam"),
        ("12345", "Nhật Bản"),  # too short
        ("AB12345678", "Nhật Bản"),  # too long
        ("TK-12345É", "Pháp"),
    ],
)
def test_bad_passports(typed, country):
    assert error_code(lambda: normalise_passport(typed, country)) == "invalid_passport"


@pytest.mark.parametrize(("typed", "stored"), [("x1234", "X1234"), ("AB-123-456-789", "AB123456789")])
def test_foreign_documents(typed, stored):
    assert normalise_other_document(typed) == stored


@pytest.mark.parametrize("typed", ["A123", "A" * 21, "Số 12345"])
def test_bad_foreign_documents(typed):
    assert error_code(lambda: normalise_other_document(typed)) == "invalid_document_number"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0100233488", "0100233488"),
        ("0314409058", "0314409058"),
        ("0314409058-002", "0314409058002"),
        ("0314409058002", "0314409058002"),
        ("031 440 9058", "0314409058"),
    ],
)
def test_tax_codes(typed, stored):
    assert normalise_tax_code(typed) == stored


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("0100233480", "invalid_tax_code_check"),  # the check digit should be 8
        ("0314409059-002", "invalid_tax_code_check"),
        ("0100000000", "invalid_tax_code_check"),  # no sequence number
        ("0314409058-000", "invalid_tax_code_check"),  # no branch 000
        ("031440905", "invalid_tax_code"),
        ("0314409058-02", "invalid_tax_code"),
        ("03144090581", "invalid_tax_code"),
    ],
)
def test_bad_tax_codes(typed, code):
    assert error_code(lambda: normalise_tax_code(typed)) == code


def test_the_tax_code_check_digit():
    assert tax_code_check_digit("010023348") == 8 and tax_code_check_digit("031440905") == 8


@pytest.mark.parametrize("typed", ["Nguyễn Văn An 😀", "Trần Thị 👍🏽 Bình", "An ❤️", "Lê 🇻🇳"])
def test_emoji_are_refused_in_names(typed):
    with pytest.raises(ValidationError) as caught:
        refuse_emoji(typed)
    assert caught.value.code == "emoji" and "emoji" in caught.value.messages[0]


@pytest.mark.parametrize(
    "call",
    [
        lambda: normalise_id_number("001090012345😀"),
        lambda: normalise_passport("P1234567✅", "Nhật Bản"),
        lambda: normalise_tax_code("0314409058🔥"),
    ],
)
def test_emoji_are_refused_in_numbers_with_their_own_message(call):
    assert error_code(call) == "emoji"


def test_vietnamese_names_are_not_emoji():
    assert refuse_emoji("Nguyễn Thị Hoà, Đặng Văn Ơn (Công ty TNHH Ánh Dương)") == (
        "Nguyễn Thị Hoà, Đặng Văn Ơn (Công ty TNHH Ánh Dương)"
    )


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("001203004567", "001******567"),
        ("P1234567", "P1****67"),
        ("0314409058002", "031*******002"),
        ("X1234", "X***4"),
    ],
)
def test_any_kind_of_number_is_masked(number, masked):
    assert mask_id_number(number) == masked


@pytest.mark.parametrize(
    ("id_type", "number", "country", "label"),
    [
        ("cccd", "001203004567", "", "Số định danh cá nhân 001203004567"),
        ("passport", "P1234567", "Nhật Bản", "Hộ chiếu số P1234567 (Nhật Bản)"),
        ("foreign_id", "X12345", "Lào", "Giấy tờ tùy thân số X12345 (Lào)"),
        ("tax_code", "0314409058002", "", "Mã số doanh nghiệp 0314409058-002"),
        ("tax_code", "0314409058", "", "Mã số doanh nghiệp 0314409058"),
    ],
)
def test_each_document_is_named_by_its_kind(id_type, number, country, label):
    assert describe_document(id_type, number, country) == label


@pytest.mark.parametrize(
    ("label", "name"), [("Địa chỉ", "dia_chi"), ("Số hộ chiếu", "so_ho_chieu"), ("Diện tích (m²)", "dien_tich_m2")]
)
def test_field_names_come_from_vietnamese_labels(label, name):
    assert field_item(raw_field(label, "singleline"))["name"] == name


@pytest.mark.parametrize(
    ("value", "message_part"),
    [
        (raw_field("Quốc tịch", "dropdown"), "lựa chọn"),
        (raw_field("Ghi chú", "singleline", min_age=18), "ngày sinh"),
        (raw_field("Quốc tịch khác", "singleline", show_when=("Quốc tịch", "")), "cả nhãn trường và câu trả lời"),
        (raw_field("Ngày sinh", "date", min_age=("Giới tính", {})), "cả nhãn trường và các dòng"),
        ({**raw_field("Ngày sinh", "date"), "min_age_field": "Giới tính", "min_age_by_answer": "Nam"}, "“Nam”"),
        (raw_field("Số con", "number", min_value=5, max_value=1), "không nhỏ hơn giá trị nhỏ nhất"),
    ],
)
def test_editor_mistakes_in_a_field(value, message_part):
    block = FieldBlock()
    with pytest.raises(ValidationError) as caught:
        block.clean(block.to_python(value))
    assert message_part in " ".join(str(error) for error in caught.value.block_errors.values())


@pytest.mark.parametrize(
    ("label", "message_part"),
    [("!!!", "ít nhất một chữ cái"), ("Applicant name", "người nộp hồ sơ"), ("Giấy tờ khác", "người nộp hồ sơ")],
)
def test_names_an_answer_may_not_take(label, message_part):
    sections = [{"title": "I", "items": [field_item(raw_field(label, "singleline"))]}]
    assert message_part in " ".join(problems(sections, [], set(), ApplicantForm.APPLICANT_FIELDS))


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
