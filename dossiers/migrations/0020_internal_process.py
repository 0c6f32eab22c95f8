"""Internal processes per procedure (versions and their steps), the version a dossier was received under, and the
administrators' permissions to keep them (no delete: a version is the record of the dossiers received under it)."""

from decimal import Decimal

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
import modelcluster.fields
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

# Frozen copy of the administrators' group name (dossiers.accounts.roles.ADMINISTRATOR's label).
ADMINISTRATOR = "Quản trị hệ thống"
CODENAMES = [f"{action}_internalprocess" for action in ("add", "change", "view")]


def process_permissions(apps):
    app_config = apps.get_app_config("dossiers")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    return apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="dossiers", codename__in=CODENAMES
    )


def grant(apps, schema_editor):
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=ADMINISTRATOR)
    group.permissions.add(*process_permissions(apps))


def revoke(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name=ADMINISTRATOR).first()
    if group is not None:
        group.permissions.remove(*process_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("dossiers", "0019_dossier_log_entry_names"),
        ("procedures", "0003_result_form"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="InternalProcess",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("version", models.PositiveIntegerField(editable=False, verbose_name="phiên bản")),
                (
                    "effective_from",
                    models.DateTimeField(
                        default=django.utils.timezone.now,
                        help_text="Áp dụng cho hồ sơ tiếp nhận từ thời điểm này; hồ sơ tiếp nhận trước giữ quy trình cũ.",
                        verbose_name="áp dụng từ",
                    ),
                ),
                (
                    "basis",
                    models.CharField(
                        blank=True,
                        help_text="Ví dụ: Quyết định số 123/QĐ-UBND.",
                        max_length=500,
                        verbose_name="căn cứ phê duyệt",
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, editable=False, verbose_name="thời điểm lưu"
                    ),
                ),
                (
                    "created_by",
                    models.ForeignKey(
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="người lưu",
                    ),
                ),
                (
                    "procedure",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="internal_processes",
                        to="procedures.procedurepage",
                        verbose_name="thủ tục",
                    ),
                ),
            ],
            options={
                "verbose_name": "quy trình nội bộ",
                "verbose_name_plural": "quy trình nội bộ",
                "ordering": ["procedure", "-version"],
            },
        ),
        migrations.AddField(
            model_name="dossier",
            name="process_version",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="dossiers",
                to="dossiers.internalprocess",
                verbose_name="quy trình nội bộ áp dụng",
            ),
        ),
        migrations.AddField(
            model_name="historicaldossier",
            name="process_version",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="dossiers.internalprocess",
                verbose_name="quy trình nội bộ áp dụng",
            ),
        ),
        migrations.CreateModel(
            name="ProcessStep",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "hand_off",
                    models.CharField(
                        choices=[
                            ("receive", "Phân công xử lý (sau khi tiếp nhận)"),
                            ("assign", "Thụ lý, trình Chánh Văn phòng (sau khi được phân công)"),
                            ("submit_memo", "Duyệt tờ trình (sau khi chuyên viên trình)"),
                            ("approve_memo", "Trình lãnh đạo UBND (sau khi duyệt tờ trình)"),
                            ("forward_to_leadership", "Ký duyệt (sau khi trình lãnh đạo)"),
                            ("sign", "Chuyển kết quả cho Bộ phận Một cửa (sau khi ký)"),
                            ("hand_to_counter", "Trả kết quả (sau khi nhận kết quả)"),
                            ("return_memo", "Sửa, trình lại tờ trình (sau khi bị trả lại)"),
                            ("return_with_comment", "Hoàn thiện, trình lại (sau khi lãnh đạo trả lại)"),
                        ],
                        max_length=32,
                        verbose_name="bước",
                    ),
                ),
                (
                    "amount",
                    models.DecimalField(
                        decimal_places=2,
                        max_digits=5,
                        validators=[django.core.validators.MinValueValidator(Decimal("0.01"))],
                        verbose_name="thời gian",
                    ),
                ),
                (
                    "unit",
                    models.CharField(
                        choices=[("working_days", "ngày làm việc"), ("working_hours", "giờ làm việc")],
                        default="working_days",
                        max_length=16,
                        verbose_name="đơn vị",
                    ),
                ),
                (
                    "process",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="steps", to="dossiers.internalprocess"
                    ),
                ),
            ],
            options={
                "verbose_name": "bước của quy trình",
                "verbose_name_plural": "các bước của quy trình",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.AddIndex(
            model_name="internalprocess",
            index=models.Index(fields=["procedure", "effective_from"], name="internal_process_in_force"),
        ),
        migrations.AddConstraint(
            model_name="internalprocess",
            constraint=models.UniqueConstraint(fields=("procedure", "version"), name="internal_process_version"),
        ),
        migrations.AddConstraint(
            model_name="processstep",
            constraint=models.UniqueConstraint(fields=("process", "hand_off"), name="process_step_once"),
        ),
        migrations.RunPython(grant, revoke),
    ]
