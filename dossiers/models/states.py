"""Where a dossier stands: the national portal's status codes, the sub-steps of "being processed", and how it
came in. Plain choices with no model, so the workflow's table of steps can name them without importing models."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.IntegerChoices):
    """The national public-service portal's status codes."""

    REGISTERED = 1, _("Mới đăng ký trực tuyến")
    RECEIVED = 2, _("Đã tiếp nhận")
    REFUSED = 3, _("Không tiếp nhận")
    PROCESSING = 4, _("Đang xử lý")
    SUPPLEMENT_REQUESTED = 5, _("Yêu cầu bổ sung hồ sơ")
    FEE_REQUESTED = 6, _("Yêu cầu thực hiện nghĩa vụ tài chính")
    WITHDRAWN = 7, _("Đã rút theo yêu cầu")
    STOPPED = 8, _("Dừng xử lý")
    AWAITING_RETURN = 9, _("Đã có kết quả, chờ trả")
    RETURNED = 10, _("Đã trả kết quả")


class Stage(models.TextChoices):
    """Sub-steps of status 4 (being processed) in the inter-agency flow."""

    NONE = "", _("—")
    ASSIGNED = "assigned", _("Chuyên viên đang thụ lý")
    MEMO_SUBMITTED = "memo_submitted", _("Đã trình Chánh Văn phòng")
    MEMO_RETURNED = "memo_returned", _("Chánh Văn phòng trả lại tờ trình")
    MEMO_APPROVED = "memo_approved", _("Chánh Văn phòng đã duyệt tờ trình")
    AT_LEADERSHIP = "at_leadership", _("Trình lãnh đạo UBND")
    LEADERSHIP_RETURNED = "leadership_returned", _("Lãnh đạo trả lại, có ý kiến")
    SIGNED = "signed", _("Lãnh đạo đã ký")


CLOSED_STATUSES = frozenset({Status.REFUSED, Status.WITHDRAWN, Status.STOPPED, Status.RETURNED})


class Channel(models.TextChoices):
    ONLINE = "online", _("Trực tuyến")
    COUNTER = "counter", _("Trực tiếp")
    POST = "post", _("Bưu chính")
