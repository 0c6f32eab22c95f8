"""Every kind of notice the portal sends, in one registry: its subject, its template
(``dossiers/email/<name>.txt``) and whether it carries the appointment as a calendar file. Steps name a kind
object, never a bare string, so a typo fails at import instead of at sending."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class NoticeKind:
    name: str
    subject: str  # with ``%(code)s`` (or the digest's own parameters)
    with_appointment: bool = False

    @property
    def template_name(self):
        return f"dossiers/email/{self.name}.txt"

    def __str__(self):
        return self.name


KINDS: dict[str, NoticeKind] = {}


def kind(name, subject, *, with_appointment=False):
    KINDS[name] = NoticeKind(name, subject, with_appointment)
    return KINDS[name]


# To the applicant, one per step that concerns them.
SUBMITTED = kind("submitted", _("Hồ sơ %(code)s đã được đăng ký"))
RECEIVED = kind("received", _("Hồ sơ %(code)s đã được tiếp nhận"), with_appointment=True)
REFUSED = kind("refused", _("Hồ sơ %(code)s không được tiếp nhận"))
SUPPLEMENT_REQUESTED = kind("supplement_requested", _("Hồ sơ %(code)s cần bổ sung"))
WITHDRAWN = kind("withdrawn", _("Hồ sơ %(code)s đã được rút"))
FEE_REQUESTED = kind("fee_requested", _("Hồ sơ %(code)s: đề nghị nộp phí, lệ phí"))
RESULT_READY = kind("result_ready", _("Hồ sơ %(code)s đã có kết quả"))
RETURNED = kind("returned", _("Hồ sơ %(code)s đã trả kết quả: mời Ông/Bà đánh giá"))
EXTENDED = kind("extended", _("Hồ sơ %(code)s: thư xin lỗi và hẹn lại ngày trả kết quả"), with_appointment=True)
STOPPED = kind("stopped", _("Hồ sơ %(code)s: thông báo dừng giải quyết"))
# To staff.
ASSIGNED = kind("assigned", _("Hồ sơ %(code)s được giao cho Ông/Bà xử lý"))
REMINDER_DAILY = kind("reminder_daily", _("Nhắc việc ngày %(date)s: hồ sơ sắp đến hạn và quá hạn"))
REMINDER_WEEKLY = kind("reminder_weekly", _("Tổng hợp giải quyết hồ sơ tuần %(start)s – %(end)s"))
