"""The roles of the one-stop shop, each a Django group; names are stable keys shown to staff as they are."""

from django.utils.translation import gettext_lazy as _

EDITOR = "Biên tập viên"
COUNTER_STAFF = "Bộ phận một cửa"
CHIEF_OF_OFFICE = "Chánh văn phòng"
DEPUTY_CHIEF = "Phó Chánh văn phòng"
SPECIALIST = "Chuyên viên"
LEADER = "Lãnh đạo UBND"
ADMINISTRATOR = "Quản trị hệ thống"

ALL_ROLES = [EDITOR, COUNTER_STAFF, CHIEF_OF_OFFICE, DEPUTY_CHIEF, SPECIALIST, LEADER, ADMINISTRATOR]

ROLE_DESCRIPTIONS = {
    EDITOR: _("Biên tập danh mục thủ tục và biểu mẫu trực tuyến"),
    COUNTER_STAFF: _("Tiếp nhận, trả kết quả hồ sơ"),
    CHIEF_OF_OFFICE: _("Phân công hồ sơ, xem xét phiếu trình"),
    DEPUTY_CHIEF: _("Phân công, xem xét phiếu trình theo ủy quyền"),
    SPECIALIST: _("Thụ lý hồ sơ được giao"),
    LEADER: _("Xem xét, ký quyết định"),
    ADMINISTRATOR: _("Quản trị người dùng, lịch làm việc, sao lưu, báo cáo"),
}
