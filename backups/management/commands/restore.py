"""``manage.py restore PATH [--yes]``: into the configured database and media folders, which must be empty; the
archive's checksums and the restored row counts are checked against its manifest."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from backups.archive import summary
from backups.errors import BackupError
from backups.restore import Target, refuse_unless_empty, restore_archive

YES = {"yes", "y", "có", "co"}


class Command(BaseCommand):
    help = _("Khôi phục một tệp sao lưu vào cơ sở dữ liệu và thư mục media trống, rồi kiểm tra theo bản kê.")

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument("--yes", action="store_true", help=_("Không hỏi xác nhận."))

    def handle(self, *args, path, yes, **options):
        if not path.is_file():
            raise CommandError(_("Không tìm thấy tệp sao lưu %(path)s.") % {"path": path})
        target = Target.from_settings()
        try:
            refuse_unless_empty(target)
            if not yes:
                self.confirm(target)
            report = restore_archive(path, target)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            _("Đã khôi phục và kiểm tra bản sao lưu lúc %(moment)s.") % {"moment": report.manifest["snapshot_at"]}
        )
        self.stdout.write(summary(report.manifest))
        if report.attachments_without_file:
            self.stderr.write(
                _("%(count)s tệp đính kèm không có trong bản sao lưu: %(names)s")
                % {"count": len(report.attachments_without_file), "names": ", ".join(report.attachments_without_file)}
            )

    def confirm(self, target):
        question = _("Khôi phục vào cơ sở dữ liệu %(name)s và thư mục %(media)s, %(private)s? Gõ yes để tiếp tục: ") % {
            "name": target.database.name,
            "media": target.media_root,
            "private": target.private_root,
        }
        try:
            answer = input(question)
        except EOFError:  # no terminal (CI): only --yes goes on
            answer = ""
        if answer.strip().lower() not in YES:
            raise CommandError(_("Đã huỷ: không có gì bị thay đổi."))
