"""Vietnamese phone and ID numbers as people type them: spaces, dots and a +84 prefix are accepted and normalised,
so staff and the look-up page compare one canonical form."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

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


def normalise_id_number(value):
    """A 12-digit personal identification number (CCCD) whose first three digits are a province code."""
    digits = _SEPARATORS.sub("", value or "")
    if not re.fullmatch(r"[0-9]{12}", digits):
        raise ValidationError(_("Số CCCD phải gồm 12 chữ số."), code="invalid_id_length")
    if digits[:3] not in PROVINCE_CODES:
        raise ValidationError(
            _("Mã tỉnh %(code)s trong số CCCD không hợp lệ."), code="invalid_id_province", params={"code": digits[:3]}
        )
    return digits
