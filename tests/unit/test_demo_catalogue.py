"""The demo catalogue is consistent data: every reference resolves, every value fits the model it will fill, and the
form templates are real .docx files. No database needed."""

import io
import re
from collections import Counter

import pytest
from docx import Document

from procedures.demo.catalogue import AGENCIES, FORM_TEMPLATES, SUBSYSTEMS
from procedures.demo.form_templates import build_form_template
from procedures.models import Agency, ProcedureDocument, ProcedurePage, SubsystemPage

PROCEDURES = [procedure for subsystem in SUBSYSTEMS for procedure in subsystem["procedures"]]
AGENCY_KEYS = {"code", "name", "short_name", "address", "phone", "email", "superior_body", "place_name", "departments"}
PROCEDURE_KEYS = {
    "code",
    "title",
    "agency",
    "online_level",
    "processing_time",
    "processing_time_unit",
    "fee_amount",
    "fee_note",
    "applicants",
    "conditions",
    "number_of_sets",
    "submission_place",
    "steps",
    "result",
    "legal_basis",
    "documents",
}
DOCUMENT_KEYS = {"name", "originals", "certified_copies", "photocopies", "template"}
TEMPLATE_KEYS = {"title", "filename", "code", "legal_source", "fields"}
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


def _procedure_id(procedure):
    return procedure["code"]


def _duplicates(values):
    return sorted(value for value, count in Counter(values).items() if count > 1)


# Subsystems -----------------------------------------------------------------------------------------------------------


def test_six_subsystems_in_the_order_of_the_brief():
    assert [subsystem["slug"] for subsystem in SUBSYSTEMS] == [
        "dat-dai",
        "ho-tich-co-yeu-to-nuoc-ngoai",
        "nha-dat",
        "ho-tich",
        "dau-tu",
        "thi-dua-khen-thuong",
    ]


@pytest.mark.parametrize("subsystem", SUBSYSTEMS, ids=lambda subsystem: subsystem["slug"])
def test_subsystem_fields(subsystem):
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", subsystem["slug"])
    assert subsystem["title"]
    assert subsystem["intro"].count(".") >= 2, "the intro should be two or three sentences"
    assert 0 < len(subsystem["short_name"]) <= SubsystemPage._meta.get_field("short_name").max_length


@pytest.mark.parametrize("subsystem", SUBSYSTEMS, ids=lambda subsystem: subsystem["slug"])
def test_each_subsystem_has_at_least_four_procedures(subsystem):
    assert len(subsystem["procedures"]) >= 4


def test_at_least_24_procedures_in_all():
    assert len(PROCEDURES) >= 24


@pytest.mark.parametrize("subsystem", SUBSYSTEMS, ids=lambda subsystem: subsystem["slug"])
def test_each_subsystem_mixes_online_and_information_only(subsystem):
    levels = {procedure["online_level"] for procedure in subsystem["procedures"]}
    assert levels & {"partial", "full"}, "no procedure of this subsystem accepts online submission"
    assert "information" in levels


@pytest.mark.parametrize("subsystem", SUBSYSTEMS, ids=lambda subsystem: subsystem["slug"])
def test_each_subsystem_offers_a_form_template(subsystem):
    assert any(document["template"] for procedure in subsystem["procedures"] for document in procedure["documents"]), (
        "no document of this subsystem links a blank form"
    )


# Agencies -------------------------------------------------------------------------------------------------------------


def test_at_least_six_agencies_with_unique_codes():
    assert len(AGENCIES) >= 6
    assert not _duplicates(agency["code"] for agency in AGENCIES)


@pytest.mark.parametrize("agency", AGENCIES, ids=lambda agency: agency["code"])
def test_agency_fields(agency):
    assert set(agency) == AGENCY_KEYS, "the loader passes every key but code and departments to Agency()"
    assert re.fullmatch(r"\d{3}\.\d{2}\.\d{2}\.H56", agency["code"])
    for field in ("name", "short_name", "address", "phone"):
        assert 0 < len(agency[field]) <= Agency._meta.get_field(field).max_length, field
    assert re.fullmatch(r"[\w.-]+@[\w-]+(\.[\w-]+)+", agency["email"])
    assert 2 <= len(agency["departments"]) <= 4
    assert not _duplicates(agency["departments"])


def test_first_agency_hosts_the_demo_staff():
    """Demo accounts (Chánh Văn phòng, specialists in the first two departments) are created in AGENCIES[0]."""
    first = AGENCIES[0]
    assert first["name"].startswith("Văn phòng")
    assert len(first["departments"]) >= 2
    assert any(procedure["agency"] == first["code"] for procedure in PROCEDURES)


# Procedures -----------------------------------------------------------------------------------------------------------


def test_procedure_codes_are_unique():
    assert not _duplicates(procedure["code"] for procedure in PROCEDURES)


def test_procedure_titles_are_unique():
    assert not _duplicates(procedure["title"] for procedure in PROCEDURES)


def test_some_procedure_counts_calendar_days():
    assert any(procedure["processing_time_unit"] == "calendar_days" for procedure in PROCEDURES)


@pytest.mark.parametrize("procedure", PROCEDURES, ids=_procedure_id)
def test_procedure_fields(procedure):
    assert set(procedure) == PROCEDURE_KEYS
    assert re.fullmatch(r"1\.00\d{4}", procedure["code"])
    assert procedure["online_level"] in {"information", "partial", "full"}
    assert procedure["processing_time_unit"] in {"working_days", "calendar_days"}
    assert isinstance(procedure["processing_time"], int)
    assert 1 <= procedure["processing_time"] <= 365
    assert isinstance(procedure["fee_amount"], int)
    assert procedure["fee_amount"] >= 0
    assert procedure["number_of_sets"] >= 1
    assert procedure["applicants"]


@pytest.mark.parametrize("procedure", PROCEDURES, ids=_procedure_id)
def test_procedure_fits_the_model(procedure):
    assert len(procedure["title"]) <= ProcedurePage._meta.get_field("title").max_length
    for field in ("fee_note", "submission_place", "result"):
        assert len(procedure[field]) <= ProcedurePage._meta.get_field(field).max_length, field
    assert procedure["result"]


@pytest.mark.parametrize("procedure", PROCEDURES, ids=_procedure_id)
def test_procedure_rich_text(procedure):
    steps = re.findall(r"<li>", procedure["steps"])
    assert procedure["steps"].startswith("<ol>") and procedure["steps"].endswith("</ol>")
    assert 3 <= len(steps) <= 5
    assert procedure["legal_basis"].startswith("<ul><li>") and procedure["legal_basis"].endswith("</ul>")
    assert procedure["conditions"] == "" or procedure["conditions"].startswith("<ul><li>")


@pytest.mark.parametrize("procedure", PROCEDURES, ids=_procedure_id)
def test_procedure_agency_exists(procedure):
    assert procedure["agency"] in {agency["code"] for agency in AGENCIES}


@pytest.mark.parametrize("procedure", PROCEDURES, ids=_procedure_id)
def test_procedure_documents(procedure):
    documents = procedure["documents"]
    assert 2 <= len(documents) <= 6
    name_length = ProcedureDocument._meta.get_field("name").max_length
    for document in documents:
        assert set(document) == DOCUMENT_KEYS
        assert 0 < len(document["name"]) <= name_length
        counts = (document["originals"], document["certified_copies"], document["photocopies"])
        assert all(isinstance(count, int) and count >= 0 for count in counts)
        assert sum(counts) >= 1, f"{document['name']}: how many copies to bring?"
        assert document["template"] is None or document["template"] in FORM_TEMPLATES


# Form templates -------------------------------------------------------------------------------------------------------


def test_every_form_template_is_used():
    used = {document["template"] for procedure in PROCEDURES for document in procedure["documents"]}
    assert set(FORM_TEMPLATES) - used == set()


def test_form_template_titles_and_filenames_are_unique():
    assert not _duplicates(spec["title"] for spec in FORM_TEMPLATES.values())
    assert not _duplicates(spec["filename"] for spec in FORM_TEMPLATES.values())


@pytest.mark.parametrize("key", FORM_TEMPLATES)
def test_form_template_spec(key):
    spec = FORM_TEMPLATES[key]
    assert set(spec) == TEMPLATE_KEYS
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*\.docx", spec["filename"])
    assert spec["title"] and spec["code"] and spec["legal_source"]
    assert 6 <= len(spec["fields"]) <= 15
    assert not _duplicates(spec["fields"])


@pytest.mark.parametrize("key", FORM_TEMPLATES)
def test_form_template_builds_a_readable_docx(key):
    spec = FORM_TEMPLATES[key]
    data = build_form_template(spec)
    assert isinstance(data, bytes)
    document = Document(io.BytesIO(data))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    text += "\n" + "\n".join(cell.text for table in document.tables for cell in table._cells)
    assert spec["title"] in text
    for line in MOTTO:
        assert line in text
    assert spec["code"] in text
    assert "Kính gửi" in text
    for label in spec["fields"]:
        assert f"{label}:" in text
    assert "NGƯỜI YÊU CẦU" in text
    assert document.styles["Normal"].font.name == "Times New Roman"
    assert document.core_properties.title == spec["title"]


def test_form_template_output_is_deterministic():
    spec = next(iter(FORM_TEMPLATES.values()))
    assert build_form_template(spec) == build_form_template(spec)


def test_different_specs_give_different_files():
    first, second = list(FORM_TEMPLATES.values())[:2]
    assert build_form_template(first) != build_form_template(second)
