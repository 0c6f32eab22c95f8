"""Let the administrators' group edit the working calendar; nobody else gets these permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# Frozen copy of dossiers.roles.ADMINISTRATOR.
ADMINISTRATOR = "Quản trị hệ thống"
CODENAMES = [
    f"{action}_{model}"
    for model in ("officeperiod", "dayoff", "makeupworkingday")
    for action in ("add", "change", "delete", "view")
]


def calendar_permissions(apps):
    app_config = apps.get_app_config("dossiers")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    return apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="dossiers", codename__in=CODENAMES
    )


def grant(apps, schema_editor):
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=ADMINISTRATOR)
    group.permissions.add(*calendar_permissions(apps))


def revoke(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name=ADMINISTRATOR).first()
    if group is not None:
        group.permissions.remove(*calendar_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [("dossiers", "0004_seed_working_calendar")]
    operations = [migrations.RunPython(grant, revoke)]
