"""Each existing form page's flat fields become one section and its file fields document slots, in order (in the
page and in its revisions, so the editor opens what is live); then the old field model goes: nothing reads it."""

import json

from django.db import migrations

from procedures.online_forms.definition import raw_from_legacy

SECTION_TITLE = "Thông tin hồ sơ"
COLUMNS = ("label", "field_type", "required", "help_text", "choices", "allowed_file_types", "max_file_mb")


def convert(apps, schema_editor):
    OnlineFormPage = apps.get_model("procedures", "OnlineFormPage")
    OnlineFormField = apps.get_model("procedures", "OnlineFormField")
    ProcedureDocument = apps.get_model("procedures", "ProcedureDocument")
    Page = apps.get_model("wagtailcore", "Page")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type = ContentType.objects.filter(app_label="procedures", model="onlineformpage").first()
    # Values only: the historical page still has Wagtail's FormMixin as a base, whose __init__ wants a template.
    for pk, path, depth in OnlineFormPage.objects.values_list("pk", "path", "depth"):
        rows = list(OnlineFormField.objects.filter(page_id=pk).order_by("sort_order", "pk").values(*COLUMNS))
        parent = Page.objects.filter(path=path[:-4], depth=depth - 1).first()  # treebeard: 4 characters a level
        names = list(
            ProcedureDocument.objects.filter(page_id=parent.pk if parent else None)
            .order_by("sort_order")
            .values_list("name", flat=True)
        )
        sections, documents = raw_from_legacy(rows, names, section_title=SECTION_TITLE)
        OnlineFormPage.objects.filter(pk=pk).update(sections=sections, documents=documents, other_documents=True)
        if content_type is None:
            continue
        for revision in Revision.objects.filter(content_type=content_type, object_id=str(pk)):
            revision.content = {
                **revision.content,
                "sections": json.dumps(sections),
                "documents": json.dumps(documents),
                "other_documents": True,
            }
            revision.content.pop("form_fields", None)
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("procedures", "0006_online_form_definition"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(convert, migrations.RunPython.noop),
        migrations.DeleteModel(name="OnlineFormField"),
    ]
