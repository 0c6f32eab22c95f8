"""The demo catalogue's online forms as data: one for every procedure offered online, asking for exactly the
documents its page lists, with answer keys that cannot collide and conditions and groups that can be met."""

import pytest

from portal.text import ascii_identifier
from procedures.demo.catalogue import SUBSYSTEMS
from procedures.demo.online_forms import ONLINE_FORMS
from procedures.demo.online_forms_more import MORE_ONLINE_FORMS

PROCEDURES = {
    procedure["code"]: procedure
    for subsystem in SUBSYSTEMS
    for procedure in subsystem["procedures"]
    if procedure["online_level"] in ("full", "partial")
}
FORMS = {**ONLINE_FORMS, **MORE_ONLINE_FORMS}
CHOICE_TYPES = {"dropdown", "radio"}


def _items(spec):
    return [item for sec in spec["sections"] for item in sec["items"]]


def _fields(spec):
    """Every field of the form, those inside repeating groups included."""
    for item in _items(spec):
        yield from item["fields"] if item["kind"] == "group" else [item]


def test_every_online_procedure_has_exactly_one_form():
    assert len(PROCEDURES) == 24
    assert not set(ONLINE_FORMS) & set(MORE_ONLINE_FORMS)
    assert set(FORMS) == set(PROCEDURES)


@pytest.mark.parametrize("code", sorted(FORMS))
def test_documents_are_the_procedures_documents(code):
    documents = FORMS[code]["documents"]
    assert [d["name"] for d in documents] == [d["name"] for d in PROCEDURES[code]["documents"]]
    # A document the page says is needed only "if any" is never required.
    assert all(not d["required"] for d in documents if "nếu có" in d["name"])
    assert all("pdf" in d["file_types"] for d in documents)
    slots = ["tep_" + ascii_identifier(d["name"])[:60] for d in documents]
    assert len(set(slots)) == len(slots)


@pytest.mark.parametrize("code", sorted(FORMS))
def test_answer_keys_are_unique(code):
    """An answer's key is derived from its label: two items of one form (or of one group) never share one."""
    spec = FORMS[code]
    top = [ascii_identifier(item["label"]) for item in _items(spec)]
    assert len(set(top)) == len(top), top
    for item in _items(spec):
        if item["kind"] == "group":
            inner = [ascii_identifier(f["label"]) for f in item["fields"]]
            assert len(set(inner)) == len(inner), inner
    titles = [sec["title"] for sec in spec["sections"]]
    assert all(titles) and len(set(titles)) == len(titles)


def _choice_fields(fields):
    return {f["label"]: f["choices"] for f in fields if f["kind"] == "field" and f["field_type"] in CHOICE_TYPES}


@pytest.mark.parametrize("code", sorted(FORMS))
def test_conditions_name_a_choice_of_another_field(code):
    """A field inside a group may depend on a field of the form or of its own group item."""
    items = _items(FORMS[code])
    top = _choice_fields(items)
    scopes = [(top, [i for i in items if i["kind"] == "field"])]
    scopes += [({**top, **_choice_fields(g["fields"])}, g["fields"]) for g in items if g["kind"] == "group"]
    for choices, fields in scopes:
        for f in fields:
            if f["show_when"]:
                label, answer = f["show_when"]
                assert label != f["label"]
                assert label in choices, f"{f['label']!r} depends on {label!r}, not a choice field of the form"
                assert answer in choices[label], f"{answer!r} is not a choice of {label!r}"


@pytest.mark.parametrize("code", sorted(FORMS))
def test_groups_can_be_filled(code):
    for item in _items(FORMS[code]):
        if item["kind"] == "group":
            assert 0 <= item["min_items"] <= item["max_items"] and item["max_items"] >= 1
            assert item["fields"]


@pytest.mark.parametrize("code", sorted(MORE_ONLINE_FORMS))
def test_required_fields_say_what_is_missing(code):
    """Each required field of these forms has its own message ("Nhập …", "Chọn …"), never the generic one."""
    for f in _fields(MORE_ONLINE_FORMS[code]):
        if f["required"] or f["show_when"]:
            assert f["message"].startswith(("Nhập ", "Chọn ", "Đánh dấu ")), f["label"]
        if f["field_type"] in CHOICE_TYPES | {"checkboxes"}:
            assert len(set(f["choices"])) == len(f["choices"]) >= 1, f["label"]


def test_the_forms_use_groups_and_conditions():
    """Repeating groups and conditional fields are each exercised by at least six of the forms."""
    with_group = [c for c, spec in MORE_ONLINE_FORMS.items() if any(i["kind"] == "group" for i in _items(spec))]
    with_condition = [c for c, spec in MORE_ONLINE_FORMS.items() if any(f["show_when"] for f in _fields(spec))]
    assert len(MORE_ONLINE_FORMS) == 18
    assert len(with_group) >= 6 and len(with_condition) >= 6
