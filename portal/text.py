"""Text folding shared by search and form-field naming: Vietnamese without diacritics, as people type it."""

import re

from anyascii import anyascii


def fold(text):
    """Lower-case ASCII transliteration: ``"Đăng ký Kết hôn"`` -> ``"dang ky ket hon"``."""
    return anyascii(text or "").lower()


def ascii_identifier(text):
    """A Python-identifier-like name from a Vietnamese label: ``"Địa chỉ"`` -> ``"dia_chi"``."""
    return re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_")
