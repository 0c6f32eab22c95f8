"""The report permission (on a table-less model) and the groups that hold it."""

from django.db import migrations, models

# Frozen copies of dossiers.roles at the time of this migration (migrations must not import live code).
REPORT_READERS = ["Chánh văn phòng", "Phó Chánh văn phòng", "Lãnh đạo UBND", "Quản trị hệ thống"]


def grant_view_reports(apps, schema_editor):
    """The permission is created here, not left to post_migrate, so the groups can receive it now."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="reports", model="reportaccess")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename="view_reports", defaults={"name": "Xem báo cáo thống kê"}
    )
    for group in Group.objects.filter(name__in=REPORT_READERS):
        group.permissions.add(permission)


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("dossiers", "0002_roles"),
    ]

    operations = [
        migrations.CreateModel(
            name="ReportAccess",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
            ],
            options={
                "permissions": [("view_reports", "Xem báo cáo thống kê")],
                "managed": False,
                "default_permissions": (),
            },
        ),
        migrations.RunPython(grant_view_reports, migrations.RunPython.noop),
    ]
