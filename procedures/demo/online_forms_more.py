"""The online forms of the 18 demo procedures ``online_forms.ONLINE_FORMS`` does not cover, each following the
procedure's paper declaration (tờ khai, đơn, văn bản đề nghị) section by section, in the format of
``procedures.demo.form_spec``. The applicant block (name, identity, address, phone, email, or an organisation and its
representative) is on every form already, so a section here asks only what the declaration adds to it. ``documents``
lists every document the procedure page lists, by the page's exact name; a document the page marks "nếu có", or
needed only in a named case ("khi …", "trường hợp …"), is optional."""

from procedures.demo.form_spec import NO, YES, document, field, group, nationality, section

# Land-use purposes (Luật Đất đai 2024, Điều 9) an organisation or a household is most likely to declare.
LAND_USES = (
    "Đất ở tại đô thị",
    "Đất ở tại nông thôn",
    "Đất xây dựng trụ sở cơ quan",
    "Đất xây dựng công trình sự nghiệp",
    "Đất thương mại, dịch vụ",
    "Đất cơ sở sản xuất phi nông nghiệp",
    "Đất khu công nghiệp, cụm công nghiệp",
    "Đất sử dụng vào mục đích công cộng",
    "Đất trồng cây hằng năm",
    "Đất trồng cây lâu năm",
    "Đất nuôi trồng thủy sản",
    "Đất nông nghiệp khác",
)
FOREIGN_BY_AGREEMENT = "Quốc tịch nước ngoài theo thỏa thuận của cha, mẹ"
PARENT_RELATIONS = ("Bản thân", "Cha", "Mẹ", "Người giám hộ", "Người được ủy quyền")

LAND_PLEDGE = (
    "Tôi cam kết những nội dung kê khai trên là đúng sự thật, sử dụng đất đúng mục đích, chấp hành pháp luật về đất "
    "đai và nộp đủ, đúng hạn nghĩa vụ tài chính."
)
# Where an organisation names itself: the applicant block, not the declaration's own lines.
AS_ORGANISATION = (
    "<p>Cơ quan, tổ chức nộp hồ sơ chọn “Tổ chức” ở phần thông tin người nộp hồ sơ và khai tại đó tên, mã số "
    "doanh nghiệp hoặc mã số thuế và người đại diện.</p>"
)
CIVIL_PLEDGE = (
    "Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về lời cam đoan "
    "của mình."
)
INVESTOR_PLEDGE = (
    "Nhà đầu tư cam kết chịu trách nhiệm về tính hợp pháp, chính xác, trung thực của hồ sơ và tuân thủ pháp luật "
    "Việt Nam."
)


def _yes_no(label, *, message="", help_text=""):
    return field(label, "radio", choices=(YES, NO), message=message, help_text=help_text)


def _pledge(title, text):
    """The closing undertaking of the paper declaration, ticked rather than signed."""
    return section(
        title,
        [
            field(
                f"{title} của người nộp hồ sơ",
                "checkboxes",
                choices=(text,),
                message=f"Đánh dấu vào lời {title.lower()}",
            )
        ],
    )


def _person(owner, *, min_age=0, required=True):
    """The lines a civil-status declaration asks of each person it names (a parent, a spouse, the one recognised),
    suffixed with whom they are about so that every label of the form stays its own."""
    return [
        field(
            f"Họ, chữ đệm, tên của {owner}",
            "singleline",
            required=required,
            message=f"Nhập họ, chữ đệm, tên của {owner}",
            help_text="Ghi như trong giấy tờ tùy thân; người nước ngoài ghi như trong hộ chiếu.",
        ),
        field(
            f"Ngày, tháng, năm sinh của {owner}",
            "date",
            required=required,
            min_age=min_age,
            message=f"Nhập ngày, tháng, năm sinh của {owner}",
        ),
        field(f"Dân tộc của {owner}", "singleline", required=False, help_text="Người nước ngoài bỏ trống."),
        *nationality(owner, required=required),
        field(
            f"Giấy tờ tùy thân của {owner}",
            "singleline",
            required=required,
            message=f"Nhập loại và số giấy tờ tùy thân của {owner}",
            help_text="Loại và số: thẻ căn cước, hộ chiếu hoặc giấy tờ thay hộ chiếu.",
        ),
        field(f"Nơi cư trú của {owner}", "singleline", required=required, message=f"Nhập nơi cư trú của {owner}"),
    ]


def _parcel(area_label="Diện tích thửa đất (m²)"):
    """Where a parcel is, as the cadastral map and the certificate name it."""
    return [
        field(
            "Thửa đất số",
            "singleline",
            message="Nhập số thửa đất",
            help_text="Theo bản đồ địa chính hoặc Giấy chứng nhận đã cấp.",
        ),
        field("Tờ bản đồ số", "singleline", message="Nhập số tờ bản đồ"),
        field(
            "Địa chỉ thửa đất",
            "singleline",
            message="Nhập địa chỉ thửa đất",
            help_text="Số nhà, đường, tổ dân phố hoặc thôn, xã, phường.",
        ),
        field(area_label, "number", min_value=1, message="Nhập diện tích (m²)"),
    ]


def _certificate():
    """The land-use right certificate already issued, by the numbers printed on it."""
    return [
        field(
            "Số phát hành Giấy chứng nhận",
            "singleline",
            message="Nhập số phát hành Giấy chứng nhận",
            help_text="Số seri in ở trang 1, ví dụ AA 01234567.",
        ),
        field("Số vào sổ cấp Giấy chứng nhận", "singleline", message="Nhập số vào sổ cấp Giấy chứng nhận"),
    ]


def _submission():
    """The nominating body's submission (tờ trình); the body itself is the applicant, an organisation."""
    return section(
        "I. Tờ trình đề nghị khen thưởng",
        [
            field("Số tờ trình", "singleline", message="Nhập số tờ trình", help_text="Ví dụ: 25/TTr-UBND."),
            field("Ngày ký tờ trình", "date", message="Nhập ngày ký tờ trình"),
        ],
    )


MORE_ONLINE_FORMS = {
    # ---------------------------------------------------------------------------------------------------------------
    # Land: allocation, lease, change of purpose (đơn theo Mẫu số 02a, Nghị định 102/2024/NĐ-CP)
    # ---------------------------------------------------------------------------------------------------------------
    "1.004101": {
        "title": "Nộp hồ sơ xin giao đất, cho thuê đất trực tuyến",
        "intro": (
            "<p>Tổ chức kê khai theo đơn xin giao đất, cho thuê đất (Mẫu số 02a). Khu đất phải phù hợp quy hoạch, "
            "kế hoạch sử dụng đất đã được phê duyệt.</p>" + AS_ORGANISATION
        ),
        "confirmation_text": (
            "<p>Sở Nông nghiệp và Môi trường sẽ hẹn ngày kiểm tra thực địa. Quyết định giao đất, cho thuê đất được "
            "gửi bản điện tử; bản chính trao khi bàn giao đất.</p>"
        ),
        "sections": [
            section(
                "I. Khu đất xin giao, thuê",
                [
                    field("Thửa đất số", "singleline", required=False, help_text="Nếu khu đất đã có số thửa."),
                    field("Tờ bản đồ số", "singleline", required=False),
                    field(
                        "Vị trí khu đất",
                        "singleline",
                        message="Nhập vị trí khu đất",
                        help_text="Xứ đồng, khu vực, xã, phường nơi có đất.",
                    ),
                    field("Diện tích đất xin giao, thuê (m²)", "number", min_value=1, message="Nhập diện tích"),
                    field("Mục đích sử dụng đất", "dropdown", choices=LAND_USES, message="Chọn mục đích sử dụng đất"),
                ],
            ),
            section(
                "II. Hình thức và thời hạn sử dụng đất",
                [
                    field(
                        "Hình thức sử dụng đất",
                        "radio",
                        choices=("Giao đất có thu tiền sử dụng đất", "Giao đất không thu tiền sử dụng đất", "Thuê đất"),
                        message="Chọn hình thức sử dụng đất",
                    ),
                    field(
                        "Hình thức trả tiền thuê đất",
                        "radio",
                        choices=("Trả tiền thuê đất hằng năm", "Trả tiền thuê đất một lần cho cả thời gian thuê"),
                        show_when=("Hình thức sử dụng đất", "Thuê đất"),
                        message="Chọn hình thức trả tiền thuê đất",
                    ),
                    field(
                        "Thời hạn sử dụng đất đề nghị (năm)",
                        "number",
                        min_value=1,
                        max_value=70,
                        message="Nhập thời hạn sử dụng đất",
                        help_text="Theo thời hạn hoạt động của dự án, không quá 70 năm.",
                    ),
                ],
            ),
            section(
                "III. Dự án đầu tư sử dụng đất",
                [
                    field("Tên dự án đầu tư", "singleline", message="Nhập tên dự án đầu tư"),
                    _yes_no(
                        "Dự án đã có văn bản chấp thuận chủ trương đầu tư hoặc Giấy chứng nhận đăng ký đầu tư",
                        message="Chọn có hoặc không",
                    ),
                    field(
                        "Số, ngày văn bản chấp thuận chủ trương đầu tư hoặc Giấy chứng nhận đăng ký đầu tư",
                        "singleline",
                        show_when=(
                            "Dự án đã có văn bản chấp thuận chủ trương đầu tư hoặc Giấy chứng nhận đăng ký đầu tư",
                            YES,
                        ),
                        message="Nhập số và ngày của văn bản",
                    ),
                ],
            ),
            _pledge("Cam kết", LAND_PLEDGE),
        ],
        "documents": [
            document("Đơn xin giao đất, cho thuê đất", file_types="pdf, docx"),
            document(
                "Văn bản chấp thuận chủ trương đầu tư hoặc Giấy chứng nhận đăng ký đầu tư (nếu có)", required=False
            ),
            document("Trích lục bản đồ địa chính hoặc trích đo địa chính thửa đất"),
            document("Báo cáo thuyết minh dự án đầu tư", file_types="pdf, docx", max_file_mb=20),
        ],
    },
    "1.004102": {
        "title": "Nộp hồ sơ xin chuyển mục đích sử dụng đất trực tuyến",
        "intro": (
            "<p>Tổ chức đang sử dụng đất kê khai theo đơn xin cho phép chuyển mục đích sử dụng đất (Mẫu số 02a), "
            "theo thông tin trên Giấy chứng nhận đã cấp.</p>" + AS_ORGANISATION
        ),
        "confirmation_text": (
            "<p>Sau khi có quyết định cho phép chuyển mục đích, tổ chức nộp tiền sử dụng đất, tiền thuê đất theo "
            "thông báo của cơ quan thuế.</p>"
        ),
        "sections": [
            section("I. Thửa đất xin chuyển mục đích", [*_certificate(), *_parcel()]),
            section(
                "II. Mục đích sử dụng đất",
                [
                    field(
                        "Mục đích sử dụng đất hiện nay",
                        "dropdown",
                        choices=LAND_USES,
                        message="Chọn mục đích sử dụng đất hiện nay",
                    ),
                    field(
                        "Mục đích sử dụng đất xin chuyển sang",
                        "dropdown",
                        choices=LAND_USES,
                        message="Chọn mục đích sử dụng đất xin chuyển sang",
                    ),
                    field(
                        "Diện tích xin chuyển mục đích (m²)",
                        "number",
                        min_value=1,
                        message="Nhập diện tích xin chuyển mục đích",
                    ),
                    field(
                        "Thời hạn sử dụng đất sau khi chuyển (năm)",
                        "number",
                        min_value=1,
                        max_value=70,
                        message="Nhập thời hạn sử dụng đất",
                    ),
                    field("Lý do chuyển mục đích sử dụng đất", "multiline", message="Nhập lý do chuyển mục đích"),
                ],
            ),
            section(
                "III. Dự án đầu tư",
                [
                    _yes_no("Chuyển mục đích để thực hiện dự án đầu tư", message="Chọn có hoặc không"),
                    field(
                        "Tên dự án đầu tư",
                        "singleline",
                        show_when=("Chuyển mục đích để thực hiện dự án đầu tư", YES),
                        message="Nhập tên dự án đầu tư",
                    ),
                    field(
                        "Số, ngày văn bản chấp thuận chủ trương đầu tư",
                        "singleline",
                        show_when=("Chuyển mục đích để thực hiện dự án đầu tư", YES),
                        message="Nhập số và ngày của văn bản chấp thuận",
                    ),
                ],
            ),
            _pledge("Cam kết", LAND_PLEDGE),
        ],
        "documents": [
            document("Đơn xin chuyển mục đích sử dụng đất", file_types="pdf, docx"),
            document("Giấy chứng nhận quyền sử dụng đất đã cấp", help_text="Ảnh chụp hoặc bản quét đủ các trang."),
            document("Văn bản chấp thuận chủ trương đầu tư (trường hợp thực hiện dự án)", required=False),
        ],
    },
    "1.004105": {
        "title": "Nộp hồ sơ đề nghị điều chỉnh quyết định giao đất, cho thuê đất",
        "intro": (
            "<p>Dành cho tổ chức đã có quyết định thu hồi đất, giao đất, cho thuê đất hoặc cho phép chuyển mục đích "
            "sử dụng đất cần điều chỉnh nội dung quyết định.</p>" + AS_ORGANISATION
        ),
        "confirmation_text": "<p>Quyết định điều chỉnh của UBND tỉnh được gửi bản điện tử qua thư điện tử.</p>",
        "sections": [
            section(
                "I. Quyết định đề nghị điều chỉnh",
                [
                    field(
                        "Loại quyết định",
                        "dropdown",
                        choices=(
                            "Quyết định thu hồi đất",
                            "Quyết định giao đất",
                            "Quyết định cho thuê đất",
                            "Quyết định cho phép chuyển mục đích sử dụng đất",
                        ),
                        message="Chọn loại quyết định",
                    ),
                    field(
                        "Số quyết định", "singleline", message="Nhập số quyết định", help_text="Ví dụ: 1234/QĐ-UBND."
                    ),
                    field("Ngày ban hành quyết định", "date", message="Nhập ngày ban hành quyết định"),
                    field("Vị trí khu đất", "singleline", message="Nhập vị trí khu đất"),
                    field("Diện tích theo quyết định (m²)", "number", min_value=1, message="Nhập diện tích"),
                ],
            ),
            section(
                "II. Nội dung đề nghị điều chỉnh",
                [
                    group(
                        "Nội dung điều chỉnh",
                        [
                            field(
                                "Mục cần điều chỉnh",
                                "dropdown",
                                choices=(
                                    "Tên người sử dụng đất",
                                    "Vị trí, diện tích khu đất",
                                    "Mục đích sử dụng đất",
                                    "Thời hạn sử dụng đất",
                                    "Hình thức giao đất, cho thuê đất",
                                    "Nội dung khác",
                                ),
                                message="Chọn mục cần điều chỉnh",
                            ),
                            field("Nội dung đã ghi trong quyết định", "multiline", message="Nhập nội dung đã ghi"),
                            field("Nội dung đề nghị điều chỉnh", "multiline", message="Nhập nội dung đề nghị"),
                        ],
                        item_label="Nội dung",
                        min_items=1,
                        max_items=6,
                    ),
                    field("Lý do điều chỉnh", "multiline", message="Nhập lý do điều chỉnh"),
                    _yes_no("Dự án đầu tư đã được điều chỉnh", message="Chọn có hoặc không"),
                    field(
                        "Số, ngày văn bản điều chỉnh dự án đầu tư",
                        "singleline",
                        show_when=("Dự án đầu tư đã được điều chỉnh", YES),
                        message="Nhập số và ngày của văn bản điều chỉnh",
                    ),
                ],
            ),
            _pledge("Cam kết", LAND_PLEDGE),
        ],
        "documents": [
            document("Đơn đề nghị điều chỉnh quyết định", file_types="pdf, docx"),
            document("Quyết định giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất đã ban hành"),
            document("Văn bản điều chỉnh dự án đầu tư (nếu có)", required=False),
        ],
    },
    # ---------------------------------------------------------------------------------------------------------------
    # Civil status with foreign elements (tờ khai theo Thông tư 04/2020/TT-BTP)
    # ---------------------------------------------------------------------------------------------------------------
    "1.001695": {
        "title": "Nộp hồ sơ đăng ký khai sinh có yếu tố nước ngoài",
        "intro": (
            "<p>Cha, mẹ hoặc người thân thích khai theo tờ khai đăng ký khai sinh. Giấy tờ do nước ngoài cấp phải "
            "được hợp pháp hóa lãnh sự và dịch sang tiếng Việt.</p>"
        ),
        "confirmation_text": (
            "<p>Khi nhận Giấy khai sinh, người đi đăng ký mang theo bản chính Giấy chứng sinh và hộ chiếu hoặc thẻ "
            "căn cước của cha, mẹ để đối chiếu.</p>"
        ),
        "sections": [
            section(
                "I. Người yêu cầu",
                [
                    field(
                        "Quan hệ với người được khai sinh",
                        "dropdown",
                        choices=("Cha", "Mẹ", "Ông", "Bà", "Người thân thích khác"),
                        message="Chọn quan hệ với người được khai sinh",
                    ),
                ],
            ),
            section(
                "II. Người được khai sinh",
                [
                    field(
                        "Họ, chữ đệm, tên của trẻ",
                        "singleline",
                        message="Nhập họ, chữ đệm, tên của trẻ",
                        help_text="Theo thỏa thuận của cha, mẹ.",
                    ),
                    field("Ngày, tháng, năm sinh của trẻ", "date", min_age=0, message="Nhập ngày sinh của trẻ"),
                    field("Giới tính của trẻ", "radio", choices=("Nam", "Nữ"), message="Chọn giới tính của trẻ"),
                    field("Dân tộc của trẻ", "singleline", message="Nhập dân tộc của trẻ"),
                    field(
                        "Quốc tịch của trẻ",
                        "radio",
                        choices=("Việt Nam", FOREIGN_BY_AGREEMENT),
                        message="Chọn quốc tịch của trẻ",
                    ),
                    field(
                        "Quốc tịch nước ngoài của trẻ (ghi rõ)",
                        "singleline",
                        show_when=("Quốc tịch của trẻ", FOREIGN_BY_AGREEMENT),
                        message="Nhập quốc tịch nước ngoài của trẻ",
                    ),
                    field(
                        "Nơi sinh",
                        "singleline",
                        message="Nhập nơi sinh",
                        help_text="Tên cơ sở y tế và địa chỉ; sinh ngoài cơ sở y tế thì ghi địa chỉ nơi sinh.",
                    ),
                    field("Quê quán", "singleline", message="Nhập quê quán"),
                ],
            ),
            section("III. Người mẹ", _person("người mẹ")),
            section(
                "IV. Người cha",
                _person("người cha", required=False),
                help_text="Bỏ trống nếu chưa xác định được người cha.",
            ),
            _pledge("Cam đoan", CIVIL_PLEDGE),
        ],
        "documents": [
            document("Tờ khai đăng ký khai sinh", file_types="pdf, docx"),
            document("Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh"),
            document(
                "Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con (khi cha hoặc mẹ là người nước ngoài)",
                required=False,
            ),
            document("Hộ chiếu hoặc thẻ căn cước của cha, mẹ (xuất trình)", help_text="Trang có ảnh và thông tin."),
        ],
    },
    "1.001669": {
        "title": "Nộp hồ sơ ghi chú kết hôn đã đăng ký ở nước ngoài",
        "intro": (
            "<p>Công dân Việt Nam đã kết hôn tại cơ quan có thẩm quyền của nước ngoài khai theo tờ khai ghi chú kết "
            "hôn. Giấy tờ nước ngoài phải được hợp pháp hóa lãnh sự và dịch sang tiếng Việt.</p>"
        ),
        "confirmation_text": "<p>Trích lục ghi chú kết hôn được gửi bản điện tử và trả bản giấy theo lịch hẹn.</p>",
        "sections": [
            section("I. Bên nữ", _person("bên nữ", min_age=18)),
            section("II. Bên nam", _person("bên nam", min_age=20)),
            section(
                "III. Việc kết hôn đã đăng ký ở nước ngoài",
                [
                    field(
                        "Cơ quan đã đăng ký kết hôn",
                        "singleline",
                        message="Nhập tên cơ quan đã đăng ký kết hôn",
                        help_text="Ghi đủ tên cơ quan và tên nước.",
                    ),
                    field("Số giấy chứng nhận kết hôn", "singleline", message="Nhập số giấy chứng nhận kết hôn"),
                    field("Ngày đăng ký kết hôn", "date", message="Nhập ngày đăng ký kết hôn"),
                    _yes_no("Trước đó đã ly hôn ở nước ngoài", message="Chọn có hoặc không"),
                    field(
                        "Số, ngày trích lục ghi chú ly hôn",
                        "singleline",
                        show_when=("Trước đó đã ly hôn ở nước ngoài", YES),
                        message="Nhập số và ngày của trích lục ghi chú ly hôn",
                    ),
                ],
            ),
            _pledge("Cam đoan", CIVIL_PLEDGE),
        ],
        "documents": [
            document("Tờ khai ghi chú kết hôn", file_types="pdf, docx"),
            document(
                "Giấy tờ chứng nhận việc kết hôn do cơ quan có thẩm quyền nước ngoài cấp "
                "(đã hợp pháp hóa lãnh sự và dịch sang tiếng Việt)"
            ),
            document("Giấy tờ ghi chú ly hôn (nếu trước đó đã ly hôn ở nước ngoài)", required=False),
        ],
    },
    "1.001680": {
        "title": "Nộp hồ sơ đăng ký nhận cha, mẹ, con có yếu tố nước ngoài",
        "intro": (
            "<p>Người nhận và người được nhận cùng khai theo tờ khai đăng ký nhận cha, mẹ, con; người được nhận đã "
            "thành niên phải đồng ý.</p>"
        ),
        "confirmation_text": (
            "<p>Khi đăng ký, người nhận và người được nhận cùng có mặt; mang theo bản chính các giấy tờ đã đính "
            "kèm.</p>"
        ),
        "sections": [
            section(
                "I. Nội dung đăng ký",
                [
                    field(
                        "Nội dung đăng ký",
                        "radio",
                        choices=("Nhận cha", "Nhận mẹ", "Nhận con"),
                        message="Chọn nội dung đăng ký",
                    ),
                ],
            ),
            section("II. Người nhận", _person("người nhận")),
            section("III. Người được nhận", _person("người được nhận")),
            section(
                "IV. Khai sinh của người con",
                [
                    field("Số đăng ký khai sinh của người con", "singleline", message="Nhập số đăng ký khai sinh"),
                    field(
                        "Nơi đăng ký khai sinh của người con",
                        "singleline",
                        message="Nhập nơi đăng ký khai sinh",
                        help_text="Tên cơ quan đã đăng ký khai sinh.",
                    ),
                ],
            ),
            _pledge("Cam đoan", CIVIL_PLEDGE),
        ],
        "documents": [
            document("Tờ khai đăng ký nhận cha, mẹ, con", file_types="pdf, docx"),
            document("Văn bản giám định ADN hoặc chứng cứ khác chứng minh quan hệ cha, mẹ, con"),
            document("Hộ chiếu hoặc giấy tờ thay hộ chiếu của người nước ngoài"),
        ],
    },
    # ---------------------------------------------------------------------------------------------------------------
    # Land registration and certificates (Mẫu số 04/ĐK, 11/ĐK, Nghị định 101/2024/NĐ-CP)
    # ---------------------------------------------------------------------------------------------------------------
    "1.004201": {
        "title": "Nộp hồ sơ đăng ký đất đai, cấp Giấy chứng nhận lần đầu cho tổ chức",
        "intro": "<p>Tổ chức kê khai theo đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 04/ĐK).</p>",
        "confirmation_text": (
            "<p>Văn phòng Đăng ký đất đai sẽ hẹn ngày kiểm tra hiện trạng. Giấy chứng nhận được trao sau khi tổ "
            "chức hoàn thành nghĩa vụ tài chính.</p>"
        ),
        "sections": [
            section(
                "I. Thửa đất đăng ký",
                [
                    *_parcel(),
                    field("Mục đích sử dụng đất", "dropdown", choices=LAND_USES, message="Chọn mục đích sử dụng đất"),
                    field(
                        "Thời hạn sử dụng đất",
                        "radio",
                        choices=("Lâu dài", "Có thời hạn"),
                        message="Chọn thời hạn sử dụng đất",
                    ),
                    field(
                        "Sử dụng đến ngày",
                        "date",
                        show_when=("Thời hạn sử dụng đất", "Có thời hạn"),
                        message="Nhập ngày hết thời hạn sử dụng đất",
                    ),
                    field(
                        "Nguồn gốc sử dụng đất",
                        "dropdown",
                        choices=(
                            "Nhà nước giao đất có thu tiền sử dụng đất",
                            "Nhà nước giao đất không thu tiền sử dụng đất",
                            "Nhà nước cho thuê đất trả tiền một lần",
                            "Nhà nước cho thuê đất trả tiền hằng năm",
                            "Nhận chuyển nhượng, nhận góp vốn bằng quyền sử dụng đất",
                            "Nguồn gốc khác",
                        ),
                        message="Chọn nguồn gốc sử dụng đất",
                    ),
                ],
            ),
            section(
                "II. Tài sản gắn liền với đất",
                [
                    group(
                        "Công trình xây dựng đăng ký",
                        [
                            field("Tên công trình", "singleline", message="Nhập tên công trình"),
                            field("Diện tích xây dựng (m²)", "number", min_value=1, message="Nhập diện tích xây dựng"),
                            field("Diện tích sàn (m²)", "number", min_value=1, message="Nhập diện tích sàn"),
                            field("Số tầng", "number", min_value=1, max_value=100, message="Nhập số tầng"),
                        ],
                        item_label="Công trình",
                        min_items=0,
                        max_items=20,
                        help_text="Bỏ qua nếu chỉ đăng ký đất đai.",
                    ),
                ],
            ),
            section(
                "III. Đề nghị",
                [
                    field(
                        "Đề nghị cấp Giấy chứng nhận",
                        "radio",
                        choices=("Đăng ký và cấp Giấy chứng nhận", "Chỉ đăng ký đất đai, tài sản"),
                        message="Chọn nội dung đề nghị",
                    ),
                ],
            ),
            _pledge("Cam kết", LAND_PLEDGE),
        ],
        "documents": [
            document("Đơn đăng ký đất đai, tài sản gắn liền với đất", file_types="pdf, docx"),
            document("Quyết định giao đất, cho thuê đất hoặc giấy tờ về quyền sử dụng đất"),
            document("Giấy phép xây dựng, hồ sơ hoàn công công trình (nếu đăng ký tài sản)", required=False),
            document("Chứng từ thực hiện nghĩa vụ tài chính (nếu có)", required=False),
        ],
    },
    "1.004202": {
        "title": "Nộp hồ sơ đăng ký đất đai, cấp Giấy chứng nhận lần đầu cho cá nhân",
        "intro": (
            "<p>Cá nhân, hộ gia đình, cộng đồng dân cư kê khai theo đơn đăng ký đất đai, tài sản gắn liền với đất "
            "(Mẫu số 04/ĐK). Người cùng sử dụng đất được ghi tên trên Giấy chứng nhận.</p>" + AS_ORGANISATION
        ),
        "confirmation_text": (
            "<p>UBND phường sẽ niêm yết công khai kết quả kiểm tra hồ sơ trong 15 ngày trước khi chuyển Văn phòng "
            "Đăng ký đất đai.</p>"
        ),
        "sections": [
            section(
                "I. Người sử dụng đất",
                [
                    field(
                        "Người đăng ký",
                        "radio",
                        choices=("Cá nhân", "Vợ và chồng", "Nhiều người cùng sử dụng", "Cộng đồng dân cư"),
                        message="Chọn người đăng ký",
                    ),
                    field(
                        "Tên cộng đồng dân cư",
                        "singleline",
                        show_when=("Người đăng ký", "Cộng đồng dân cư"),
                        message="Nhập tên cộng đồng dân cư",
                    ),
                    group(
                        "Người cùng sử dụng đất, cùng sở hữu tài sản",
                        [
                            field("Họ và tên", "singleline", message="Nhập họ và tên người cùng sử dụng đất"),
                            field("Số định danh cá nhân", "id_number", message="Nhập số định danh cá nhân"),
                            field(
                                "Quan hệ với người nộp hồ sơ",
                                "dropdown",
                                choices=("Vợ", "Chồng", "Con", "Cha", "Mẹ", "Anh, chị, em", "Quan hệ khác"),
                                message="Chọn quan hệ với người nộp hồ sơ",
                            ),
                        ],
                        item_label="Người cùng sử dụng",
                        min_items=0,
                        max_items=10,
                        help_text="Ghi từng người cùng có tên trên Giấy chứng nhận, trừ người nộp hồ sơ.",
                    ),
                ],
            ),
            section(
                "II. Thửa đất đăng ký",
                [
                    *_parcel(),
                    field("Mục đích sử dụng đất", "dropdown", choices=LAND_USES, message="Chọn mục đích sử dụng đất"),
                    field(
                        "Nguồn gốc sử dụng đất",
                        "dropdown",
                        choices=(
                            "Được Nhà nước giao, cho thuê",
                            "Nhận chuyển nhượng, tặng cho, thừa kế",
                            "Sử dụng ổn định trước ngày 01/7/2014, không có giấy tờ",
                            "Nguồn gốc khác",
                        ),
                        message="Chọn nguồn gốc sử dụng đất",
                    ),
                    field("Thời điểm bắt đầu sử dụng đất", "date", message="Nhập thời điểm bắt đầu sử dụng đất"),
                ],
            ),
            section(
                "III. Nhà ở, công trình trên đất",
                [
                    _yes_no("Có nhà ở, công trình xây dựng trên đất", message="Chọn có hoặc không"),
                    field(
                        "Loại nhà ở, công trình",
                        "singleline",
                        show_when=("Có nhà ở, công trình xây dựng trên đất", YES),
                        message="Nhập loại nhà ở, công trình",
                        help_text="Ví dụ: nhà ở riêng lẻ, nhà xưởng.",
                    ),
                    field(
                        "Diện tích xây dựng (m²)",
                        "number",
                        min_value=1,
                        show_when=("Có nhà ở, công trình xây dựng trên đất", YES),
                        message="Nhập diện tích xây dựng",
                    ),
                    field(
                        "Diện tích sàn (m²)",
                        "number",
                        min_value=1,
                        show_when=("Có nhà ở, công trình xây dựng trên đất", YES),
                        message="Nhập diện tích sàn",
                    ),
                    field(
                        "Số tầng",
                        "number",
                        min_value=1,
                        max_value=100,
                        show_when=("Có nhà ở, công trình xây dựng trên đất", YES),
                        message="Nhập số tầng",
                    ),
                ],
            ),
            section(
                "IV. Đề nghị",
                [
                    _yes_no(
                        "Đề nghị ghi nợ tiền sử dụng đất",
                        message="Chọn có hoặc không",
                        help_text="Nếu chưa có khả năng nộp ngay tiền sử dụng đất.",
                    ),
                ],
            ),
            _pledge("Cam kết", LAND_PLEDGE),
        ],
        "documents": [
            document("Đơn đăng ký đất đai, tài sản gắn liền với đất", file_types="pdf, docx"),
            document("Giấy tờ về quyền sử dụng đất (nếu có)", required=False),
            document("Giấy tờ về quyền sở hữu nhà ở (giấy phép xây dựng, hợp đồng mua bán, ...)"),
            document("Mảnh trích đo bản đồ địa chính thửa đất (nếu có)", required=False),
        ],
    },
    "1.004203": {
        "title": "Nộp hồ sơ đăng ký biến động do chuyển nhượng, tặng cho, thừa kế",
        "intro": (
            "<p>Bên nhận chuyển nhượng, nhận tặng cho, nhận thừa kế kê khai theo đơn đăng ký biến động đất đai "
            "(Mẫu số 11/ĐK), theo hợp đồng hoặc văn bản đã công chứng, chứng thực.</p>"
        ),
        "confirmation_text": (
            "<p>Cơ quan thuế sẽ gửi thông báo nộp thuế thu nhập cá nhân và lệ phí trước bạ (nếu phải nộp); mang "
            "theo Giấy chứng nhận đã cấp khi nhận kết quả.</p>"
        ),
        "sections": [
            section(
                "I. Giấy chứng nhận và thửa đất",
                [
                    *_certificate(),
                    *_parcel(),
                ],
            ),
            section(
                "II. Nội dung biến động",
                [
                    field(
                        "Hình thức biến động",
                        "radio",
                        choices=("Chuyển nhượng", "Tặng cho", "Thừa kế"),
                        message="Chọn hình thức biến động",
                    ),
                    field(
                        "Phạm vi chuyển quyền",
                        "radio",
                        choices=("Toàn bộ thửa đất", "Một phần thửa đất"),
                        message="Chọn phạm vi chuyển quyền",
                    ),
                    field(
                        "Diện tích chuyển quyền (m²)",
                        "number",
                        min_value=1,
                        show_when=("Phạm vi chuyển quyền", "Một phần thửa đất"),
                        message="Nhập diện tích chuyển quyền",
                    ),
                    field(
                        "Số hợp đồng, văn bản đã công chứng, chứng thực",
                        "singleline",
                        message="Nhập số hợp đồng, văn bản",
                    ),
                    field("Ngày công chứng, chứng thực", "date", message="Nhập ngày công chứng, chứng thực"),
                    field(
                        "Nơi công chứng, chứng thực",
                        "singleline",
                        message="Nhập tên tổ chức hành nghề công chứng hoặc UBND đã chứng thực",
                    ),
                ],
            ),
            section(
                "III. Bên chuyển quyền",
                [
                    field(
                        "Tên bên chuyển quyền",
                        "singleline",
                        message="Nhập tên bên chuyển quyền",
                        help_text="Thừa kế: người để lại di sản.",
                    ),
                    field(
                        "Số định danh cá nhân hoặc mã số doanh nghiệp của bên chuyển quyền",
                        "singleline",
                        message="Nhập số định danh cá nhân hoặc mã số doanh nghiệp",
                    ),
                ],
            ),
            section(
                "IV. Bên nhận quyền",
                [
                    group(
                        "Người nhận quyền",
                        [
                            field("Tên người nhận quyền", "singleline", message="Nhập tên người nhận quyền"),
                            field(
                                "Số định danh cá nhân hoặc mã số doanh nghiệp",
                                "singleline",
                                message="Nhập số định danh cá nhân hoặc mã số doanh nghiệp",
                            ),
                            field("Địa chỉ", "singleline", message="Nhập địa chỉ"),
                            field(
                                "Phần quyền được nhận",
                                "singleline",
                                required=False,
                                help_text="Ví dụ: 1/2 thửa đất, 60 m².",
                            ),
                        ],
                        item_label="Người nhận",
                        min_items=1,
                        max_items=10,
                        help_text="Ghi mọi người có tên trên hợp đồng, văn bản, kể cả người nộp hồ sơ.",
                    ),
                ],
            ),
            section(
                "V. Đề nghị",
                [
                    field(
                        "Hình thức ghi nhận biến động",
                        "radio",
                        choices=("Cấp mới Giấy chứng nhận", "Xác nhận trên Giấy chứng nhận đã cấp"),
                        message="Chọn hình thức ghi nhận biến động",
                    ),
                    _yes_no("Đề nghị miễn, giảm nghĩa vụ tài chính", message="Chọn có hoặc không"),
                    field(
                        "Lý do được miễn, giảm",
                        "multiline",
                        show_when=("Đề nghị miễn, giảm nghĩa vụ tài chính", YES),
                        message="Nhập lý do được miễn, giảm",
                        help_text="Ví dụ: chuyển nhượng giữa vợ và chồng, cha mẹ và con.",
                    ),
                ],
            ),
            _pledge("Cam kết", LAND_PLEDGE),
        ],
        "documents": [
            document("Đơn đăng ký biến động đất đai, tài sản gắn liền với đất", file_types="pdf, docx"),
            document("Hợp đồng, văn bản chuyển nhượng, tặng cho, thừa kế đã công chứng, chứng thực"),
            document("Giấy chứng nhận đã cấp", help_text="Ảnh chụp đủ các trang."),
            document("Giấy tờ chứng minh được miễn, giảm nghĩa vụ tài chính (nếu có)", required=False),
        ],
    },
    # ---------------------------------------------------------------------------------------------------------------
    # Civil status (tờ khai theo Thông tư 04/2020/TT-BTP)
    # ---------------------------------------------------------------------------------------------------------------
    "1.004860": {
        "title": "Nộp hồ sơ cải chính hộ tịch, xác định lại dân tộc",
        "intro": (
            "<p>Khai theo tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch. Ghi rõ từng nội dung "
            "đang ghi trong Giấy khai sinh và nội dung đề nghị sửa thành.</p>"
        ),
        "confirmation_text": (
            "<p>Trích lục thay đổi, cải chính hộ tịch, xác định lại dân tộc được gửi bản điện tử qua thư điện tử.</p>"
        ),
        "sections": [
            section(
                "I. Yêu cầu",
                [
                    field(
                        "Loại yêu cầu",
                        "radio",
                        choices=(
                            "Thay đổi thông tin hộ tịch",
                            "Cải chính thông tin hộ tịch",
                            "Bổ sung thông tin hộ tịch",
                            "Xác định lại dân tộc",
                        ),
                        message="Chọn loại yêu cầu",
                    ),
                    field(
                        "Quan hệ với người được cải chính",
                        "dropdown",
                        choices=PARENT_RELATIONS,
                        message="Chọn quan hệ với người được cải chính",
                    ),
                ],
            ),
            section(
                "II. Người được thay đổi, cải chính, xác định lại dân tộc",
                [
                    field("Họ, chữ đệm, tên của người được cải chính", "singleline", message="Nhập họ, chữ đệm, tên"),
                    field(
                        "Ngày, tháng, năm sinh của người được cải chính",
                        "date",
                        min_age=0,
                        message="Nhập ngày, tháng, năm sinh",
                    ),
                    field(
                        "Số định danh cá nhân hoặc số hộ chiếu",
                        "singleline",
                        message="Nhập số định danh cá nhân hoặc số hộ chiếu",
                    ),
                    field(
                        "Số, quyển đăng ký khai sinh",
                        "singleline",
                        message="Nhập số, quyển đăng ký khai sinh",
                        help_text="In trên Giấy khai sinh.",
                    ),
                    field("Ngày đăng ký khai sinh", "date", message="Nhập ngày đăng ký khai sinh"),
                    field("Cơ quan đã đăng ký khai sinh", "singleline", message="Nhập cơ quan đã đăng ký khai sinh"),
                ],
            ),
            section(
                "III. Nội dung đề nghị",
                [
                    group(
                        "Nội dung thay đổi, cải chính",
                        [
                            field(
                                "Thông tin cần sửa",
                                "dropdown",
                                choices=(
                                    "Họ, chữ đệm, tên",
                                    "Ngày, tháng, năm sinh",
                                    "Giới tính",
                                    "Dân tộc",
                                    "Quốc tịch",
                                    "Nơi sinh",
                                    "Quê quán",
                                    "Thông tin của cha, mẹ",
                                    "Thông tin khác",
                                ),
                                message="Chọn thông tin cần sửa",
                            ),
                            field("Nội dung đã đăng ký", "singleline", message="Nhập nội dung đã đăng ký"),
                            field("Nội dung đề nghị sửa thành", "singleline", message="Nhập nội dung đề nghị"),
                        ],
                        item_label="Nội dung",
                        min_items=1,
                        max_items=6,
                    ),
                    field("Lý do", "multiline", message="Nhập lý do"),
                    field(
                        "Dân tộc của cha đẻ",
                        "singleline",
                        show_when=("Loại yêu cầu", "Xác định lại dân tộc"),
                        message="Nhập dân tộc của cha đẻ",
                    ),
                    field(
                        "Dân tộc của mẹ đẻ",
                        "singleline",
                        show_when=("Loại yêu cầu", "Xác định lại dân tộc"),
                        message="Nhập dân tộc của mẹ đẻ",
                    ),
                ],
            ),
            _pledge("Cam đoan", CIVIL_PLEDGE),
        ],
        "documents": [
            document("Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", file_types="pdf, docx"),
            document("Giấy khai sinh của người cần cải chính, xác định lại dân tộc"),
            document(
                "Giấy tờ chứng minh dân tộc của cha đẻ, mẹ đẻ (khi xác định lại dân tộc)",
                required=False,
            ),
        ],
    },
    "1.004873": {
        "title": "Nộp tờ khai cấp Giấy xác nhận tình trạng hôn nhân",
        "intro": (
            "<p>Khai theo tờ khai cấp Giấy xác nhận tình trạng hôn nhân. Giấy xác nhận có giá trị 06 tháng và chỉ "
            "dùng cho mục đích đã ghi.</p>"
        ),
        "confirmation_text": "<p>Giấy xác nhận tình trạng hôn nhân được gửi bản điện tử qua thư điện tử.</p>",
        "sections": [
            section(
                "I. Người được cấp Giấy xác nhận",
                [
                    field(
                        "Quan hệ với người được cấp Giấy xác nhận",
                        "dropdown",
                        choices=PARENT_RELATIONS,
                        message="Chọn quan hệ với người được cấp Giấy xác nhận",
                    ),
                    *_person("người được cấp Giấy xác nhận"),
                ],
            ),
            section(
                "II. Thời gian cư trú cần xác nhận",
                [
                    field(
                        "Xác nhận cho thời gian cư trú",
                        "radio",
                        choices=("Tại nơi cư trú hiện nay", "Tại nơi cư trú trước đây"),
                        message="Chọn thời gian cư trú cần xác nhận",
                    ),
                    field(
                        "Nơi cư trú trước đây",
                        "singleline",
                        show_when=("Xác nhận cho thời gian cư trú", "Tại nơi cư trú trước đây"),
                        message="Nhập nơi cư trú trước đây",
                    ),
                    field(
                        "Cư trú từ ngày",
                        "date",
                        show_when=("Xác nhận cho thời gian cư trú", "Tại nơi cư trú trước đây"),
                        message="Nhập ngày bắt đầu cư trú",
                    ),
                    field(
                        "Cư trú đến ngày",
                        "date",
                        show_when=("Xác nhận cho thời gian cư trú", "Tại nơi cư trú trước đây"),
                        message="Nhập ngày kết thúc cư trú",
                    ),
                ],
            ),
            section(
                "III. Tình trạng hôn nhân",
                [
                    field(
                        "Tình trạng hôn nhân",
                        "radio",
                        choices=(
                            "Chưa đăng ký kết hôn với ai",
                            "Đang có vợ hoặc chồng",
                            "Đã đăng ký kết hôn nhưng đã ly hôn",
                            "Vợ hoặc chồng đã chết",
                        ),
                        message="Chọn tình trạng hôn nhân",
                    ),
                    field(
                        "Họ và tên vợ hoặc chồng",
                        "singleline",
                        show_when=("Tình trạng hôn nhân", "Đang có vợ hoặc chồng"),
                        message="Nhập họ và tên vợ hoặc chồng",
                    ),
                    field(
                        "Số, ngày bản án, quyết định ly hôn",
                        "singleline",
                        show_when=("Tình trạng hôn nhân", "Đã đăng ký kết hôn nhưng đã ly hôn"),
                        message="Nhập số và ngày của bản án, quyết định ly hôn",
                    ),
                ],
            ),
            section(
                "IV. Mục đích sử dụng",
                [
                    field(
                        "Mục đích sử dụng Giấy xác nhận",
                        "radio",
                        choices=("Đăng ký kết hôn", "Mục đích khác"),
                        message="Chọn mục đích sử dụng",
                    ),
                    field(
                        "Họ và tên người dự định kết hôn",
                        "singleline",
                        show_when=("Mục đích sử dụng Giấy xác nhận", "Đăng ký kết hôn"),
                        message="Nhập họ và tên người dự định kết hôn",
                    ),
                    field(
                        "Nơi dự định đăng ký kết hôn",
                        "singleline",
                        show_when=("Mục đích sử dụng Giấy xác nhận", "Đăng ký kết hôn"),
                        message="Nhập nơi dự định đăng ký kết hôn",
                        help_text="Tên cơ quan đăng ký và tên nước nếu kết hôn ở nước ngoài.",
                    ),
                    field(
                        "Mục đích khác (ghi rõ)",
                        "singleline",
                        show_when=("Mục đích sử dụng Giấy xác nhận", "Mục đích khác"),
                        message="Nhập mục đích sử dụng",
                        help_text="Ví dụ: bổ sung hồ sơ vay vốn, mua bán nhà.",
                    ),
                    field(
                        "Số bản đề nghị cấp",
                        "number",
                        min_value=1,
                        max_value=10,
                        message="Nhập số bản đề nghị cấp",
                    ),
                ],
            ),
            _pledge("Cam đoan", CIVIL_PLEDGE),
        ],
        "documents": [
            document("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", file_types="pdf, docx"),
            document("Bản án, quyết định ly hôn hoặc giấy chứng tử của vợ, chồng (nếu có)", required=False),
        ],
    },
    "1.003583": {
        "title": "Nộp tờ khai cấp bản sao trích lục hộ tịch",
        "intro": (
            "<p>Khai theo tờ khai cấp bản sao trích lục hộ tịch. Ghi số, quyển, ngày đăng ký như trên bản chính "
            "nếu còn giữ.</p>"
        ),
        "confirmation_text": "<p>Bản sao trích lục hộ tịch được trả theo hình thức đã chọn.</p>",
        "sections": [
            section(
                "I. Việc hộ tịch đã đăng ký",
                [
                    field(
                        "Loại việc hộ tịch",
                        "dropdown",
                        choices=(
                            "Khai sinh",
                            "Kết hôn",
                            "Khai tử",
                            "Nhận cha, mẹ, con",
                            "Thay đổi, cải chính hộ tịch",
                            "Giám hộ",
                            "Ghi chú kết hôn",
                            "Ghi chú ly hôn",
                        ),
                        message="Chọn loại việc hộ tịch",
                    ),
                    field("Số đăng ký", "singleline", required=False, help_text="Bỏ trống nếu không nhớ."),
                    field("Quyển số", "singleline", required=False),
                    field(
                        "Ngày đăng ký", "date", message="Nhập ngày đăng ký", help_text="Ngày gần đúng nếu không nhớ."
                    ),
                    field("Cơ quan đã đăng ký", "singleline", message="Nhập cơ quan đã đăng ký"),
                ],
            ),
            section(
                "II. Người được cấp bản sao trích lục",
                [
                    field(
                        "Họ, chữ đệm, tên của người được cấp bản sao",
                        "singleline",
                        message="Nhập họ, chữ đệm, tên",
                    ),
                    field(
                        "Ngày, tháng, năm sinh của người được cấp bản sao",
                        "date",
                        min_age=0,
                        message="Nhập ngày, tháng, năm sinh",
                    ),
                    field(
                        "Quan hệ với người được cấp bản sao",
                        "radio",
                        choices=("Bản thân", "Cha, mẹ, con, vợ, chồng, anh, chị, em", "Người được ủy quyền"),
                        message="Chọn quan hệ với người được cấp bản sao",
                    ),
                ],
            ),
            section(
                "III. Số bản và cách nhận",
                [
                    field("Số bản sao đề nghị cấp", "number", min_value=1, max_value=10, message="Nhập số bản sao"),
                    field(
                        "Hình thức nhận bản sao",
                        "radio",
                        choices=("Tại Bộ phận Một cửa", "Qua dịch vụ bưu chính"),
                        message="Chọn hình thức nhận bản sao",
                    ),
                    field(
                        "Địa chỉ nhận qua bưu chính",
                        "singleline",
                        show_when=("Hình thức nhận bản sao", "Qua dịch vụ bưu chính"),
                        message="Nhập địa chỉ nhận qua bưu chính",
                    ),
                ],
            ),
            _pledge("Cam đoan", CIVIL_PLEDGE),
        ],
        "documents": [
            document("Tờ khai cấp bản sao trích lục hộ tịch", file_types="pdf, docx"),
            document("Văn bản ủy quyền (nếu yêu cầu thay người khác)", required=False),
        ],
    },
    # ---------------------------------------------------------------------------------------------------------------
    # Investment (Mẫu A.I.1, A.I.7 and the amendment request, Thông tư 03/2021/TT-BKHĐT)
    # ---------------------------------------------------------------------------------------------------------------
    "1.009645": {
        "title": "Nộp hồ sơ đề nghị chấp thuận chủ trương đầu tư",
        "intro": (
            "<p>Nhà đầu tư kê khai theo văn bản đề nghị thực hiện dự án đầu tư (Mẫu A.I.1). Dự án có nhiều nhà đầu "
            "tư thì ghi từng nhà đầu tư.</p>"
        ),
        "confirmation_text": (
            "<p>Sở Tài chính sẽ lấy ý kiến thẩm định của các cơ quan liên quan; quyết định chấp thuận chủ trương đầu "
            "tư được gửi bản điện tử.</p>"
        ),
        "sections": [
            section(
                "I. Nhà đầu tư",
                [
                    group(
                        "Nhà đầu tư",
                        [
                            field("Tên nhà đầu tư", "singleline", message="Nhập tên nhà đầu tư"),
                            field(
                                "Loại nhà đầu tư",
                                "dropdown",
                                choices=(
                                    "Tổ chức trong nước",
                                    "Cá nhân trong nước",
                                    "Tổ chức nước ngoài",
                                    "Cá nhân nước ngoài",
                                ),
                                message="Chọn loại nhà đầu tư",
                            ),
                            field(
                                "Quốc tịch hoặc nơi thành lập",
                                "singleline",
                                message="Nhập quốc tịch hoặc nơi thành lập",
                            ),
                            field(
                                "Số giấy tờ pháp lý",
                                "singleline",
                                message="Nhập số giấy tờ pháp lý",
                                help_text="Mã số doanh nghiệp, số hộ chiếu hoặc số định danh cá nhân.",
                            ),
                            field("Địa chỉ trụ sở chính hoặc nơi cư trú", "singleline", message="Nhập địa chỉ"),
                            field(
                                "Tỷ lệ góp vốn (%)",
                                "number",
                                min_value=0,
                                max_value=100,
                                message="Nhập tỷ lệ góp vốn",
                            ),
                        ],
                        item_label="Nhà đầu tư",
                        min_items=1,
                        max_items=10,
                    ),
                ],
            ),
            section(
                "II. Dự án đầu tư",
                [
                    field("Tên dự án", "singleline", message="Nhập tên dự án"),
                    field("Mục tiêu dự án", "multiline", message="Nhập mục tiêu dự án"),
                    field(
                        "Quy mô dự án",
                        "multiline",
                        message="Nhập quy mô dự án",
                        help_text="Công suất, sản phẩm, diện tích xây dựng.",
                    ),
                    field("Địa điểm thực hiện dự án", "singleline", message="Nhập địa điểm thực hiện dự án"),
                    field(
                        "Diện tích đất, mặt nước đề nghị sử dụng (m²)",
                        "number",
                        min_value=0,
                        message="Nhập diện tích đề nghị sử dụng",
                    ),
                    field(
                        "Hình thức đề nghị sử dụng đất",
                        "dropdown",
                        choices=(
                            "Giao đất",
                            "Cho thuê đất",
                            "Chuyển mục đích sử dụng đất",
                            "Thuê lại đất, nhà xưởng",
                            "Không sử dụng đất",
                        ),
                        message="Chọn hình thức sử dụng đất",
                    ),
                ],
            ),
            section(
                "III. Vốn đầu tư",
                [
                    field("Tổng vốn đầu tư (đồng)", "number", min_value=1, message="Nhập tổng vốn đầu tư"),
                    field(
                        "Vốn góp của nhà đầu tư (đồng)",
                        "number",
                        min_value=0,
                        message="Nhập vốn góp của nhà đầu tư",
                    ),
                    field(
                        "Vốn huy động (đồng)",
                        "number",
                        min_value=0,
                        message="Nhập vốn huy động",
                        help_text="Vay tổ chức tín dụng và nguồn khác; ghi 0 nếu không huy động.",
                    ),
                ],
            ),
            section(
                "IV. Thời hạn và tiến độ",
                [
                    field(
                        "Thời hạn hoạt động của dự án (năm)",
                        "number",
                        min_value=1,
                        max_value=70,
                        message="Nhập thời hạn hoạt động",
                    ),
                    field("Tiến độ góp vốn và huy động vốn", "multiline", message="Nhập tiến độ góp vốn"),
                    field(
                        "Tiến độ xây dựng và đưa công trình vào hoạt động",
                        "multiline",
                        message="Nhập tiến độ thực hiện",
                    ),
                ],
            ),
            section(
                "V. Ưu đãi và công nghệ",
                [
                    _yes_no("Đề nghị hưởng ưu đãi, hỗ trợ đầu tư", message="Chọn có hoặc không"),
                    field(
                        "Ưu đãi, hỗ trợ đầu tư đề nghị và căn cứ",
                        "multiline",
                        show_when=("Đề nghị hưởng ưu đãi, hỗ trợ đầu tư", YES),
                        message="Nhập ưu đãi, hỗ trợ đề nghị và căn cứ",
                    ),
                    _yes_no(
                        "Dự án thuộc diện thẩm định công nghệ",
                        message="Chọn có hoặc không",
                        help_text="Dự án sử dụng công nghệ hạn chế chuyển giao.",
                    ),
                ],
            ),
            _pledge("Cam kết", INVESTOR_PLEDGE),
        ],
        "documents": [
            document("Văn bản đề nghị thực hiện dự án đầu tư", file_types="pdf, docx"),
            document("Đề xuất dự án đầu tư", file_types="pdf, docx", max_file_mb=20),
            document("Tài liệu về tư cách pháp lý của nhà đầu tư"),
            document("Tài liệu chứng minh năng lực tài chính (báo cáo tài chính 02 năm gần nhất, ...)"),
            document("Giải trình về sử dụng công nghệ (dự án thuộc diện thẩm định công nghệ)", required=False),
        ],
    },
    "1.009650": {
        "title": "Nộp hồ sơ điều chỉnh Giấy chứng nhận đăng ký đầu tư",
        "intro": (
            "<p>Nhà đầu tư có dự án trong khu công nghiệp kê khai từng nội dung đề nghị điều chỉnh so với Giấy "
            "chứng nhận đăng ký đầu tư đã cấp.</p>" + AS_ORGANISATION
        ),
        "confirmation_text": (
            "<p>Giấy chứng nhận đăng ký đầu tư điều chỉnh được gửi bản điện tử; bản giấy nhận tại Ban Quản lý các "
            "khu công nghiệp.</p>"
        ),
        "sections": [
            section(
                "I. Dự án đầu tư",
                [
                    field(
                        "Mã số dự án",
                        "singleline",
                        message="Nhập mã số dự án",
                        help_text="In trên Giấy chứng nhận đăng ký đầu tư.",
                    ),
                    field("Tên dự án", "singleline", message="Nhập tên dự án"),
                    field("Ngày cấp lần đầu", "date", message="Nhập ngày cấp lần đầu"),
                    field("Ngày điều chỉnh gần nhất", "date", required=False, help_text="Nếu đã điều chỉnh."),
                    field("Địa điểm thực hiện dự án", "singleline", message="Nhập địa điểm thực hiện dự án"),
                ],
            ),
            section(
                "II. Nội dung điều chỉnh",
                [
                    group(
                        "Nội dung điều chỉnh",
                        [
                            field(
                                "Mục điều chỉnh",
                                "dropdown",
                                choices=(
                                    "Tên dự án",
                                    "Mục tiêu",
                                    "Quy mô",
                                    "Vốn đầu tư",
                                    "Tiến độ thực hiện",
                                    "Thời hạn hoạt động",
                                    "Thông tin nhà đầu tư",
                                    "Ưu đãi đầu tư",
                                    "Nội dung khác",
                                ),
                                message="Chọn mục điều chỉnh",
                            ),
                            field("Nội dung đã ghi tại Giấy chứng nhận", "multiline", message="Nhập nội dung đã ghi"),
                            field("Nội dung điều chỉnh thành", "multiline", message="Nhập nội dung điều chỉnh"),
                        ],
                        item_label="Nội dung",
                        min_items=1,
                        max_items=10,
                    ),
                    field("Lý do điều chỉnh", "multiline", message="Nhập lý do điều chỉnh"),
                    _yes_no("Điều chỉnh tổng vốn đầu tư", message="Chọn có hoặc không"),
                    field(
                        "Tổng vốn đầu tư sau điều chỉnh (đồng)",
                        "number",
                        min_value=1,
                        show_when=("Điều chỉnh tổng vốn đầu tư", YES),
                        message="Nhập tổng vốn đầu tư sau điều chỉnh",
                    ),
                ],
            ),
            section(
                "III. Quyết định của nhà đầu tư",
                [
                    field("Số quyết định điều chỉnh", "singleline", message="Nhập số quyết định"),
                    field("Ngày quyết định", "date", message="Nhập ngày quyết định"),
                ],
            ),
            _pledge("Cam kết", INVESTOR_PLEDGE),
        ],
        "documents": [
            document("Văn bản đề nghị điều chỉnh dự án đầu tư", file_types="pdf, docx"),
            document(
                "Báo cáo tình hình thực hiện dự án đầu tư đến thời điểm đề nghị điều chỉnh", file_types="pdf, docx"
            ),
            document("Quyết định của nhà đầu tư về việc điều chỉnh dự án đầu tư"),
            document("Tài liệu giải trình nội dung điều chỉnh", file_types="pdf, docx"),
        ],
    },
    "1.009743": {
        "title": "Nộp hồ sơ đăng ký góp vốn, mua cổ phần của nhà đầu tư nước ngoài",
        "intro": (
            "<p>Tổ chức kinh tế nhận góp vốn kê khai theo văn bản đăng ký góp vốn, mua cổ phần, mua phần vốn góp "
            "(Mẫu A.I.7), ghi từng nhà đầu tư nước ngoài.</p>" + AS_ORGANISATION
        ),
        "confirmation_text": (
            "<p>Khi có văn bản thông báo đáp ứng điều kiện, tổ chức kinh tế thực hiện thủ tục thay đổi thành viên, "
            "cổ đông tại cơ quan đăng ký kinh doanh.</p>"
        ),
        "sections": [
            section(
                "I. Tổ chức kinh tế nhận góp vốn",
                [
                    field("Ngành, nghề kinh doanh", "multiline", message="Nhập ngành, nghề kinh doanh"),
                    field("Vốn điều lệ hiện tại (đồng)", "number", min_value=1, message="Nhập vốn điều lệ"),
                    field(
                        "Tỷ lệ sở hữu của nhà đầu tư nước ngoài trước khi góp vốn (%)",
                        "number",
                        min_value=0,
                        max_value=100,
                        message="Nhập tỷ lệ sở hữu trước khi góp vốn",
                    ),
                ],
            ),
            section(
                "II. Nhà đầu tư nước ngoài góp vốn",
                [
                    group(
                        "Nhà đầu tư nước ngoài",
                        [
                            field("Tên nhà đầu tư", "singleline", message="Nhập tên nhà đầu tư"),
                            field(
                                "Nhà đầu tư là",
                                "radio",
                                choices=("Cá nhân", "Tổ chức"),
                                message="Chọn cá nhân hoặc tổ chức",
                            ),
                            field("Quốc tịch", "singleline", message="Nhập quốc tịch hoặc nơi thành lập"),
                            field(
                                "Số hộ chiếu hoặc giấy tờ pháp lý",
                                "singleline",
                                message="Nhập số hộ chiếu hoặc giấy tờ pháp lý",
                            ),
                            field(
                                "Hình thức đầu tư",
                                "dropdown",
                                choices=("Góp vốn", "Mua cổ phần", "Mua phần vốn góp"),
                                message="Chọn hình thức đầu tư",
                            ),
                            field("Giá trị góp vốn, mua cổ phần (đồng)", "number", min_value=1, message="Nhập giá trị"),
                            field(
                                "Tỷ lệ sở hữu sau khi góp vốn (%)",
                                "number",
                                min_value=0,
                                max_value=100,
                                message="Nhập tỷ lệ sở hữu sau khi góp vốn",
                            ),
                        ],
                        item_label="Nhà đầu tư",
                        min_items=1,
                        max_items=10,
                    ),
                ],
            ),
            section(
                "III. Đất đai của tổ chức kinh tế",
                [
                    _yes_no("Tổ chức kinh tế có Giấy chứng nhận quyền sử dụng đất", message="Chọn có hoặc không"),
                    field(
                        "Địa chỉ thửa đất của tổ chức kinh tế",
                        "singleline",
                        show_when=("Tổ chức kinh tế có Giấy chứng nhận quyền sử dụng đất", YES),
                        message="Nhập địa chỉ thửa đất",
                    ),
                    field(
                        "Thửa đất ở đảo, xã biên giới, xã ven biển hoặc khu vực ảnh hưởng đến quốc phòng, an ninh",
                        "radio",
                        choices=(YES, NO),
                        show_when=("Tổ chức kinh tế có Giấy chứng nhận quyền sử dụng đất", YES),
                        message="Chọn có hoặc không",
                    ),
                ],
            ),
            _pledge("Cam kết", INVESTOR_PLEDGE),
        ],
        "documents": [
            document("Văn bản đăng ký góp vốn, mua cổ phần, mua phần vốn góp", file_types="pdf, docx"),
            document("Giấy tờ pháp lý của cá nhân, tổ chức góp vốn và tổ chức kinh tế nhận góp vốn"),
            document("Văn bản thỏa thuận nguyên tắc về việc góp vốn giữa các bên"),
            document("Giấy chứng nhận quyền sử dụng đất của tổ chức kinh tế (nếu có)", required=False),
        ],
    },
    # ---------------------------------------------------------------------------------------------------------------
    # Emulation and commendation (Nghị định 98/2023/NĐ-CP)
    # ---------------------------------------------------------------------------------------------------------------
    "1.005302": {
        "title": "Nộp hồ sơ đề nghị tặng Bằng khen theo thủ tục đơn giản",
        "intro": (
            "<p>Dành cho thành tích đột xuất, được phát hiện kịp thời. Hồ sơ chỉ gồm tờ trình và bản tóm tắt thành "
            "tích; ghi từng tập thể, cá nhân được đề nghị.</p>" + AS_ORGANISATION
        ),
        "confirmation_text": "<p>Quyết định khen thưởng được thông báo cho đơn vị trình để tổ chức trao tặng.</p>",
        "sections": [
            _submission(),
            section(
                "II. Thành tích đột xuất",
                [
                    field("Nội dung thành tích", "multiline", message="Nhập nội dung thành tích"),
                    field("Thời gian lập thành tích", "date", message="Nhập thời gian lập thành tích"),
                    field("Địa điểm lập thành tích", "singleline", message="Nhập địa điểm lập thành tích"),
                    _yes_no("Đã được khen thưởng cấp cơ sở cho thành tích này", message="Chọn có hoặc không"),
                    field(
                        "Hình thức khen thưởng cấp cơ sở đã nhận",
                        "singleline",
                        show_when=("Đã được khen thưởng cấp cơ sở cho thành tích này", YES),
                        message="Nhập hình thức khen thưởng đã nhận",
                    ),
                ],
            ),
            section(
                "III. Tập thể, cá nhân được đề nghị khen thưởng",
                [
                    group(
                        "Tập thể, cá nhân được đề nghị",
                        [
                            field(
                                "Là tập thể hay cá nhân",
                                "radio",
                                choices=("Tập thể", "Cá nhân"),
                                message="Chọn tập thể hoặc cá nhân",
                            ),
                            field(
                                "Tên tập thể hoặc họ và tên cá nhân",
                                "singleline",
                                message="Nhập tên tập thể hoặc họ và tên cá nhân",
                            ),
                            field(
                                "Chức vụ, đơn vị công tác",
                                "singleline",
                                required=False,
                                help_text="Với cá nhân; tập thể bỏ trống.",
                            ),
                        ],
                        item_label="Đối tượng được đề nghị",
                        min_items=1,
                        max_items=20,
                    ),
                ],
            ),
        ],
        "documents": [
            document("Tờ trình đề nghị khen thưởng"),
            document("Bản tóm tắt thành tích của tập thể, cá nhân", file_types="pdf, docx"),
        ],
    },
    "1.005303": {
        "title": "Nộp hồ sơ đề nghị tặng Cờ thi đua của UBND tỉnh",
        "intro": (
            "<p>Trưởng cụm, khối thi đua hoặc cơ quan, đơn vị trình hồ sơ cho tập thể được suy tôn dẫn đầu. Báo "
            "cáo thành tích theo Mẫu số 01, Nghị định 98/2023/NĐ-CP.</p>" + AS_ORGANISATION
        ),
        "confirmation_text": (
            "<p>Ban Thi đua - Khen thưởng tổng hợp trình Hội đồng Thi đua - Khen thưởng tỉnh; kết quả được thông "
            "báo cho đơn vị trình.</p>"
        ),
        "sections": [
            _submission(),
            section(
                "II. Tập thể được đề nghị",
                [
                    field("Tên tập thể được đề nghị", "singleline", message="Nhập tên tập thể được đề nghị"),
                    field("Năm thi đua", "number", min_value=2000, message="Nhập năm thi đua"),
                    field(
                        "Được suy tôn là",
                        "radio",
                        choices=("Tập thể dẫn đầu cụm, khối thi đua", "Tập thể dẫn đầu phong trào thi đua chuyên đề"),
                        message="Chọn căn cứ suy tôn",
                    ),
                    field(
                        "Tên cụm, khối thi đua",
                        "singleline",
                        show_when=("Được suy tôn là", "Tập thể dẫn đầu cụm, khối thi đua"),
                        message="Nhập tên cụm, khối thi đua",
                    ),
                    field(
                        "Tên phong trào thi đua chuyên đề",
                        "singleline",
                        show_when=("Được suy tôn là", "Tập thể dẫn đầu phong trào thi đua chuyên đề"),
                        message="Nhập tên phong trào thi đua",
                    ),
                ],
            ),
            section(
                "III. Họp xét, suy tôn",
                [
                    field("Ngày họp xét, suy tôn", "date", message="Nhập ngày họp"),
                    field("Số thành viên dự họp", "number", min_value=1, message="Nhập số thành viên dự họp"),
                    field(
                        "Số phiếu đồng ý suy tôn",
                        "number",
                        min_value=0,
                        message="Nhập số phiếu đồng ý",
                    ),
                ],
            ),
            section(
                "IV. Thành tích",
                [
                    field(
                        "Tóm tắt thành tích nổi bật",
                        "multiline",
                        message="Nhập tóm tắt thành tích",
                        help_text="Kết quả thực hiện các chỉ tiêu thi đua và nhiệm vụ được giao trong năm.",
                    ),
                    group(
                        "Hình thức khen thưởng đã được ghi nhận",
                        [
                            field("Hình thức khen thưởng", "singleline", message="Nhập hình thức khen thưởng"),
                            field("Năm được khen thưởng", "number", min_value=1945, message="Nhập năm"),
                            field(
                                "Số, ngày quyết định, cơ quan ban hành",
                                "singleline",
                                message="Nhập số, ngày quyết định và cơ quan ban hành",
                            ),
                        ],
                        item_label="Khen thưởng",
                        min_items=0,
                        max_items=10,
                    ),
                ],
            ),
        ],
        "documents": [
            document("Tờ trình đề nghị khen thưởng"),
            document("Biên bản họp xét, suy tôn của cụm, khối thi đua"),
            document("Báo cáo thành tích của tập thể", file_types="pdf, docx"),
        ],
    },
    "1.005304": {
        "title": "Nộp hồ sơ đề nghị tặng danh hiệu Chiến sĩ thi đua cấp tỉnh",
        "intro": (
            "<p>Cá nhân phải có 03 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở và sáng kiến, đề tài khoa học "
            "có phạm vi ảnh hưởng trong tỉnh. Báo cáo thành tích theo Mẫu số 02, Nghị định 98/2023/NĐ-CP.</p>"
            + AS_ORGANISATION
        ),
        "confirmation_text": (
            "<p>Hội đồng Khoa học, Sáng kiến tỉnh xem xét mức độ ảnh hưởng của sáng kiến trước khi trình Chủ tịch "
            "UBND tỉnh.</p>"
        ),
        "sections": [
            _submission(),
            section(
                "II. Cá nhân được đề nghị",
                [
                    field("Họ, chữ đệm, tên", "singleline", message="Nhập họ, chữ đệm, tên"),
                    field("Ngày, tháng, năm sinh", "date", min_age=18, message="Nhập ngày, tháng, năm sinh"),
                    field("Giới tính", "radio", choices=("Nam", "Nữ"), message="Chọn giới tính"),
                    field("Chức vụ, đơn vị công tác", "singleline", message="Nhập chức vụ, đơn vị công tác"),
                    field("Trình độ chuyên môn, nghiệp vụ", "singleline", message="Nhập trình độ chuyên môn"),
                    _yes_no("Đã được tặng Bằng khen cấp tỉnh trở lên", message="Chọn có hoặc không"),
                    field(
                        "Số, ngày quyết định tặng Bằng khen",
                        "singleline",
                        show_when=("Đã được tặng Bằng khen cấp tỉnh trở lên", YES),
                        message="Nhập số và ngày của quyết định",
                    ),
                ],
            ),
            section(
                "III. Danh hiệu Chiến sĩ thi đua cơ sở",
                [
                    group(
                        "Các lần đạt danh hiệu Chiến sĩ thi đua cơ sở",
                        [
                            field("Năm đạt danh hiệu", "number", min_value=2000, message="Nhập năm đạt danh hiệu"),
                            field(
                                "Số, ngày quyết định công nhận",
                                "singleline",
                                message="Nhập số và ngày của quyết định công nhận",
                            ),
                        ],
                        item_label="Lần đạt danh hiệu",
                        min_items=3,
                        max_items=6,
                        help_text="Các năm liên tục, năm gần nhất ghi trước.",
                    ),
                ],
            ),
            section(
                "IV. Sáng kiến, đề tài khoa học",
                [
                    group(
                        "Sáng kiến, đề tài khoa học được công nhận",
                        [
                            field("Tên sáng kiến, đề tài", "singleline", message="Nhập tên sáng kiến, đề tài"),
                            field(
                                "Số, ngày văn bản công nhận",
                                "singleline",
                                message="Nhập số và ngày của văn bản công nhận",
                            ),
                            field(
                                "Phạm vi ảnh hưởng",
                                "dropdown",
                                choices=("Trong cơ quan, đơn vị", "Trong tỉnh", "Toàn quốc"),
                                message="Chọn phạm vi ảnh hưởng",
                            ),
                        ],
                        item_label="Sáng kiến, đề tài",
                        min_items=1,
                        max_items=10,
                    ),
                ],
            ),
        ],
        "documents": [
            document("Tờ trình đề nghị khen thưởng"),
            document("Biên bản họp xét của Hội đồng thi đua, khen thưởng cấp trình"),
            document("Báo cáo thành tích của cá nhân", file_types="pdf, docx"),
            document("Văn bản công nhận sáng kiến hoặc đề tài khoa học"),
        ],
    },
}
