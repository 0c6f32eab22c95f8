"""Let the administrators' group run and download backups; superusers have it anyway, nobody else gets it."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# Frozen copy of dossiers.roles.ADMINISTRATOR.
ADMINISTRATOR = "Quản trị hệ thống"


def manage_backups(apps):
    app_config = apps.get_app_config("backups")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    return apps.get_model("auth", "Permission").objects.get(
        content_type__app_label="backups", codename="manage_backups"
    )


def grant(apps, schema_editor):
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=ADMINISTRATOR)
    group.permissions.add(manage_backups(apps))


def revoke(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name=ADMINISTRATOR).first()
    if group is not None:
        group.permissions.remove(manage_backups(apps))


class Migration(migrations.Migration):
    dependencies = [("backups", "0001_initial"), ("dossiers", "0002_roles")]
    operations = [migrations.RunPython(grant, revoke)]
