"""Checks an uploaded file must pass before it is stored: its size, and its type as its bytes say (not its name),
which must also agree with its name. Files that are two formats at once (polyglots) or carry an executable are
refused, because the staff's viewer and an attacker's reader would see different documents."""

import re
import zipfile

import filetype
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from portal.storage import sha256_of

MB = 1024 * 1024

# The types editors may allow, each with the file-name extensions that may carry it.
EXTENSIONS = {"pdf": {"pdf"}, "jpg": {"jpg", "jpeg"}, "png": {"png"}, "docx": {"docx"}}
MEDIA_TYPES = {
    "pdf": "application/pdf",
    "jpg": "image/jpeg",
    "png": "image/png",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}

_ZIP = re.escape(b"PK\x03\x04")
_PDF = re.escape(b"%PDF")
# An executable carried inside a document: ELF's header (magic, 32/64-bit, byte order, version 1) or PE's (its
# signature followed by an x86, x64, ARM64 or ARM machine type). "MZ" alone is too short: it turns up at random in
# compressed image data.
_EXECUTABLE = rb"\x7fELF[\x01\x02][\x01\x02]\x01|PE\x00\x00(?:\x4c\x01|\x64\x86|\x64\xaa|\xc4\x01)"
# Signatures of another format that must not appear anywhere inside a file of the given type.
_FOREIGN_SIGNATURES = {
    kind: re.compile(b"|".join(signatures))
    for kind, signatures in {
        "pdf": (_ZIP, _EXECUTABLE),
        "jpg": (_ZIP, _PDF, _EXECUTABLE),
        "png": (_ZIP, _PDF, _EXECUTABLE),
        "docx": (_PDF, _EXECUTABLE),
    }.items()
}
FILE_TOO_LARGE = _("Tệp “%(name)s” vượt quá %(limit)s MB.")
FILE_TYPE = _("Tệp “%(name)s” không đúng định dạng cho phép (%(types)s).")
# Longer than any signature, so one split across two chunks is still seen.
_OVERLAP = 16


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
    """The type among EXTENSIONS that the content shows, or None; a .docx must be a ZIP holding a Word document.
    Read once per upload: the form's validation, the draft's own checks and the stored media type all ask."""
    if not hasattr(upload, "sniffed"):
        upload.sniffed = _sniff(upload)
    return upload.sniffed


def _sniff(upload):
    kind = filetype.guess(upload)
    if kind is None:
        return None
    if kind.extension in {"docx", "zip"}:
        return "docx" if _is_word_document(upload) else None
    return kind.extension if kind.extension in EXTENSIONS else None


def media_type(upload):
    """The media type the content shows, for storing and serving the file. The one the client sent is only a claim:
    it can be anything, of any length, NUL bytes included."""
    return MEDIA_TYPES.get(sniff(upload), "application/octet-stream")


def content_sha256(upload):
    """The SHA-256 of the file's bytes, read once per upload."""
    if not hasattr(upload, "sha256"):
        upload.sha256 = sha256_of(upload)
    return upload.sha256


def checked_before(upload, content_type, sha256):
    """Marks ``upload`` as a file that passed these checks when it was received (a draft's held file): its type, its
    hash and its clean scan are taken as found then, so the file is not read again."""
    kind = next((kind for kind, known in MEDIA_TYPES.items() if known == content_type), None)
    upload.sniffed = kind
    upload.sha256 = sha256
    upload.scanned = {_FOREIGN_SIGNATURES[kind]: False} if kind else {}
    return upload


def _contains(upload, pattern):
    """Scans the whole file in chunks, keeping an overlap so a signature split across two chunks is still seen; once
    per upload and pattern."""
    if not hasattr(upload, "scanned"):
        upload.scanned = {}
    if pattern not in upload.scanned:
        upload.scanned[pattern] = _scan(upload, pattern)
    return upload.scanned[pattern]


def _scan(upload, pattern):
    upload.seek(0)
    tail = b""
    try:
        for chunk in upload.chunks():
            window = tail + chunk
            if pattern.search(window):
                return True
            tail = window[-_OVERLAP:]
        return False
    finally:
        upload.seek(0)


def check_upload(upload, allowed_types, max_mb):
    """Raises ValidationError unless ``upload`` is at most ``max_mb`` MB, of an allowed type by content, named with
    an extension of that same type, and free of another format's signature."""
    if upload.size > max_mb * MB:
        raise ValidationError(
            FILE_TOO_LARGE,
            code="file_too_large",
            params={"name": upload.name, "limit": max_mb},
        )
    extension = upload.name.rpartition(".")[2].lower() if "." in upload.name else ""
    content_type = sniff(upload)
    if content_type not in allowed_types or extension not in EXTENSIONS[content_type]:
        raise ValidationError(
            FILE_TYPE,
            code="file_type",
            params={"name": upload.name, "types": describe_file_types(allowed_types)},
        )
    if _contains(upload, _FOREIGN_SIGNATURES[content_type]):
        raise ValidationError(
            _("Tệp “%(name)s” chứa nội dung của một định dạng khác nên không được chấp nhận."),
            code="file_polyglot",
            params={"name": upload.name},
        )


def check_total_size(uploads, limit_mb):
    """All files sent at once, against the limit of one submission (each file is checked on its own as well)."""
    if sum(upload.size for upload in uploads) > limit_mb * MB:
        raise ValidationError(
            _("Tổng dung lượng các tệp đính kèm vượt quá %(limit)s MB."),
            code="submission_too_large",
            params={"limit": limit_mb},
        )
