"""Phone numbers and identity documents as people type them: spaces, dots and a +84 prefix are accepted and
normalised, so staff and the look-up page compare one canonical form; names and numbers hold no emoji."""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from portal.text import fold

# Province codes of birth registration, the first three digits of a CCCD (Circular 07/2016/TT-BCA, appendix 1):
# the 63 provinces before the 2025 mergers, which numbers already issued keep.
PROVINCE_CODES = frozenset(
    # One string reads like the circular's table; a 63-item list literal would be formatted one code per line.
    "001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 "  # noqa: SIM905
    "040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 "
    "083 084 086 087 089 091 092 093 094 095 096".split()
)

_SEPARATORS = re.compile(r"[\s.\-()]")
# ASCII digits only: ``\d`` also matches other scripts' digits (Arabic-Indic, full-width), which would be stored as
# "canonical" numbers that no look-up typed in ASCII could match.
_MOBILE = re.compile(r"0[35789][0-9]{8}")
_LANDLINE = re.compile(r"02[0-9]{9}")
_VIETNAMESE_PASSPORT = re.compile(r"[A-Z][0-9]{7}")
_FOREIGN_PASSPORT = re.compile(r"[A-Z0-9]{6,9}")
_OTHER_DOCUMENT = re.compile(r"[A-Z0-9]{5,20}")
_TAX_CODE = re.compile(r"([0-9]{10})(?:-?([0-9]{3}))?")
# The tax authority's weights for the tenth digit of an enterprise / tax code (the check digit of the first nine).
_TAX_CODE_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)
# How Việt Nam is written as a passport's issuing country, folded: the name, its ISO 3166 codes.
_VIET_NAM = frozenset({"vietnam", "vn", "vnm"})
# Emoji and pictographs: Unicode's "other symbol" category, plus the selectors and tags that build emoji sequences.
_EMOJI_PARTS = re.compile(r"[\ufe0e\ufe0f\U000e0020-\U000e007f]")


def refuse_emoji(value):
    """Names and numbers are letters, digits and punctuation: an emoji or pictograph is refused, naming it."""
    refused = sorted({c for c in value if unicodedata.category(c) == "So" or _EMOJI_PARTS.match(c)})
    if refused:
        raise ValidationError(
            _("Không dùng biểu tượng cảm xúc (emoji) hoặc ký hiệu (%(characters)s) trong ô này."),
            code="emoji",
            params={"characters": " ".join(refused)},
        )
    return value


def normalise_phone(value):
    """``"+84 912.345.678"`` -> ``"0912345678"``; raises ValidationError unless a mobile or landline number."""
    digits = _SEPARATORS.sub("", value or "")
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    if not (_MOBILE.fullmatch(digits) or _LANDLINE.fullmatch(digits)):
        raise ValidationError(
            _("Số điện thoại không hợp lệ. Ví dụ: 0912 345 678 hoặc 0200 3812 001."), code="invalid_phone"
        )
    return digits


def canonical_number(value):
    """The form every identity number is stored and compared in: upper case, no spaces, dots or dashes. The look-up
    and the staff search apply it to whatever was typed, so any kind of document is found by its number."""
    return _SEPARATORS.sub("", refuse_emoji(value or "")).upper()


def normalise_id_number(value):
    """A 12-digit personal identification number (CCCD) whose first three digits are a province code."""
    digits = canonical_number(value)
    if not re.fullmatch(r"[0-9]{12}", digits):
        raise ValidationError(_("Số CCCD phải gồm 12 chữ số."), code="invalid_id_length")
    if digits[:3] not in PROVINCE_CODES:
        raise ValidationError(
            _("Mã tỉnh %(code)s trong số CCCD không hợp lệ."), code="invalid_id_province", params={"code": digits[:3]}
        )
    return digits


def check_id_number_birth(number, date_of_birth):
    """The 4th digit of a CCCD is the century and sex (0/1: born 1900-1999, 2/3: 2000-2099, 4/5: 2100-2199, ...),
    the 5th and 6th the last two digits of the birth year (Circular 07/2016/TT-BCA); both must fit the date."""
    year = date_of_birth.year
    century = (year - 1900) // 100
    if century < 0 or int(number[3]) // 2 != century:
        raise ValidationError(
            _(
                "Chữ số thứ tư của số CCCD (%(digit)s) không khớp với năm sinh %(year)s: người sinh năm đó có chữ "
                "số thứ tư là %(male)s hoặc %(female)s."
            ),
            code="id_century_mismatch",
            params={"digit": number[3], "year": year, "male": 2 * century, "female": 2 * century + 1},
        )
    if number[4:6] != f"{year % 100:02d}":
        raise ValidationError(
            _("Chữ số thứ năm và thứ sáu của số CCCD (%(digits)s) phải là hai số cuối của năm sinh (%(expected)s)."),
            code="id_year_mismatch",
            params={"digits": number[4:6], "expected": f"{year % 100:02d}"},
        )


def is_viet_nam(country):
    return re.sub(r"[^a-z]", "", fold(country)) in _VIET_NAM


def normalise_passport(value, country):
    """A Vietnamese passport is one letter and seven digits; another country's 6 to 9 letters or digits."""
    number = canonical_number(value)
    if is_viet_nam(country):
        if not _VIETNAMESE_PASSPORT.fullmatch(number):
            raise ValidationError(
                _("Số hộ chiếu Việt Nam gồm một chữ cái và 7 chữ số, ví dụ C1234567."), code="invalid_passport"
            )
    elif not _FOREIGN_PASSPORT.fullmatch(number):
        raise ValidationError(
            _("Số hộ chiếu gồm 6 đến 9 chữ cái không dấu hoặc chữ số, ví dụ P1234567."), code="invalid_passport"
        )
    return number


def normalise_other_document(value):
    """A foreign identity card or another document: 5 to 20 letters (without diacritics) or digits."""
    number = canonical_number(value)
    if not _OTHER_DOCUMENT.fullmatch(number):
        raise ValidationError(
            _("Số giấy tờ gồm 5 đến 20 chữ cái không dấu hoặc chữ số."), code="invalid_document_number"
        )
    return number


def tax_code_check_digit(first_nine):
    """``10 - (Σ weight × digit) mod 11``; a remainder of 0 gives 10, which no digit matches (no such code)."""
    remainder = sum(weight * int(digit) for weight, digit in zip(_TAX_CODE_WEIGHTS, first_nine, strict=True)) % 11
    return (10 - remainder) % 11


def normalise_tax_code(value):
    """An enterprise / tax code: 10 digits whose last is the check digit, or 13 for a branch (``0314409058-002``);
    stored as the digits alone."""
    typed = re.sub(r"[\s.]", "", refuse_emoji(value or ""))
    match = _TAX_CODE.fullmatch(typed)
    if not match:
        raise ValidationError(
            _(
                "Mã số doanh nghiệp gồm 10 chữ số; mã của chi nhánh thêm dấu gạch ngang và 3 chữ số, "
                "ví dụ 0314409058-002."
            ),
            code="invalid_tax_code",
        )
    head, branch = match[1], match[2] or ""
    if str(tax_code_check_digit(head[:9])) != head[9] or head[2:9] == "0000000" or branch == "000":
        raise ValidationError(
            _("Mã số doanh nghiệp %(number)s không đúng: xin kiểm tra lại từng chữ số."),
            code="invalid_tax_code_check",
            params={"number": value.strip()},
        )
    return head + branch
