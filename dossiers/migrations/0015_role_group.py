"""Role groups get a stable code (``RoleGroup``): checks read the code, so renaming a group breaks nothing.
Existing groups are linked by the names earlier migrations gave them."""

import django.db.models.deletion
from django.db import migrations, models

# Frozen copies of dossiers.accounts.roles at the time of this migration.
ROLE_GROUPS = {
    "editor": "Biên tập viên",
    "counter_staff": "Bộ phận một cửa",
    "chief_of_office": "Chánh văn phòng",
    "deputy_chief": "Phó Chánh văn phòng",
    "specialist": "Chuyên viên",
    "leader": "Lãnh đạo UBND",
    "administrator": "Quản trị hệ thống",
}


def link_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    RoleGroup = apps.get_model("dossiers", "RoleGroup")
    for code, name in ROLE_GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        RoleGroup.objects.get_or_create(code=code, defaults={"group": group})


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("dossiers", "0014_search_indexes"),
    ]

    operations = [
        migrations.CreateModel(
            name="RoleGroup",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "code",
                    models.CharField(
                        choices=[
                            ("editor", "Biên tập viên"),
                            ("counter_staff", "Bộ phận một cửa"),
                            ("chief_of_office", "Chánh văn phòng"),
                            ("deputy_chief", "Phó Chánh văn phòng"),
                            ("specialist", "Chuyên viên"),
                            ("leader", "Lãnh đạo UBND"),
                            ("administrator", "Quản trị hệ thống"),
                        ],
                        max_length=32,
                        unique=True,
                        verbose_name="vai trò",
                    ),
                ),
                (
                    "group",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="role",
                        to="auth.group",
                        verbose_name="nhóm",
                    ),
                ),
            ],
            options={
                "verbose_name": "vai trò của nhóm",
                "verbose_name_plural": "vai trò của nhóm",
            },
        ),
        migrations.RunPython(link_groups, migrations.RunPython.noop),
    ]
