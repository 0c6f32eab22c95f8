"""How the demo catalogue writes an online form, section by section as on the paper declaration: plain dicts that
``procedures.demo.online_forms.ensure_online_forms`` turns into the editor's form definition. Labels are what the
applicant reads; an answer's key is derived from its label (``portal.text.ascii_identifier``), so two items of one
form never share a label."""

FIELD_TYPES = {
    "singleline",
    "multiline",
    "email",
    "phone",
    "number",
    "date",
    "dropdown",
    "radio",
    "checkboxes",
    "id_number",
}


def section(title, items, *, help_text=""):
    """A part of the declaration (``I. Thông tin bên nam``): fields and repeating groups, shown together."""
    return {"kind": "section", "title": title, "help_text": help_text, "items": list(items)}


def field(
    label,
    field_type,
    *,
    required=True,
    help_text="",
    message="",
    choices=(),
    show_when=None,
    max_length=None,
    min_value=None,
    max_value=None,
    min_age=None,
):
    """One answer. ``message`` is what an empty required field says ("Nhập họ và tên"); ``show_when`` is
    ``(label of another field of the form, the answer that shows this one)``; ``min_value``/``max_value`` bound a
    number; ``min_age`` (years) makes a date a date of birth that must be at least that old, or
    ``(label of the field it depends on, {answer: years})`` when the law sets the age by another answer (marriage:
    20 for a man, 18 for a woman). Every date of birth refuses a date in the future."""
    if field_type not in FIELD_TYPES:
        raise ValueError(f"unknown field type {field_type!r}")
    return {
        "kind": "field",
        "label": label,
        "field_type": field_type,
        "required": required,
        "help_text": help_text,
        "message": message,
        "choices": list(choices),
        "show_when": show_when,
        "max_length": max_length,
        "min_value": min_value,
        "max_value": max_value,
        "min_age": min_age,
    }


def group(label, fields, *, item_label="", min_items=0, max_items=10, help_text=""):
    """A block the applicant fills once per person or thing (co-owners, family members, nominees), between
    ``min_items`` and ``max_items`` times; ``item_label`` names one of them ("Đồng sở hữu")."""
    return {
        "kind": "group",
        "label": label,
        "item_label": item_label or label,
        "min_items": min_items,
        "max_items": max_items,
        "help_text": help_text,
        "fields": list(fields),
    }


def document(name, *, required=True, file_types="pdf, jpg, png", max_file_mb=None, help_text=""):
    """The upload slot of one document the procedure lists, named exactly as the procedure page names it."""
    return {
        "kind": "document",
        "name": name,
        "required": required,
        "file_types": file_types,
        "max_file_mb": max_file_mb,
        "help_text": help_text,
    }


# The answers several demo forms share.
YES, NO = "Có", "Không"
OTHER_NATIONALITY = "Quốc tịch khác"
NATIONALITIES = (
    "Việt Nam",
    "Hàn Quốc",
    "Nhật Bản",
    "Trung Quốc",
    "Đài Loan (Trung Quốc)",
    "Hoa Kỳ",
    "Úc",
    "Pháp",
    "Đức",
    OTHER_NATIONALITY,
)


def nationality(owner, *, required=True):
    """A nationality from the list, and the one typed in when it is not on the list (``owner``: whose it is, so each
    label of a form stays its own)."""
    label = f"Quốc tịch của {owner}"
    return [
        field(label, "dropdown", choices=NATIONALITIES, required=required, message=f"Chọn quốc tịch của {owner}"),
        field(
            f"Quốc tịch khác của {owner} (ghi rõ)",
            "singleline",
            show_when=(label, OTHER_NATIONALITY),
            message=f"Nhập quốc tịch của {owner}",
        ),
    ]
