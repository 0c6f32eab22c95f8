"""Who applies with which document (issue 13): a person with a CCCD, passport or foreign document, or an organisation
with its tax code and a representative; the ID number widened to 20 characters (its index kept). Existing rows are
people with a CCCD. Also the personal data notice the applicant acknowledged, and when."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("dossiers", "0021_work_queue_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="dossier",
            name="applicant_id_country",
            field=models.CharField(blank=True, max_length=64, verbose_name="quốc gia cấp giấy tờ"),
        ),
        migrations.AddField(
            model_name="dossier",
            name="applicant_id_type",
            field=models.CharField(
                choices=[
                    ("cccd", "Căn cước / số định danh cá nhân"),
                    ("passport", "Hộ chiếu"),
                    ("foreign_id", "Giấy tờ tùy thân nước ngoài hoặc giấy tờ khác"),
                    ("tax_code", "Mã số doanh nghiệp / mã số thuế"),
                ],
                default="cccd",
                max_length=16,
                verbose_name="loại giấy tờ",
            ),
        ),
        migrations.AddField(
            model_name="dossier",
            name="applicant_kind",
            field=models.CharField(
                choices=[("person", "Cá nhân"), ("organisation", "Tổ chức")],
                default="person",
                max_length=16,
                verbose_name="người nộp là",
            ),
        ),
        migrations.AddField(
            model_name="dossier",
            name="privacy_acknowledged_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="thời điểm đồng ý xử lý dữ liệu cá nhân"),
        ),
        migrations.AddField(
            model_name="dossier",
            name="privacy_notice_version",
            field=models.CharField(blank=True, max_length=16, verbose_name="phiên bản thông báo dữ liệu cá nhân"),
        ),
        migrations.AddField(
            model_name="dossier",
            name="representative_id_country",
            field=models.CharField(blank=True, max_length=64, verbose_name="quốc gia cấp giấy tờ của người đại diện"),
        ),
        migrations.AddField(
            model_name="dossier",
            name="representative_id_number",
            field=models.CharField(blank=True, max_length=20, verbose_name="số giấy tờ của người đại diện"),
        ),
        migrations.AddField(
            model_name="dossier",
            name="representative_id_type",
            field=models.CharField(
                blank=True,
                choices=[
                    ("cccd", "Căn cước / số định danh cá nhân"),
                    ("passport", "Hộ chiếu"),
                    ("foreign_id", "Giấy tờ tùy thân nước ngoài hoặc giấy tờ khác"),
                    ("tax_code", "Mã số doanh nghiệp / mã số thuế"),
                ],
                max_length=16,
                verbose_name="loại giấy tờ của người đại diện",
            ),
        ),
        migrations.AddField(
            model_name="dossier",
            name="representative_name",
            field=models.CharField(blank=True, max_length=255, verbose_name="người đại diện"),
        ),
        migrations.AddField(
            model_name="dossier",
            name="representative_position",
            field=models.CharField(blank=True, max_length=255, verbose_name="chức vụ người đại diện"),
        ),
        migrations.AddField(
            model_name="historicaldossier",
            name="applicant_id_country",
            field=models.CharField(blank=True, max_length=64, verbose_name="quốc gia cấp giấy tờ"),
        ),
        migrations.AddField(
            model_name="historicaldossier",
            name="applicant_id_type",
            field=models.CharField(
                choices=[
                    ("cccd", "Căn cước / số định danh cá nhân"),
                    ("passport", "Hộ chiếu"),
                    ("foreign_id", "Giấy tờ tùy thân nước ngoài hoặc giấy tờ khác"),
                    ("tax_code", "Mã số doanh nghiệp / mã số thuế"),
                ],
                default="cccd",
                max_length=16,
                verbose_name="loại giấy tờ",
            ),
        ),
        migrations.AddField(
            model_name="historicaldossier",
            name="applicant_kind",
            field=models.CharField(
                choices=[("person", "Cá nhân"), ("organisation", "Tổ chức")],
                default="person",
                max_length=16,
                verbose_name="người nộp là",
            ),
        ),
        migrations.AddField(
            model_name="historicaldossier",
            name="privacy_acknowledged_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="thời điểm đồng ý xử lý dữ liệu cá nhân"),
        ),
        migrations.AddField(
            model_name="historicaldossier",
            name="privacy_notice_version",
            field=models.CharField(blank=True, max_length=16, verbose_name="phiên bản thông báo dữ liệu cá nhân"),
        ),
        migrations.AddField(
            model_name="historicaldossier",
            name="representative_id_country",
            field=models.CharField(blank=True, max_length=64, verbose_name="quốc gia cấp giấy tờ của người đại diện"),
        ),
        migrations.AddField(
            model_name="historicaldossier",
            name="representative_id_number",
            field=models.CharField(blank=True, max_length=20, verbose_name="số giấy tờ của người đại diện"),
        ),
        migrations.AddField(
            model_name="historicaldossier",
            name="representative_id_type",
            field=models.CharField(
                blank=True,
                choices=[
                    ("cccd", "Căn cước / số định danh cá nhân"),
                    ("passport", "Hộ chiếu"),
                    ("foreign_id", "Giấy tờ tùy thân nước ngoài hoặc giấy tờ khác"),
                    ("tax_code", "Mã số doanh nghiệp / mã số thuế"),
                ],
                max_length=16,
                verbose_name="loại giấy tờ của người đại diện",
            ),
        ),
        migrations.AddField(
            model_name="historicaldossier",
            name="representative_name",
            field=models.CharField(blank=True, max_length=255, verbose_name="người đại diện"),
        ),
        migrations.AddField(
            model_name="historicaldossier",
            name="representative_position",
            field=models.CharField(blank=True, max_length=255, verbose_name="chức vụ người đại diện"),
        ),
        migrations.AlterField(
            model_name="dossier",
            name="applicant_id_number",
            field=models.CharField(max_length=20, verbose_name="số giấy tờ"),
        ),
        migrations.AlterField(
            model_name="dossier",
            name="applicant_name",
            field=models.CharField(max_length=255, verbose_name="tên người nộp"),
        ),
        migrations.AlterField(
            model_name="historicaldossier",
            name="applicant_id_number",
            field=models.CharField(max_length=20, verbose_name="số giấy tờ"),
        ),
        migrations.AlterField(
            model_name="historicaldossier",
            name="applicant_name",
            field=models.CharField(max_length=255, verbose_name="tên người nộp"),
        ),
    ]
