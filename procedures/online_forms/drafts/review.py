"""What the check-your-answers page shows: every answer of the bound, valid form as the applicant reads it (choices
by their label, dates as dd/mm/yyyy), in the form's own sections (``OnlineForm.layout``), each repeating group's
items one by one, and the files of each document slot."""

import datetime

from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _


def display(field, value):
    if value in (None, "", [], ()):
        return ""
    if isinstance(value, bool):
        return _("Có") if value else _("Không")
    if isinstance(value, datetime.date):
        return f"{value:%d/%m/%Y}"
    if isinstance(field, forms.ChoiceField):
        labels = dict(field.choices)
        values = value if isinstance(value, list | tuple) else [value]
        return ", ".join(str(labels.get(item, item)) for item in values)
    return str(value)


def field_row(bound):
    return {"label": bound.label, "value": display(bound.field, bound.form.cleaned_data.get(bound.name))}


def group_rows(item, formset):
    """One row per filled item: "Thành viên 2" and its answers on one line."""
    rows = []
    filled = [form for form in formset.forms if form.cleaned_data and form.has_changed()]
    for number, form in enumerate(filled, start=1):
        answers = [field_row(form[name]) for name in form.fields if name in form.cleaned_data]
        value = "; ".join(f"{row['label']}: {row['value']}" for row in answers if row["value"])
        rows.append({"label": f"{item['item_label']} {number}", "value": value})
    return rows or [{"label": item["label"], "value": ""}]


def section_rows(section):
    rows = []
    for entry in section["entries"]:
        if entry["kind"] == "group":
            rows.extend(group_rows(entry["item"], entry["formset"]))
        elif entry["item"]["show_when"] is None or entry["field"].name in entry["field"].form.cleaned_data:
            rows.append(field_row(entry["field"]))
    return rows


def answer_sections(form, held):
    """``[{"title", "rows": [{"label", "value"} or {"label", "files"}]}]``: the applicant (the kind chosen, as filled
    in), the form's sections, then the documents with their files."""
    chosen = form.person_fields() if form.cleaned_data.get("applicant_kind") == "person" else form.organisation_fields()
    shown = [form["applicant_kind"], *chosen, *form.contact_fields()]
    applicant = [row for row in map(field_row, shown) if row["value"]]
    documents = [
        {
            "label": entry["slot"]["label"],
            "files": [
                {"name": item.original_name, "size": filesizeformat(item.size)}
                for item in held.get(entry["slot"]["name"], [])
            ],
        }
        for entry in form.document_slots()
    ]
    sections = [
        {"title": _("Thông tin người nộp hồ sơ"), "rows": applicant},
        *({"title": section["title"], "rows": section_rows(section)} for section in form.layout()),
        {"title": _("Giấy tờ đính kèm"), "rows": documents},
    ]
    return [section for section in sections if section["rows"]]
