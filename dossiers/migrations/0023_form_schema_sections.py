"""Every dossier's stored form schema in the sectioned shape of issue 13 (version 2): a flat list of fields becomes
one section plus its document slots (``dossiers.answers.sections_from_legacy``; both shapes stay readable, so the
history rows keep the shape they were written in). Read and written in batches, so a million dossiers need no more
memory than one batch."""

from django.db import migrations

BATCH = 2000


def to_sections(apps, schema_editor):
    from dossiers.answers import sections_from_legacy

    Dossier = apps.get_model("dossiers", "Dossier")
    changed = []
    for dossier in Dossier.objects.only("pk", "form_schema").iterator(chunk_size=BATCH):
        if isinstance(dossier.form_schema, list):
            dossier.form_schema = sections_from_legacy(dossier.form_schema)
            changed.append(dossier)
        if len(changed) == BATCH:
            Dossier.objects.bulk_update(changed, ["form_schema"])
            changed = []
    Dossier.objects.bulk_update(changed, ["form_schema"])


class Migration(migrations.Migration):
    dependencies = [("dossiers", "0022_applicant_identity")]

    operations = [migrations.RunPython(to_sections, migrations.RunPython.noop)]
