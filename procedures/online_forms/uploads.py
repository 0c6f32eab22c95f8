"""Checks an uploaded file must pass before it is stored: its size, and its type as its bytes say (not its name),
which must also agree with its name. Files that are two formats at once (polyglots) are refused, because the
staff's viewer and an attacker's reader would see different documents."""

import zipfile

import filetype
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MB = 1024 * 1024

# The types editors may allow, each with the file-name extensions that may carry it.
EXTENSIONS = {"pdf": {"pdf"}, "jpg": {"jpg", "jpeg"}, "png": {"png"}, "docx": {"docx"}}

_ZIP = b"PK\x03\x04"
_PDF = b"%PDF"
# Signatures of another format that must not appear anywhere inside a file of the given type.
_FOREIGN_SIGNATURES = {"pdf": (_ZIP,), "jpg": (_ZIP, _PDF), "png": (_ZIP, _PDF), "docx": (_PDF,)}


def parse_file_types(value):
    """``"pdf, JPG"`` -> ``["pdf", "jpg"]``: how editors write the allowed types of a file field."""
    return [item.strip().lower() for item in (value or "").split(",") if item.strip()]


def validate_file_types(value):
    unknown = [item for item in parse_file_types(value) if item not in EXTENSIONS]
    if unknown:
        raise ValidationError(
            _("Định dạng không được hỗ trợ: %(unknown)s. Chỉ chọn trong: %(known)s."),
            code="unknown_file_type",
            params={"unknown": ", ".join(unknown), "known": ", ".join(EXTENSIONS)},
        )


def describe_file_types(types):
    """``["pdf", "jpg"]`` -> ``"PDF, JPG"``, as shown to applicants."""
    return ", ".join(item.upper() for item in types)


def _is_word_document(upload):
    try:
        with zipfile.ZipFile(upload) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False
    finally:
        upload.seek(0)


def sniff(upload):
    """The type among EXTENSIONS that the content shows, or None; a .docx must be a ZIP holding a Word document."""
    kind = filetype.guess(upload)
    if kind is None:
        return None
    if kind.extension in {"docx", "zip"}:
        return "docx" if _is_word_document(upload) else None
    return kind.extension if kind.extension in EXTENSIONS else None


def _contains_any(upload, signatures):
    """Scans the whole file in chunks, keeping an overlap so a signature split across two chunks is still seen."""
    overlap = max(len(signature) for signature in signatures) - 1
    upload.seek(0)
    tail = b""
    try:
        for chunk in upload.chunks():
            window = tail + chunk
            if any(signature in window for signature in signatures):
                return True
            tail = window[-overlap:]
        return False
    finally:
        upload.seek(0)


def check_upload(upload, allowed_types, max_mb):
    """Raises ValidationError unless ``upload`` is at most ``max_mb`` MB, of an allowed type by content, named with
    an extension of that same type, and free of another format's signature."""
    if upload.size > max_mb * MB:
        raise ValidationError(
            _("Tệp “%(name)s” vượt quá %(limit)s MB."),
            code="file_too_large",
            params={"name": upload.name, "limit": max_mb},
        )
    extension = upload.name.rpartition(".")[2].lower() if "." in upload.name else ""
    content_type = sniff(upload)
    if content_type not in allowed_types or extension not in EXTENSIONS[content_type]:
        raise ValidationError(
            _("Tệp “%(name)s” không đúng định dạng cho phép (%(types)s)."),
            code="file_type",
            params={"name": upload.name, "types": describe_file_types(allowed_types)},
        )
    if _contains_any(upload, _FOREIGN_SIGNATURES[content_type]):
        raise ValidationError(
            _("Tệp “%(name)s” chứa nội dung của một định dạng khác nên không được chấp nhận."),
            code="file_polyglot",
            params={"name": upload.name},
        )
