"""dossiers.answers: a dossier's answers in the sections of its stored schema, from either schema shape."""

from types import SimpleNamespace

from dossiers.answers import answer_sections, document_slots, sections_from_legacy
from dossiers.models import Attachment

LEGACY = [
    {"name": "quoc_tich", "label": "Quốc tịch", "type": "dropdown"},
    {"name": "ngay_sinh", "label": "Ngày sinh", "type": "date"},
    {"name": "to_khai", "label": "Tờ khai đăng ký kết hôn", "type": "file"},
]

V2 = {
    "version": 2,
    "sections": [
        {
            "title": "I. Bên nam",
            "items": [
                {"kind": "field", "name": "ho_ten", "label": "Họ tên", "type": "singleline", "show_when": None},
                {
                    "kind": "field",
                    "name": "quoc_tich_khac",
                    "label": "Quốc tịch khác",
                    "type": "singleline",
                    "show_when": {"name": "quoc_tich", "value": "Khác"},
                },
                {
                    "kind": "group",
                    "name": "con",
                    "label": "Con chung",
                    "item_label": "Con",
                    "fields": [
                        {"kind": "field", "name": "ten", "label": "Tên", "type": "singleline", "show_when": None},
                        {"kind": "field", "name": "sinh", "label": "Sinh", "type": "date", "show_when": None},
                    ],
                },
            ],
        }
    ],
    "documents": [{"name": "tep_to_khai", "label": "Tờ khai", "required": True}],
}


def dossier(schema, data):
    return SimpleNamespace(form_schema=schema, form_data=data)


def attachment(field_name, name, source=Attachment.Source.SUBMISSION):
    return Attachment(field_name=field_name, original_name=name, source=source)


def test_legacy_list_becomes_one_section_and_its_files_slots():
    schema = sections_from_legacy(LEGACY)
    assert schema["version"] == 2
    assert [item["name"] for item in schema["sections"][0]["items"]] == ["quoc_tich", "ngay_sinh"]
    assert document_slots(LEGACY) == [{"name": "to_khai", "label": "Tờ khai đăng ký kết hôn", "required": True}]
    assert sections_from_legacy(V2) is V2
    assert sections_from_legacy([]) == {"version": 2, "sections": [], "documents": []}


def test_legacy_dossier_reads_in_one_section_with_its_files():
    sections = answer_sections(
        dossier(LEGACY, {"quoc_tich": "Nhật Bản", "ngay_sinh": "1990-05-17"}),
        [attachment("to_khai", "to-khai.pdf"), attachment("", "ket-qua.pdf", Attachment.Source.RESULT)],
    )
    assert sections[0]["rows"] == [
        {"kind": "field", "label": "Quốc tịch", "value": "Nhật Bản"},
        {"kind": "field", "label": "Ngày sinh", "value": "17/05/1990"},
    ]
    assert sections[-1]["rows"] == [{"kind": "files", "label": "Tờ khai đăng ký kết hôn", "files": ["to-khai.pdf"]}]


def test_v2_groups_conditions_other_documents_and_unknown_answers():
    data = {"ho_ten": "An", "con": [{"ten": "Bình", "sinh": "2020-01-02"}], "cu": "giá trị cũ"}
    sections = answer_sections(
        dossier(V2, data), [attachment("tep_to_khai", "a.pdf"), attachment("giay_to_khac", "b.pdf")]
    )
    first = sections[0]
    assert first["title"] == "I. Bên nam"
    # The conditional field was hidden (absent from the data), so it has no row.
    assert [row["label"] for row in first["rows"]] == ["Họ tên", "Con chung"]
    assert first["rows"][1]["columns"] == ["Tên", "Sinh"]
    assert first["rows"][1]["items"] == [["Bình", "02/01/2020"]]
    assert sections[1]["rows"] == [{"kind": "field", "label": "cu", "value": "giá trị cũ"}]
    assert [(row["label"], row["files"]) for row in sections[2]["rows"]] == [
        ("Tờ khai", ["a.pdf"]),
        ("Giấy tờ khác", ["b.pdf"]),
    ]
