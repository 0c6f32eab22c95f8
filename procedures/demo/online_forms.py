"""Demo online forms: one procedure per subsystem (partly or fully online) gets the form an editor would design,
asking what the procedure's dossier needs beyond the applicant block every form already carries."""

from procedures.models import OnlineFormField, OnlineFormPage, ProcedurePage

SLUG = "nop-truc-tuyen"

NATIONALITIES = "Hàn Quốc\nNhật Bản\nTrung Quốc\nĐài Loan (Trung Quốc)\nHoa Kỳ\nÚc\nPháp\nĐức\nQuốc tịch khác"


def _field(label, field_type, *, required=True, help_text="", choices="", allowed_file_types="", max_file_mb=None):
    return {
        "label": label,
        "field_type": field_type,
        "required": required,
        "help_text": help_text,
        "choices": choices,
        "allowed_file_types": allowed_file_types,
        "max_file_mb": max_file_mb,
    }


def _file(label, types, *, required=True, help_text="", max_file_mb=None):
    return _field(
        label, "file", required=required, help_text=help_text, allowed_file_types=types, max_file_mb=max_file_mb
    )


# Procedure code -> the form page's content.
ONLINE_FORMS = {
    "1.004103": {
        "title": "Nộp hồ sơ gia hạn sử dụng đất trực tuyến",
        "intro": "<p>Tổ chức nộp hồ sơ chậm nhất 6 tháng trước khi hết thời hạn sử dụng đất.</p>",
        "confirmation_text": "<p>Kết quả được gửi qua thư điện tử và qua bưu chính nếu tổ chức yêu cầu.</p>",
        "fields": [
            _field("Tên tổ chức sử dụng đất", "singleline"),
            _field("Mã số doanh nghiệp", "singleline", help_text="Hoặc mã số thuế của tổ chức."),
            _field("Số phát hành Giấy chứng nhận", "singleline", help_text="Số seri in ở trang 1, ví dụ AA 01234567."),
            _field("Diện tích đề nghị gia hạn (m²)", "number"),
            _field("Thời hạn đề nghị gia hạn (năm)", "number"),
            _field("Lý do đề nghị gia hạn", "multiline"),
            _file("Đơn xin gia hạn sử dụng đất", "pdf, docx"),
            _file("Giấy chứng nhận quyền sử dụng đất đã cấp", "pdf, jpg, png", help_text="Ảnh chụp hoặc bản quét."),
        ],
    },
    "1.001702": {
        "title": "Nộp hồ sơ đăng ký kết hôn có yếu tố nước ngoài",
        "intro": (
            "<p>Người nộp là một trong hai bên kết hôn. Giấy tờ do nước ngoài cấp phải được hợp pháp hóa lãnh sự "
            "và dịch sang tiếng Việt.</p>"
        ),
        "confirmation_text": (
            "<p>Khi nhận thư hẹn, hai bên nam, nữ cùng có mặt, mang theo bản chính các giấy tờ đã đính kèm.</p>"
        ),
        "fields": [
            _field("Họ và tên bên kết hôn còn lại", "singleline", help_text="Ghi như trong hộ chiếu."),
            _field("Quốc tịch", "dropdown", choices=NATIONALITIES),
            _field("Số hộ chiếu", "singleline"),
            _field("Ngày sinh của bên kết hôn còn lại", "date"),
            _field(
                "Nơi đăng ký kết hôn",
                "radio",
                choices="UBND phường Trung tâm\nUBND xã Đông Hưng\nUBND xã Tây Sơn",
                help_text="Nơi thường trú của công dân Việt Nam.",
            ),
            _file("Tờ khai đăng ký kết hôn", "pdf, docx"),
            _file("Giấy xác nhận tình trạng hôn nhân", "pdf, jpg, png"),
            _file("Hộ chiếu của người nước ngoài", "pdf, jpg, png", help_text="Trang có ảnh và thông tin cá nhân."),
        ],
    },
    "1.004204": {
        "title": "Nộp hồ sơ cấp đổi Giấy chứng nhận trực tuyến",
        "intro": "<p>Dành cho Giấy chứng nhận bị ố, nhòe, rách, hư hỏng hoặc cần đổi sang mẫu mới.</p>",
        "confirmation_text": "<p>Khi nhận Giấy chứng nhận mới, mang theo Giấy chứng nhận đã cấp để nộp lại.</p>",
        "fields": [
            _field("Số phát hành Giấy chứng nhận đã cấp", "singleline"),
            _field("Số thửa, số tờ bản đồ", "singleline", help_text="Ví dụ: thửa 125, tờ bản đồ số 7."),
            _field("Địa chỉ thửa đất", "singleline"),
            _field(
                "Lý do cấp đổi",
                "radio",
                choices="Bị ố, nhòe, rách, hư hỏng\nĐo đạc lại bản đồ địa chính\nĐổi sang mẫu Giấy chứng nhận mới",
            ),
            _field("Hình thức nhận kết quả", "dropdown", choices="Tại Bộ phận Một cửa\nQua dịch vụ bưu chính"),
            _file("Đơn đăng ký biến động đất đai", "pdf, docx"),
            _file("Giấy chứng nhận đã cấp", "pdf, jpg, png", help_text="Ảnh chụp đủ các trang."),
        ],
    },
    "1.004859": {
        "title": "Nộp hồ sơ thay đổi, cải chính, bổ sung thông tin hộ tịch",
        "intro": "<p>Người từ đủ 9 tuổi trở lên cần có sự đồng ý khi thay đổi họ, chữ đệm, tên.</p>",
        "confirmation_text": "<p>Trích lục thay đổi, cải chính hộ tịch được gửi bản điện tử qua thư điện tử.</p>",
        "fields": [
            _field(
                "Nội dung yêu cầu",
                "checkboxes",
                choices="Thay đổi thông tin hộ tịch\nCải chính thông tin hộ tịch\nBổ sung thông tin hộ tịch",
            ),
            _field("Họ và tên người có thông tin cần sửa", "singleline"),
            _field("Số định danh cá nhân của người đó", "id_number"),
            _field("Quan hệ với người nộp hồ sơ", "dropdown", choices="Bản thân\nCha\nMẹ\nNgười giám hộ"),
            _field("Nội dung đề nghị và lý do", "multiline", help_text="Ghi rõ thông tin hiện tại và thông tin mới."),
            _file("Tờ khai thay đổi, cải chính, bổ sung thông tin hộ tịch", "pdf, docx"),
            _file("Giấy tờ làm căn cứ", "pdf, jpg, png", help_text="Ví dụ: học bạ, văn bằng, giấy khai sinh."),
        ],
    },
    "1.009648": {
        "title": "Nộp hồ sơ cấp Giấy chứng nhận đăng ký đầu tư",
        "intro": "<p>Nhà đầu tư hoặc người được ủy quyền kê khai; tài liệu bằng tiếng nước ngoài kèm bản dịch.</p>",
        "confirmation_text": "<p>Giấy chứng nhận đăng ký đầu tư được gửi bản điện tử và trả bản giấy theo yêu cầu.</p>",
        "fields": [
            _field("Tên dự án đầu tư", "singleline"),
            _field("Địa điểm thực hiện dự án", "singleline"),
            _field("Tổng vốn đầu tư (đồng)", "number"),
            _field("Quốc tịch nhà đầu tư", "dropdown", choices=NATIONALITIES),
            _field("Thư điện tử của nhà đầu tư", "email", help_text="Nơi nhận thông báo của cơ quan đăng ký đầu tư."),
            _file("Văn bản đề nghị thực hiện dự án đầu tư", "pdf, docx"),
            _file("Đề xuất dự án đầu tư", "pdf, docx", max_file_mb=20),
            _file("Tài liệu chứng minh năng lực tài chính", "pdf"),
        ],
    },
    "1.005301": {
        "title": "Nộp hồ sơ đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh",
        "intro": "<p>Đơn vị trình khen nộp hồ sơ sau khi Hội đồng thi đua, khen thưởng cấp mình đã họp xét.</p>",
        "confirmation_text": "<p>Bản chính tờ trình và biên bản họp xét nộp tại Bộ phận Một cửa theo lịch hẹn.</p>",
        "fields": [
            _field("Tên cơ quan, đơn vị trình khen", "singleline"),
            _field("Đối tượng đề nghị khen thưởng", "radio", choices="Tập thể\nCá nhân"),
            _field("Tên tập thể hoặc cá nhân được đề nghị", "singleline"),
            _field("Số điện thoại người liên hệ", "phone", help_text="Cán bộ phụ trách thi đua của đơn vị."),
            _field("Tóm tắt thành tích", "multiline"),
            _file("Tờ trình đề nghị khen thưởng", "pdf"),
            _file("Báo cáo thành tích", "pdf, docx"),
        ],
    },
}


def ensure_online_forms():
    """Creates and publishes the forms; a procedure missing, no longer online or already with a form is left alone.
    Returns how many form pages this run created."""
    created = 0
    for code, spec in ONLINE_FORMS.items():
        procedure = ProcedurePage.objects.filter(procedure_code=code).first()
        if (
            procedure is None
            or not procedure.accepts_online_submission
            or OnlineFormPage.objects.child_of(procedure).exists()
        ):
            continue
        page = OnlineFormPage(
            title=spec["title"], slug=SLUG, intro=spec["intro"], confirmation_text=spec["confirmation_text"]
        )
        page.form_fields = [OnlineFormField(sort_order=order, **field) for order, field in enumerate(spec["fields"])]
        procedure.add_child(instance=page)
        page.save_revision().publish()
        created += 1
    return created
