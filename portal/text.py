"""Text shared by search, form-field naming and every form: Vietnamese folded as people type it without diacritics,
and the one rule of what counts as text a person typed."""

import re
import unicodedata

from anyascii import anyascii
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def fold(text):
    """Lower-case ASCII transliteration: ``"Đăng ký Kết hôn"`` -> ``"dang ky ket hon"``."""
    return anyascii(text or "").lower()


def ascii_identifier(text):
    """A Python-identifier-like name from a Vietnamese label: ``"Địa chỉ"`` -> ``"dia_chi"``."""
    return re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_")


# Characters nobody types into a name, a number or an answer, and that make stored text lie about itself: C0 and C1
# controls and DEL (ANSI escapes colour a terminal that prints the record), bidirectional embeddings, overrides and
# isolates (they reorder what a reader sees), zero-width characters (two names that look alike but never match) and
# the line and paragraph separators (a "one-line" value that breaks lines wherever it is shown).
_INVISIBLE = r"\u200b-\u200d\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff"
_NOT_ONE_LINE = re.compile(rf"[\x00-\x1f\x7f-\x9f{_INVISIBLE}]")
# A multi-line answer keeps its tabs and line breaks (a browser sends a textarea's as CR LF).
_NOT_MULTILINE = re.compile(rf"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_INVISIBLE}]")


def plain_text(text, *, multiline=False):
    """``text`` in NFC (a Vietnamese letter typed as letter + combining marks is stored as the one precomposed letter
    every search and comparison expects); raises ValidationError naming the characters that are not text."""
    refused = sorted(set((_NOT_MULTILINE if multiline else _NOT_ONE_LINE).findall(text)))
    if refused:
        raise ValidationError(
            _(
                "Có ký tự ẩn hoặc ký tự điều khiển không được phép (%(characters)s), thường do sao chép từ nơi khác. "
                "Xin xoá nội dung ô này và gõ lại."
            ),
            code="not_text",
            params={"characters": ", ".join(f"U+{ord(character):04X}" for character in refused)},
        )
    return unicodedata.normalize("NFC", text)
