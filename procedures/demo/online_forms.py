"""Demo online forms: one procedure per subsystem (partly or fully online) gets the form an editor would build,
section by section as its paper declaration, asking what the dossier needs beyond the applicant block every form
already carries, with one upload slot per document the procedure lists (format: ``procedures.demo.form_spec``).
The other online procedures' forms are in ``online_forms_more``; ``ensure_online_forms`` builds both."""

from procedures.demo.form_spec import NO, YES, document, field, group, nationality, section
from procedures.demo.online_forms_more import MORE_ONLINE_FORMS
from procedures.models import OnlineFormPage, ProcedurePage
from procedures.online_forms.definition import raw_field, raw_group, raw_section, raw_slot

SLUG = "nop-truc-tuyen"

SEXES = ("Nam", "Nữ")
# Luật Hôn nhân và gia đình 2014, Điều 8: a man from 20, a woman from 18.
MARRIAGE_AGES = {"Nam": 20, "Nữ": 18}
POST = "Qua dịch vụ bưu chính"


# Procedure code -> the form page's content.
ONLINE_FORMS = {
    "1.004103": {
        "title": "Nộp hồ sơ gia hạn sử dụng đất trực tuyến",
        "intro": "<p>Tổ chức nộp hồ sơ chậm nhất 6 tháng trước khi hết thời hạn sử dụng đất.</p>",
        "confirmation_text": "<p>Kết quả được gửi qua thư điện tử và qua bưu chính nếu tổ chức yêu cầu.</p>",
        "sections": [
            section(
                "I. Tổ chức sử dụng đất",
                [
                    field("Tên tổ chức sử dụng đất", "singleline", message="Nhập tên tổ chức sử dụng đất"),
                    field(
                        "Mã số doanh nghiệp",
                        "singleline",
                        max_length=14,
                        help_text="Hoặc mã số thuế của tổ chức.",
                        message="Nhập mã số doanh nghiệp",
                    ),
                ],
            ),
            section(
                "II. Thửa đất đề nghị gia hạn",
                [
                    field(
                        "Số phát hành Giấy chứng nhận",
                        "singleline",
                        help_text="Số seri in ở trang 1, ví dụ AA 01234567.",
                        message="Nhập số phát hành Giấy chứng nhận",
                    ),
                    field("Thửa đất số", "singleline", message="Nhập số thửa đất"),
                    field("Tờ bản đồ số", "singleline", message="Nhập số tờ bản đồ"),
                    field("Diện tích đề nghị gia hạn (m²)", "number", min_value=1, message="Nhập diện tích (m²)"),
                    field(
                        "Thời hạn đề nghị gia hạn (năm)",
                        "number",
                        min_value=1,
                        max_value=70,
                        message="Nhập số năm đề nghị gia hạn",
                    ),
                    field("Lý do đề nghị gia hạn", "multiline", max_length=2000),
                ],
            ),
        ],
        "documents": [
            document("Đơn xin gia hạn sử dụng đất", file_types="pdf, docx"),
            document("Giấy chứng nhận quyền sử dụng đất đã cấp", help_text="Ảnh chụp hoặc bản quét đủ các trang."),
            document("Văn bản điều chỉnh dự án đầu tư có thể hiện thời hạn (nếu có)", required=False),
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
        "sections": [
            section(
                "I. Bên kết hôn là công dân Việt Nam",
                [
                    field("Giới tính của công dân Việt Nam", "radio", choices=SEXES),
                    field(
                        "Ngày sinh của công dân Việt Nam",
                        "date",
                        min_age=("Giới tính của công dân Việt Nam", MARRIAGE_AGES),
                        help_text="Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi.",
                    ),
                    field(
                        "Nơi đăng ký kết hôn",
                        "radio",
                        choices=("UBND phường Trung tâm", "UBND xã Đông Hưng", "UBND xã Tây Sơn"),
                        help_text="Nơi thường trú của công dân Việt Nam.",
                    ),
                ],
            ),
            section(
                "II. Bên kết hôn là người nước ngoài",
                [
                    field(
                        "Họ và tên bên kết hôn còn lại",
                        "singleline",
                        help_text="Ghi như trong hộ chiếu.",
                        message="Nhập họ và tên bên kết hôn còn lại",
                    ),
                    field("Giới tính của bên kết hôn còn lại", "radio", choices=SEXES),
                    field(
                        "Ngày sinh của bên kết hôn còn lại",
                        "date",
                        min_age=("Giới tính của bên kết hôn còn lại", MARRIAGE_AGES),
                    ),
                    *nationality("bên kết hôn còn lại"),
                    field("Số hộ chiếu", "singleline", max_length=20, message="Nhập số hộ chiếu"),
                    field(
                        "Đã từng kết hôn và ly hôn",
                        "radio",
                        choices=(YES, NO),
                        help_text="Của một trong hai bên; nếu có, đính kèm bản án, quyết định ly hôn.",
                    ),
                ],
            ),
        ],
        "documents": [
            document("Tờ khai đăng ký kết hôn", file_types="pdf, docx"),
            document(
                "Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có thẩm quyền nước ngoài "
                "cấp (đã hợp pháp hóa lãnh sự và dịch sang tiếng Việt)"
            ),
            document(
                "Giấy xác nhận của tổ chức y tế có thẩm quyền rằng người đó không mắc bệnh tâm thần hoặc bệnh "
                "khác mà không có khả năng nhận thức, làm chủ hành vi"
            ),
            document(
                "Hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu của người nước ngoài",
                help_text="Trang có ảnh và thông tin cá nhân.",
            ),
            document("Bản án, quyết định ly hôn đã có hiệu lực (nếu đã từng kết hôn và ly hôn)", required=False),
        ],
    },
    "1.004204": {
        "title": "Nộp hồ sơ cấp đổi Giấy chứng nhận trực tuyến",
        "intro": "<p>Dành cho Giấy chứng nhận bị ố, nhòe, rách, hư hỏng hoặc cần đổi sang mẫu mới.</p>",
        "confirmation_text": "<p>Khi nhận Giấy chứng nhận mới, mang theo Giấy chứng nhận đã cấp để nộp lại.</p>",
        "sections": [
            section(
                "I. Giấy chứng nhận đã cấp",
                [
                    field(
                        "Số phát hành Giấy chứng nhận đã cấp",
                        "singleline",
                        message="Nhập số phát hành Giấy chứng nhận",
                    ),
                    field("Số vào sổ cấp Giấy chứng nhận", "singleline", required=False),
                ],
            ),
            section(
                "II. Thửa đất",
                [
                    field("Thửa đất số", "singleline", message="Nhập số thửa đất"),
                    field("Tờ bản đồ số", "singleline", message="Nhập số tờ bản đồ"),
                    field("Địa chỉ thửa đất", "singleline", message="Nhập địa chỉ thửa đất"),
                ],
            ),
            section(
                "III. Nội dung đề nghị",
                [
                    field(
                        "Lý do cấp đổi",
                        "radio",
                        choices=(
                            "Bị ố, nhòe, rách, hư hỏng",
                            "Đo đạc lại bản đồ địa chính",
                            "Đổi sang mẫu Giấy chứng nhận mới",
                        ),
                    ),
                    field("Hình thức nhận kết quả", "dropdown", choices=("Tại Bộ phận Một cửa", POST)),
                    field(
                        "Địa chỉ nhận kết quả qua bưu chính",
                        "singleline",
                        show_when=("Hình thức nhận kết quả", POST),
                        message="Nhập địa chỉ nhận kết quả",
                    ),
                ],
            ),
        ],
        "documents": [
            document("Đơn đăng ký biến động (đề nghị cấp đổi)", file_types="pdf, docx"),
            document("Giấy chứng nhận đã cấp", help_text="Ảnh chụp đủ các trang."),
        ],
    },
    "1.004859": {
        "title": "Nộp hồ sơ thay đổi, cải chính, bổ sung thông tin hộ tịch",
        "intro": "<p>Người từ đủ 9 tuổi trở lên cần có sự đồng ý khi thay đổi họ, chữ đệm, tên.</p>",
        "confirmation_text": "<p>Trích lục thay đổi, cải chính hộ tịch được gửi bản điện tử qua thư điện tử.</p>",
        "sections": [
            section(
                "I. Người có thông tin hộ tịch cần sửa",
                [
                    field("Họ và tên người có thông tin cần sửa", "singleline"),
                    field("Ngày sinh của người đó", "date", min_age=0),
                    field("Số định danh cá nhân của người đó", "id_number"),
                    field(
                        "Quan hệ với người nộp hồ sơ",
                        "dropdown",
                        choices=("Bản thân", "Cha", "Mẹ", "Người giám hộ"),
                    ),
                ],
            ),
            section(
                "II. Nội dung đề nghị",
                [
                    field(
                        "Nội dung yêu cầu",
                        "checkboxes",
                        choices=(
                            "Thay đổi thông tin hộ tịch",
                            "Cải chính thông tin hộ tịch",
                            "Bổ sung thông tin hộ tịch",
                        ),
                    ),
                    field("Thông tin hiện tại", "multiline", help_text="Như ghi trong giấy tờ hộ tịch."),
                    field("Thông tin đề nghị", "multiline"),
                    field("Lý do", "multiline", message="Nhập lý do đề nghị"),
                ],
            ),
        ],
        "documents": [
            document("Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", file_types="pdf, docx"),
            document("Giấy tờ hộ tịch cần thay đổi, cải chính, bổ sung (Giấy khai sinh, ...)"),
            document(
                "Giấy tờ làm căn cứ cho việc cải chính, bổ sung (học bạ, văn bằng, ...)",
                help_text="Ví dụ: học bạ, văn bằng, giấy khai sinh.",
            ),
        ],
    },
    "1.009648": {
        "title": "Nộp hồ sơ cấp Giấy chứng nhận đăng ký đầu tư",
        "intro": "<p>Nhà đầu tư hoặc người được ủy quyền kê khai; tài liệu bằng tiếng nước ngoài kèm bản dịch.</p>",
        "confirmation_text": "<p>Giấy chứng nhận đăng ký đầu tư được gửi bản điện tử và trả bản giấy theo yêu cầu.</p>",
        "sections": [
            section(
                "I. Nhà đầu tư",
                [
                    group(
                        "Các nhà đầu tư",
                        [
                            field("Tên nhà đầu tư", "singleline", message="Nhập tên nhà đầu tư"),
                            *nationality("nhà đầu tư"),
                            field(
                                "Số giấy tờ pháp lý",
                                "singleline",
                                help_text="Hộ chiếu của cá nhân, hoặc số đăng ký của tổ chức.",
                            ),
                            field("Tỷ lệ góp vốn (%)", "number", min_value=0, max_value=100),
                        ],
                        item_label="Nhà đầu tư",
                        min_items=1,
                        max_items=5,
                    ),
                    field(
                        "Thư điện tử của nhà đầu tư",
                        "email",
                        help_text="Nơi nhận thông báo của cơ quan đăng ký đầu tư.",
                    ),
                ],
            ),
            section(
                "II. Dự án đầu tư",
                [
                    field("Tên dự án đầu tư", "singleline"),
                    field("Địa điểm thực hiện dự án", "singleline"),
                    field("Mục tiêu và quy mô dự án", "multiline"),
                    field("Diện tích đất sử dụng (m²)", "number", min_value=1, required=False),
                ],
            ),
            section(
                "III. Vốn và tiến độ",
                [
                    field("Tổng vốn đầu tư (đồng)", "number", min_value=1),
                    field("Thời hạn hoạt động của dự án (năm)", "number", min_value=1, max_value=70),
                    field("Tiến độ thực hiện dự án", "multiline", help_text="Các mốc góp vốn, xây dựng, hoạt động."),
                ],
            ),
        ],
        "documents": [
            document("Văn bản đề nghị thực hiện dự án đầu tư", file_types="pdf, docx"),
            document("Đề xuất dự án đầu tư", file_types="pdf, docx", max_file_mb=20),
            document("Tài liệu về tư cách pháp lý của nhà đầu tư"),
            document("Tài liệu chứng minh năng lực tài chính của nhà đầu tư", file_types="pdf"),
            document("Bản sao giấy tờ về quyền sử dụng địa điểm (thỏa thuận thuê đất, thuê nhà xưởng, ...)"),
        ],
    },
    "1.005301": {
        "title": "Nộp hồ sơ đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh",
        "intro": "<p>Đơn vị trình khen nộp hồ sơ sau khi Hội đồng thi đua, khen thưởng cấp mình đã họp xét.</p>",
        "confirmation_text": "<p>Bản chính tờ trình và biên bản họp xét nộp tại Bộ phận Một cửa theo lịch hẹn.</p>",
        "sections": [
            section(
                "I. Cơ quan, đơn vị trình khen",
                [
                    field("Tên cơ quan, đơn vị trình khen", "singleline"),
                    field(
                        "Số điện thoại người liên hệ",
                        "phone",
                        help_text="Cán bộ phụ trách thi đua của đơn vị.",
                    ),
                ],
            ),
            section(
                "II. Tập thể, cá nhân được đề nghị khen thưởng",
                [
                    group(
                        "Danh sách đề nghị khen thưởng",
                        [
                            field("Đối tượng", "radio", choices=("Tập thể", "Cá nhân")),
                            field("Tên tập thể hoặc họ và tên cá nhân", "singleline"),
                            field(
                                "Chức vụ, đơn vị công tác",
                                "singleline",
                                show_when=("Đối tượng", "Cá nhân"),
                            ),
                            field("Tóm tắt thành tích", "multiline", max_length=1000),
                        ],
                        item_label="Người hoặc tập thể được đề nghị",
                        min_items=1,
                        max_items=20,
                    ),
                ],
            ),
        ],
        "documents": [
            document("Tờ trình đề nghị khen thưởng của cơ quan, đơn vị", file_types="pdf"),
            document("Biên bản họp xét của Hội đồng thi đua, khen thưởng cấp trình", file_types="pdf"),
            document(
                "Báo cáo thành tích của tập thể được đề nghị khen thưởng",
                required=False,
                file_types="pdf, docx",
                help_text="Khi đề nghị khen thưởng tập thể.",
            ),
            document(
                "Báo cáo thành tích của cá nhân được đề nghị khen thưởng",
                required=False,
                file_types="pdf, docx",
                help_text="Khi đề nghị khen thưởng cá nhân.",
            ),
        ],
    },
}


def _raw_field(spec):
    return raw_field(**{key: value for key, value in spec.items() if key != "kind"})


def _raw_item(spec):
    if spec["kind"] == "group":
        fields = [_raw_field(inner) for inner in spec["fields"]]
        options = {key: spec[key] for key in ("item_label", "min_items", "max_items", "help_text")}
        return "group", raw_group(spec["label"], fields, **options)
    return "field", _raw_field(spec)


def stream_data(spec):
    """``(sections, documents)``: a spec as the page's StreamField data."""
    sections = [
        raw_section(part["title"], [_raw_item(item) for item in part["items"]], help_text=part["help_text"])
        for part in spec["sections"]
    ]
    documents = [
        raw_slot(
            slot["name"],
            required=slot["required"],
            file_types=slot["file_types"],
            max_file_mb=slot["max_file_mb"],
            help_text=slot["help_text"],
        )
        for slot in spec["documents"]
    ]
    return sections, documents


def ensure_online_forms():
    """Creates and publishes the forms; a procedure missing, no longer online or already with a form is left alone.
    Returns how many form pages this run created."""
    created = 0
    for code, spec in {**ONLINE_FORMS, **MORE_ONLINE_FORMS}.items():
        procedure = ProcedurePage.objects.filter(procedure_code=code).first()
        if (
            procedure is None
            or not procedure.accepts_online_submission
            or OnlineFormPage.objects.child_of(procedure).exists()
        ):
            continue
        sections, documents = stream_data(spec)
        page = OnlineFormPage(
            title=spec["title"],
            slug=SLUG,
            intro=spec["intro"],
            confirmation_text=spec["confirmation_text"],
            sections=sections,
            documents=documents,
        )
        procedure.add_child(instance=page)
        page.save_revision().publish()
        created += 1
    return created
