"""Migration 0023: dossiers stored with the flat form schema read in sections afterwards; a sectioned one is left
as it was."""

import importlib

import pytest
from django.apps import apps

from dossiers.factories import DossierFactory

pytestmark = pytest.mark.django_db

migration = importlib.import_module("dossiers.migrations.0023_form_schema_sections")

FLAT = [
    {"name": "ho_ten_ben_kia", "label": "Họ tên bên kia", "type": "singleline"},
    {"name": "to_khai", "label": "Tờ khai", "type": "file"},
]
SECTIONED = {"version": 2, "sections": [{"title": "I. Bên nam", "items": []}], "documents": []}


def test_a_flat_schema_becomes_one_section_and_its_document_slots():
    flat = DossierFactory(form_schema=FLAT, form_data={"ho_ten_ben_kia": "Tanaka Yuki"})
    sectioned = DossierFactory(form_schema=SECTIONED)
    migration.to_sections(apps, None)
    flat.refresh_from_db()
    sectioned.refresh_from_db()
    assert flat.form_schema["version"] == 2
    [section] = flat.form_schema["sections"]
    assert [item["name"] for item in section["items"]] == ["ho_ten_ben_kia"]
    assert flat.form_schema["documents"] == [{"name": "to_khai", "label": "Tờ khai", "required": True}]
    assert flat.form_data == {"ho_ten_ben_kia": "Tanaka Yuki"}
    assert sectioned.form_schema == SECTIONED
