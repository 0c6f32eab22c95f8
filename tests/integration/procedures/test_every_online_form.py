"""Every procedure the demo catalogue offers online, walked as a citizen would: its form page opens, a complete answer
(each repeating group used, each conditional field shown) goes through the check-your-answers step, and the dossier
holds one file per document the procedure lists and every conditional answer."""

from collections import Counter

import pytest
from django.test import override_settings

from dossiers.models import Attachment, Dossier
from portal.text import ascii_identifier
from procedures.demo.catalogue import SUBSYSTEMS
from procedures.demo.online_forms import ONLINE_FORMS
from procedures.demo.online_forms_more import MORE_ONLINE_FORMS
from procedures.models import OnlineFormPage, ProcedurePage
from tests.online_forms import post_and_confirm, valid_answers

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_storage")]

ONLINE = sorted(
    procedure["code"]
    for subsystem in SUBSYSTEMS
    for procedure in subsystem["procedures"]
    if procedure["online_level"] in ("full", "partial")
)
SPECS = {**ONLINE_FORMS, **MORE_ONLINE_FORMS}


def _conditional_fields(spec):
    """(group name or None, field name, condition's field name, condition's answer) of each conditional field."""
    for sec in spec["sections"]:
        for item in sec["items"]:
            fields = item["fields"] if item["kind"] == "group" else [item]
            owner = ascii_identifier(item["label"]) if item["kind"] == "group" else None
            for f in fields:
                if f["show_when"]:
                    label, answer = f["show_when"]
                    yield owner, ascii_identifier(f["label"]), ascii_identifier(label), answer


def _groups(spec):
    return [item for sec in spec["sections"] for item in sec["items"] if item["kind"] == "group"]


@override_settings(RATELIMITS={"submission": "100000/minute"})
@pytest.mark.parametrize("code", ONLINE)
def test_a_complete_answer_makes_a_dossier_with_every_document(client, demo_content, code):
    procedure = ProcedurePage.objects.get(procedure_code=code)
    page = OnlineFormPage.objects.live().child_of(procedure).get()
    assert client.get(page.url).status_code == 200
    seeded = list(Dossier.objects.values_list("pk", flat=True))

    response = post_and_confirm(client, page, valid_answers(page))
    form = response.context["form"] if response.context and "form" in response.context else None
    assert response.status_code == 302, form.errors if form is not None else response.status_code

    dossier = Dossier.objects.exclude(pk__in=seeded).get(procedure=procedure)
    listed = list(procedure.documents.values_list("name", flat=True))
    slots = [slot["name"] for slot in dossier.form_schema["documents"]]
    assert [slot["label"] for slot in dossier.form_schema["documents"]] == listed
    filled = Counter(Attachment.objects.filter(dossier=dossier).values_list("field_name", flat=True))
    assert {slot: filled[slot] for slot in slots} == dict.fromkeys(slots, 1)

    spec, answers = SPECS[code], dossier.form_data
    for owner, name, condition, answer in _conditional_fields(spec):
        for item in answers[owner] if owner else [answers]:
            condition_value = item.get(condition, answers.get(condition))
            assert condition_value == answer, (name, condition)
            assert item.get(name) not in (None, "", []), name
    for group in _groups(spec):
        assert len(answers[ascii_identifier(group["label"])]) >= max(1, group["min_items"]), group["label"]
