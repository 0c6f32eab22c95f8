"""Let the administrators' group manage signing credentials; nobody else gets these permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# Frozen copy of the administrators' group name (dossiers.accounts.roles.ADMINISTRATOR's label); get_or_create, as
# dossiers' role migration does, so either may run first.
ADMINISTRATOR = "Quản trị hệ thống"
CODENAMES = [f"{action}_signingcredential" for action in ("add", "change", "delete", "view")]


def signing_permissions(apps):
    app_config = apps.get_app_config("signing")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    return apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="signing", codename__in=CODENAMES
    )


def grant(apps, schema_editor):
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=ADMINISTRATOR)
    group.permissions.add(*signing_permissions(apps))


def revoke(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name=ADMINISTRATOR).first()
    if group is not None:
        group.permissions.remove(*signing_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [("signing", "0001_initial")]
    operations = [migrations.RunPython(grant, revoke)]
