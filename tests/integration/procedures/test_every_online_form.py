"""Every procedure the demo catalogue offers online, walked as a citizen would: its form page opens, a complete answer
(each repeating group used) goes through the check-your-answers step, and the dossier holds one file per document the
procedure lists. Every conditional field is shown (its condition met) and its answer kept; a choice that shows
different fields on different answers is walked once per such answer, the fields it hides then absent."""

from collections import Counter

import pytest
from django.test import Client, override_settings

from dossiers.models import Attachment, Dossier
from portal.text import ascii_identifier
from procedures.demo.catalogue import SUBSYSTEMS
from procedures.demo.online_forms import ONLINE_FORMS
from procedures.demo.online_forms_more import MORE_ONLINE_FORMS
from procedures.models import OnlineFormPage, ProcedurePage
from tests.online_forms import post_and_confirm, valid_answers

pytestmark = [pytest.mark.django_db, pytest.mark.slow, pytest.mark.usefixtures("private_storage")]

ONLINE = sorted(
    procedure["code"]
    for subsystem in SUBSYSTEMS
    for procedure in subsystem["procedures"]
    if procedure["online_level"] in ("full", "partial")
)
SPECS = {**ONLINE_FORMS, **MORE_ONLINE_FORMS}


def _scopes(spec):
    """(group name or None, its fields) for the form's own fields and each repeating group's."""
    items = [item for sec in spec["sections"] for item in sec["items"]]
    yield None, [item for item in items if item["kind"] == "field"]
    for item in items:
        if item["kind"] == "group":
            yield ascii_identifier(item["label"]), item["fields"]


def _conditions(spec):
    """(group or None, field name, condition's field name, the answer that shows it) of each conditional field."""
    for owner, fields in _scopes(spec):
        for f in fields:
            if f["show_when"]:
                label, answer = f["show_when"]
                yield owner, ascii_identifier(f["label"]), ascii_identifier(label), answer


def _walks(spec):
    """One ``{(group or None, condition's field name): answer}`` per walk: the i-th walk gives each condition field
    its i-th answer that shows something, so that every such answer is given at least once."""
    fields = {owner: {ascii_identifier(f["label"]) for f in scoped} for owner, scoped in _scopes(spec)}
    answers = {}
    for owner, _, condition, answer in _conditions(spec):
        # A condition inside a group may name a field of its item or of the form itself.
        scope = owner if owner and condition in fields[owner] else None
        answers.setdefault((scope, condition), [])
        if answer not in answers[(scope, condition)]:
            answers[(scope, condition)].append(answer)
    walks = max((len(values) for values in answers.values()), default=1)
    return [{key: values[i % len(values)] for key, values in answers.items()} for i in range(walks)]


def _answer(data, scope, condition, answer):
    """``data`` with the condition field set to ``answer`` (in every item of its group, for a group's field)."""
    if scope is None:
        names = [condition]
    else:
        names = [key for key in data if key.startswith(f"{scope}-") and key.endswith(f"-{condition}")]
    for name in names:
        data[name] = [answer] if isinstance(data[name], list) else answer


@override_settings(RATELIMITS={"submission": "100000/minute"})
def test_every_online_form_makes_a_dossier_with_every_document(demo_content, subtests):
    for code in ONLINE:
        with subtests.test(code=code):
            procedure = ProcedurePage.objects.get(procedure_code=code)
            page = OnlineFormPage.objects.live().child_of(procedure).get()
            listed = list(procedure.documents.values_list("name", flat=True))
            for walk in _walks(SPECS[code]):
                client = Client()
                assert client.get(page.url).status_code == 200
                data = valid_answers(page)
                for (scope, condition), answer in walk.items():
                    _answer(data, scope, condition, answer)
                seeded = list(Dossier.objects.values_list("pk", flat=True))

                response = post_and_confirm(client, page, data)
                form = (response.context or {}).get("form")
                assert response.status_code == 302, form.errors if form is not None else response.status_code

                dossier = Dossier.objects.exclude(pk__in=seeded).get(procedure=procedure)
                slots = [slot["name"] for slot in dossier.form_schema["documents"]]
                assert [slot["label"] for slot in dossier.form_schema["documents"]] == listed
                filled = Counter(Attachment.objects.filter(dossier=dossier).values_list("field_name", flat=True))
                assert {slot: filled[slot] for slot in slots} == dict.fromkeys(slots, 1)
                _assert_answers(SPECS[code], dossier.form_data)


def _assert_answers(spec, answers):
    """Each group used at least as often as it must be; each conditional answer kept when shown, absent when not."""
    for group in (item for sec in spec["sections"] for item in sec["items"] if item["kind"] == "group"):
        assert len(answers[ascii_identifier(group["label"])]) >= max(1, group["min_items"]), group["label"]
    for owner, name, condition, answer in _conditions(spec):
        for item in answers[owner] if owner else [answers]:
            shown = item.get(condition, answers.get(condition)) in (answer, [answer])
            assert (item.get(name) not in (None, "", [])) if shown else (name not in item), (name, shown)
