"""A dossier's form answers as people read them, in the sections of the form as it was when submitted: the schema
stored with the dossier, not the form page as it is now. Read by the inspect page, the drafted result and the filled
declaration. Two schema shapes exist: version 2 (sections, groups, document slots) and the older flat list of
``{"name", "label", "type"}`` (uploads as items of type ``file``), which ``sections_from_legacy`` turns into the
first."""

import datetime
from collections import defaultdict

from django.utils.translation import gettext_lazy as _

from procedures.online_forms.definition import OTHER_DOCUMENTS

# Stored, not shown through gettext: the title a converted flat form's one section gets in the data.
LEGACY_SECTION_TITLE = "Nội dung tờ khai"
SCHEMA_VERSION = 2


def sections_from_legacy(schema_list):
    """The version 2 schema of a flat list: one section with every non-file item in order, each file item a
    document slot (required, as nothing said otherwise). A version 2 schema is returned as it is."""
    if isinstance(schema_list, dict):
        return schema_list
    items = [
        {
            "kind": "field",
            "name": item["name"],
            "label": item.get("label") or item["name"],
            "type": item.get("type", "singleline"),
            "show_when": None,
        }
        for item in schema_list or []
        if "name" in item and item.get("type") != "file"
    ]
    documents = [
        {"name": item["name"], "label": item.get("label") or item["name"], "required": True}
        for item in schema_list or []
        if "name" in item and item.get("type") == "file"
    ]
    sections = [{"title": LEGACY_SECTION_TITLE, "items": items}] if items else []
    return {"version": SCHEMA_VERSION, "sections": sections, "documents": documents}


def document_slots(schema):
    """``[{"name", "label", "required"}]``: the upload slots of a schema of either shape."""
    return sections_from_legacy(schema)["documents"]


def display(value, field_type=""):
    """A stored answer as text: a date ``dd/mm/yyyy``, several choices joined, nothing as ``""``."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if field_type == "date" and value:
        try:
            return f"{datetime.date.fromisoformat(value):%d/%m/%Y}"
        except (TypeError, ValueError):
            return str(value)
    return str(value)


def _field_row(item, answers):
    """A field's row, or None when its condition hid it (then it holds no answer)."""
    if item["name"] not in answers and item.get("show_when"):
        return None
    return {"kind": "field", "label": item["label"], "value": display(answers.pop(item["name"], ""), item.get("type"))}


def _group_row(item, answers):
    fields = item.get("fields", [])
    entries = answers.pop(item["name"], None) or []
    return {
        "kind": "group",
        "label": item["label"],
        "item_label": item.get("item_label") or item["label"],
        "columns": [field["label"] for field in fields],
        "items": [
            [display(entry.get(field["name"], ""), field.get("type")) for field in fields]
            for entry in entries
            if isinstance(entry, dict)
        ],
    }


def answer_sections(dossier, attachments):
    """``[{"title", "rows"}]``. A row is ``{"kind": "field", "label", "value"}``, ``{"kind": "group", "label",
    "item_label", "columns", "items": [[value, ...], ...]}`` or, in the last section, ``{"kind": "files", "label",
    "files": [name, ...]}`` for each document slot. Answers the schema does not name follow under their own name;
    files of a slot the schema does not name, under that name. ``attachments``: the dossier's, any source (only
    those submitted with the form are listed)."""
    schema = sections_from_legacy(dossier.form_schema)
    answers = dict(dossier.form_data or {})
    sections = []
    for section in schema["sections"]:
        rows = []
        for item in section.get("items", []):
            row = _group_row(item, answers) if item.get("kind") == "group" else _field_row(item, answers)
            if row is not None:
                rows.append(row)
        sections.append({"title": section.get("title", ""), "rows": rows})
    if answers:
        sections.append(
            {
                "title": str(_("Thông tin khác")),
                "rows": [{"kind": "field", "label": name, "value": display(value)} for name, value in answers.items()],
            }
        )
    files = defaultdict(list)
    for attachment in attachments:
        if attachment.source == attachment.Source.SUBMISSION:
            files[attachment.field_name].append(attachment.original_name)
    rows = [
        {"kind": "files", "label": slot["label"], "files": files.pop(slot["name"], [])} for slot in schema["documents"]
    ]
    if OTHER_DOCUMENTS in files:
        rows.append({"kind": "files", "label": str(_("Giấy tờ khác")), "files": files.pop(OTHER_DOCUMENTS)})
    rows += [{"kind": "files", "label": name, "files": names} for name, names in files.items()]
    if rows:
        sections.append({"title": str(_("Giấy tờ đính kèm")), "rows": rows})
    return sections
