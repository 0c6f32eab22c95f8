"""Helpers for tests that fill online forms."""

from django.core.files.uploadedfile import SimpleUploadedFile

from procedures.demo.online_forms import stream_data
from procedures.models import OnlineFormPage
from procedures.online_forms.definition import OTHER_DOCUMENTS, sections_of, slots_of
from tests.samples import APPLICANT, PDF


def post_and_confirm(client, page, data):
    """One submission as a citizen makes it: the form's POST, then "Nộp hồ sơ" on the check-your-answers page it
    leads to. Returns the form's response when it was refused (400 with the errors), else the submit's (a redirect
    to the confirmation when the dossier was made)."""
    response = client.post(page.url, data)
    if response.status_code != 302 or not response["Location"].endswith("/kiem-tra/"):
        return response
    return client.post(response["Location"])


# One valid answer per field type (a number is bounded by its field's own limits, a date is old enough for any age).
VALUES = {
    "singleline": "Nội dung",
    "multiline": "Dòng một.\r\nDòng hai.",
    "email": "lienhe@example.vn",
    "phone": "0912345678",
    "id_number": "001190012345",
    "date": "1980-01-02",
}


def _wanted(items):
    """The answer each field must have for every field depending on it to be shown: ``{field name: answer}``."""
    return {item["show_when"]["name"]: item["show_when"]["value"] for item in items if item.get("show_when")}


def _value(item, wanted):
    if item["type"] in {"dropdown", "radio", "checkboxes"}:
        choice = wanted.get(item["name"], item["choices"][0])
        return [choice] if item["type"] == "checkboxes" else choice
    if item["type"] == "number":
        value = item["min_value"] if item["min_value"] is not None else 1
        return str(min(value, item["max_value"]) if item["max_value"] is not None else value)
    return VALUES[item["type"]]


def answers_for(sections, slots, prefix=""):
    """``(data, files)`` filling a form's definition (``OnlineFormPage.definition``): every field (each conditional
    one's condition met), each group with as many items as it needs (one at least), and one small PDF per document
    slot of the procedure (``files``: ``[(slot name, (file name, bytes, media type))]``)."""
    items = [item for section in sections for item in section["items"]]
    inner = [field for item in items if item["kind"] == "group" for field in item["fields"]]
    wanted = _wanted([item for item in items if item["kind"] == "field"] + inner)
    data = {}
    for item in items:
        if item["kind"] == "field":
            data[f"{prefix}{item['name']}"] = _value(item, wanted)
            continue
        group = f"{prefix}{item['name']}"
        count = max(1, item["min_items"])
        data.update({f"{group}-TOTAL_FORMS": str(count), f"{group}-INITIAL_FORMS": "0"})
        for index in range(count):
            for field in item["fields"]:
                data[f"{group}-{index}-{field['name']}"] = _value(field, wanted)
    files = [
        (f"{prefix}{slot['name']}", (f"{slot['name']}.pdf", PDF, "application/pdf"))
        for slot in slots
        if slot["name"] != OTHER_DOCUMENTS
    ]
    return data, files


def valid_answers(page, applicant=APPLICANT):
    """A complete valid POST of ``page``'s form for the test client: ``applicant``'s block, every field, one item
    per group, each conditional field shown, one small PDF per document slot."""
    data, files = answers_for(*page.definition)
    uploads = {name: SimpleUploadedFile(*content) for name, content in files}
    return {**applicant, **data, **uploads}


def spec_answers(spec):
    """``answers_for`` a demo form spec (``procedures.demo.form_spec``) without its page: for a client that posts to
    a server seeded with it (the production-shape test, the fault suite)."""
    sections, documents = stream_data(spec)
    model = OnlineFormPage._meta
    sections = sections_of(model.get_field("sections").to_python(sections))
    slots = slots_of(model.get_field("documents").to_python(documents), {}, other_documents=False, default_max_mb=10)
    return answers_for(sections, slots)
