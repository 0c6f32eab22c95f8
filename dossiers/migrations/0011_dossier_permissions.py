"""Who may open the dossier admin: every role that handles dossiers may view them (the row rule in
``dossiers.access`` still narrows what a specialist sees); the counter also edits the applicant's data and
records counter intakes. Editors get nothing; administrators see the notices log, not the dossiers."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# Frozen copies of dossiers.roles at the time of this migration.
GRANTS = {
    "Bộ phận một cửa": ["view_dossier", "change_dossier", "add_dossier"],
    "Chánh văn phòng": ["view_dossier"],
    "Phó Chánh văn phòng": ["view_dossier"],
    "Chuyên viên": ["view_dossier"],
    "Lãnh đạo UBND": ["view_dossier"],
    "Quản trị hệ thống": ["view_notification"],
}


def dossier_permissions(apps, codenames):
    app_config = apps.get_app_config("dossiers")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    return apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="dossiers", codename__in=codenames
    )


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, codenames in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*dossier_permissions(apps, codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, codenames in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(*dossier_permissions(apps, codenames))


class Migration(migrations.Migration):
    dependencies = [("dossiers", "0010_reminder_log")]
    operations = [migrations.RunPython(grant, revoke)]
