"""The editor's blocks read as one plain definition of the form: sections of fields and groups, each named by its
label (``portal.text.ascii_identifier``), and the document slots with the counts the procedure page shows. The Django
form, the page's markup and the schema stored with each dossier are all made from it, so they cannot disagree.

Also the other way round: the raw StreamField data of a definition written as plain values (the demo catalogue's
specs, migration 0007's conversion of the old flat fields)."""

import uuid

from django.utils.translation import gettext_lazy as _

from portal.text import ascii_identifier, fold

from .blocks import CHOICE_TYPES, parse_ages, parse_lines
from .uploads import parse_file_types

# The slot every form offers besides the procedure's own documents (several files, optional).
OTHER_DOCUMENTS = "giay_to_khac"
OTHER_DOCUMENTS_LABEL = _("Giấy tờ khác")
DEFAULT_MAX_LENGTH = {"singleline": 255, "multiline": 2000}


def slot_name(document_name):
    """The upload slot of a document: ``"tep_"`` + its name as an identifier, at most 64 characters."""
    return "tep_" + ascii_identifier(document_name)[:60]


def field_item(value):
    """One field block's value as the definition's dict."""
    show_when = (
        {"name": ascii_identifier(value["show_when_field"]), "value": value["show_when_value"].strip()}
        if value.get("show_when_field")
        else None
    )
    field_type = value["field_type"]
    return {
        "kind": "field",
        "name": ascii_identifier(value["label"]),
        "label": value["label"],
        "type": field_type,
        "required": bool(value.get("required")),
        "help_text": value.get("help_text") or "",
        "message": value.get("message") or "",
        "choices": parse_lines(value.get("choices")) if field_type in CHOICE_TYPES else [],
        "max_length": value.get("max_length") or DEFAULT_MAX_LENGTH.get(field_type),
        "min_value": value.get("min_value"),
        "max_value": value.get("max_value"),
        "min_age": value.get("min_age"),
        "min_age_field": ascii_identifier(value["min_age_field"]) if value.get("min_age_field") else "",
        "min_age_by_answer": parse_ages(value.get("min_age_by_answer")) if value.get("min_age_field") else {},
        "show_when": show_when,
    }


def group_item(value):
    return {
        "kind": "group",
        "name": ascii_identifier(value["label"]),
        "label": value["label"],
        "item_label": value.get("item_label") or value["label"],
        "help_text": value.get("help_text") or "",
        "min_items": value.get("min_items") or 0,
        "max_items": value.get("max_items") or 1,
        "fields": [field_item(field) for field in value["fields"]],
    }


def sections_of(stream):
    """``[{"title", "help_text", "items": [field or group dict, ...]}]`` from the page's ``sections`` field."""
    return [
        {
            "title": section.value["title"],
            "help_text": section.value.get("help_text") or "",
            "items": [
                group_item(item.value) if item.block_type == "group" else field_item(item.value)
                for item in section.value["items"]
            ],
        }
        for section in stream
    ]


def slots_of(stream, listed, *, other_documents, default_max_mb):
    """The document slots of the page's ``documents`` field, each with the counts of the procedure's document of
    that name (``listed``: name -> ProcedureDocument), then the optional "other documents" slot."""
    slots = []
    for block in stream:
        value = block.value
        document = listed.get(value["document"])
        slots.append(
            {
                "name": slot_name(value["document"]),
                "label": value["document"],
                "required": bool(value.get("required")),
                "help_text": value.get("help_text") or "",
                "file_types": parse_file_types(value.get("file_types")),
                "max_file_mb": value.get("max_file_mb") or default_max_mb,
                "originals": document.originals if document else 0,
                "certified_copies": document.certified_copies if document else 0,
                "photocopies": document.photocopies if document else 0,
            }
        )
    if other_documents:
        slots.append(
            {
                "name": OTHER_DOCUMENTS,
                "label": str(OTHER_DOCUMENTS_LABEL),
                "required": False,
                "help_text": str(_("Giấy tờ không có trong danh sách trên, nếu có.")),
                "file_types": ["pdf", "jpg", "png", "docx"],
                "max_file_mb": default_max_mb,
                "originals": 0,
                "certified_copies": 0,
                "photocopies": 0,
            }
        )
    return slots


def all_fields(sections):
    """Every top-level field of the form (not those inside groups), in order."""
    return [item for section in sections for item in section["items"] if item["kind"] == "field"]


def stored_schema(sections, slots):
    """The version 2 schema kept with each dossier (contract of issue 13): enough to read its answers after the form
    changes, nothing of how they were checked."""

    def field(item):
        stored = {"kind": "field", "name": item["name"], "label": item["label"], "type": item["type"]}
        if item["choices"]:
            stored["choices"] = item["choices"]
        stored["show_when"] = item["show_when"]
        return stored

    def entry(item):
        if item["kind"] == "field":
            return field(item)
        return {
            "kind": "group",
            "name": item["name"],
            "label": item["label"],
            "item_label": item["item_label"],
            "fields": [field(inner) for inner in item["fields"]],
        }

    return {
        "version": 2,
        "sections": [
            {"title": section["title"], "items": [entry(item) for item in section["items"]]} for section in sections
        ],
        # The other-documents slot is the form's own, not one of the procedure's: its files are read by its name.
        "documents": [
            {"name": slot["name"], "label": slot["label"], "required": slot["required"]}
            for slot in slots
            if slot["name"] != OTHER_DOCUMENTS
        ],
    }


# Raw StreamField data, as the blocks store it.


def _block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def raw_field(
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
    """A field block's raw value. ``show_when``: ``(label of the other field, answer)``; ``min_age``: years, or
    ``(label of the field that decides, {answer: years})``; ``choices``: a list or one choice per line."""
    by_field, by_answer = ("", "")
    if isinstance(min_age, tuple | list):
        by_field, ages = min_age
        by_answer = "\n".join(f"{answer}: {years}" for answer, years in ages.items())
        min_age = None
    return {
        "label": label,
        "field_type": field_type,
        "required": required,
        "help_text": help_text,
        "message": message,
        "choices": choices if isinstance(choices, str) else "\n".join(choices),
        "max_length": max_length,
        "min_value": None if min_value is None else str(min_value),
        "max_value": None if max_value is None else str(max_value),
        "min_age": min_age,
        "min_age_field": by_field,
        "min_age_by_answer": by_answer,
        "show_when_field": show_when[0] if show_when else "",
        "show_when_value": show_when[1] if show_when else "",
    }


def raw_group(label, fields, *, item_label="", min_items=0, max_items=10, help_text=""):
    """``fields``: raw field values."""
    return {
        "label": label,
        "item_label": item_label,
        "help_text": help_text,
        "min_items": min_items,
        "max_items": max_items,
        "fields": [_block("item", field) for field in fields],
    }


def raw_section(title, items, *, help_text=""):
    """``items``: ``("field", raw field)`` or ``("group", raw group)`` pairs. Returns one block of the ``sections``
    stream."""
    return _block(
        "section",
        {"title": title, "help_text": help_text, "items": [_block(kind, value) for kind, value in items]},
    )


def raw_slot(document, *, required=True, file_types="pdf, jpg, png", max_file_mb=None, help_text=""):
    """One block of the ``documents`` stream."""
    return _block(
        "document",
        {
            "document": document,
            "required": required,
            "file_types": file_types,
            "max_file_mb": max_file_mb,
            "help_text": help_text,
        },
    )


def problems(sections, slot_documents, listed, reserved):
    """What makes a definition unusable, as messages for the editor: a label without a letter, two items that would
    store their answers under one name (or a name the applicant block or a slot takes), a condition or an age naming
    no field beside it, a slot for a document the procedure does not list or two slots for one document."""
    messages = []

    def check_names(items, reserved=frozenset()):
        names = set()
        for item in items:
            if not item["name"]:
                messages.append(
                    _("Nhãn “%(label)s” phải có ít nhất một chữ cái hoặc chữ số.") % {"label": item["label"]}
                )
            elif item["name"] in reserved:
                messages.append(
                    _("Nhãn “%(label)s” trùng tên dành cho thông tin người nộp hồ sơ hoặc giấy tờ; hãy đặt nhãn khác.")
                    % {"label": item["label"]}
                )
            elif item["name"] in names:
                messages.append(
                    _("Hai mục trùng tên “%(label)s”: hãy đặt nhãn khác (tên lưu câu trả lời lấy từ nhãn).")
                    % {"label": item["label"]}
                )
            names.add(item["name"])

    def check_references(items, outer=frozenset()):
        names = {item["name"] for item in items if item["kind"] == "field"} | outer
        for item in items:
            if item["kind"] != "field":
                continue
            for reference in filter(None, [(item["show_when"] or {}).get("name"), item["min_age_field"]]):
                if reference not in names or reference == item["name"]:
                    messages.append(
                        _("Trường “%(label)s” phụ thuộc vào “%(name)s”, không phải một trường của biểu mẫu.")
                        % {"label": item["label"], "name": reference}
                    )

    top = [item for section in sections for item in section["items"]]
    check_names(top, frozenset(reserved) | {slot_name(name) for name in slot_documents} | {OTHER_DOCUMENTS})
    check_references(top)
    top_fields = frozenset(item["name"] for item in top if item["kind"] == "field")
    for group in (item for item in top if item["kind"] == "group"):
        check_names(group["fields"])
        check_references(group["fields"], top_fields)
    seen = set()
    for name in slot_documents:
        if name not in listed:
            messages.append(
                _("Giấy tờ “%(name)s” không có trong thành phần hồ sơ của thủ tục này: chỉ chọn giấy tờ thủ tục nêu.")
                % {"name": name}
            )
        elif name in seen:
            messages.append(_("Giấy tờ “%(name)s” đã có ô tải lên.") % {"name": name})
        seen.add(name)
    return messages


def legacy_choices(text):
    """Wagtail's old form fields took choices one per line, or comma-separated on one line."""
    return parse_lines(text) if "\n" in text else [choice.strip() for choice in text.split(",") if choice.strip()]


def raw_from_legacy(rows, document_names, *, section_title):
    """Migration 0007's conversion of a page's old flat fields (``rows``: dicts of an ``OnlineFormField``'s columns,
    in order) to ``(sections, documents)`` raw stream data: every field in one section, every file field a document
    slot. A slot takes the procedure's document whose name its label is or begins (as editors wrote them: "Tờ trình
    đề nghị khen thưởng" for "Tờ trình đề nghị khen thưởng của cơ quan, đơn vị"), else the label itself, which the
    page's check then asks the editor to correct."""
    fields, slots = [], []
    for row in rows:
        if row["field_type"] == "file":
            label = fold(row["label"])
            document = next((name for name in document_names if f"{fold(name)} ".startswith(f"{label} ")), row["label"])
            slots.append(
                raw_slot(
                    document,
                    required=row["required"],
                    file_types=row.get("allowed_file_types") or "pdf, jpg, png",
                    max_file_mb=row.get("max_file_mb"),
                    help_text=row.get("help_text") or "",
                )
            )
        else:
            fields.append(
                (
                    "field",
                    raw_field(
                        row["label"],
                        row["field_type"],
                        required=row["required"],
                        help_text=row.get("help_text") or "",
                        choices=legacy_choices(row.get("choices") or ""),
                    ),
                )
            )
    return ([raw_section(section_title, fields)] if fields else []), slots
