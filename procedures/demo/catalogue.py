"""The demo catalogue as plain data: agencies of a fictional province (code H56), the six subsystems of the brief
with their procedures, and the blank forms (mẫu đơn, tờ khai) attached to dossier documents.

The organisation follows the two-tier local government in force from 1 July 2025: the province and its communes
(xã, phường), with the departments (sở) as merged in 2025 (Sở Nông nghiệp và Môi trường, Sở Tài chính taking over
investment from Sở Kế hoạch và Đầu tư). Civil-status matters with foreign elements that district people's committees
used to handle are registered by the commune (Nghị định số 120/2025/NĐ-CP).

Procedure names, processing times, fees and legal references follow the published national procedure database as
closely as the authors knew it; procedure codes, agency codes, addresses, phone numbers and fee levels set by the
provincial council are illustrative. ``AGENCIES[0]`` is the agency the demo staff accounts belong to.
"""

PROVINCE = "tỉnh H56"
# The heading lines of the documents each agency issues (Decree 30/2020/NĐ-CP): the body above it and the place.
PROVINCE_COMMITTEE = "UBND TỈNH H56"
PROVINCE_PLACE = "H56"


def _ul(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _ol(*items: str) -> str:
    return "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>"


def _doc(name: str, originals: int = 0, certified_copies: int = 0, photocopies: int = 0, template=None) -> dict:
    return {
        "name": name,
        "originals": originals,
        "certified_copies": certified_copies,
        "photocopies": photocopies,
        "template": template,
    }


# --------------------------------------------------------------------------------------------------------------------
# Agencies
# --------------------------------------------------------------------------------------------------------------------

VP_UBND = "000.00.01.H56"
SO_TU_PHAP = "000.00.02.H56"
SO_NN_MT = "000.00.03.H56"
SO_TAI_CHINH = "000.00.04.H56"
SO_NOI_VU = "000.00.05.H56"
SO_XAY_DUNG = "000.00.06.H56"
BQL_KCN = "000.00.07.H56"
VP_DKDD = "000.20.03.H56"
UBND_PHUONG = "000.00.31.H56"

AGENCIES = [
    {
        "code": VP_UBND,
        "name": "Văn phòng Ủy ban nhân dân tỉnh",
        "superior_body": PROVINCE_COMMITTEE,
        "place_name": PROVINCE_PLACE,
        "short_name": "VP UBND tỉnh",
        "address": f"Số 1 đường Trung tâm Hành chính, phường Trung tâm, {PROVINCE}",
        "phone": "0200 3812 001",
        "email": "vanphong@vpubnd.example.gov.vn",
        "departments": [
            "Phòng Kinh tế",
            "Phòng Nội chính",
            "Phòng Khoa giáo - Văn xã",
            "Trung tâm Phục vụ hành chính công tỉnh",
        ],
    },
    {
        "code": SO_TU_PHAP,
        "name": "Sở Tư pháp",
        "superior_body": PROVINCE_COMMITTEE,
        "place_name": PROVINCE_PLACE,
        "short_name": "STP",
        "address": f"Số 12 đường Lê Lợi, phường Trung tâm, {PROVINCE}",
        "phone": "0200 3812 102",
        "email": "vanphong@stp.example.gov.vn",
        "departments": ["Phòng Hành chính tư pháp", "Phòng Bổ trợ tư pháp", "Văn phòng Sở"],
    },
    {
        "code": SO_NN_MT,
        "name": "Sở Nông nghiệp và Môi trường",
        "superior_body": PROVINCE_COMMITTEE,
        "place_name": PROVINCE_PLACE,
        "short_name": "Sở NN&MT",
        "address": f"Số 25 đường Trần Hưng Đạo, phường Trung tâm, {PROVINCE}",
        "phone": "0200 3812 203",
        "email": "vanphong@snnmt.example.gov.vn",
        "departments": ["Phòng Quản lý đất đai", "Phòng Kế hoạch - Tài chính", "Văn phòng Sở"],
    },
    {
        "code": SO_TAI_CHINH,
        "name": "Sở Tài chính",
        "superior_body": PROVINCE_COMMITTEE,
        "place_name": PROVINCE_PLACE,
        "short_name": "STC",
        "address": f"Số 8 đường Nguyễn Du, phường Trung tâm, {PROVINCE}",
        "phone": "0200 3812 304",
        "email": "vanphong@stc.example.gov.vn",
        "departments": ["Phòng Kinh tế đối ngoại", "Phòng Đăng ký kinh doanh", "Phòng Quản lý ngân sách"],
    },
    {
        "code": SO_NOI_VU,
        "name": "Sở Nội vụ",
        "superior_body": PROVINCE_COMMITTEE,
        "place_name": PROVINCE_PLACE,
        "short_name": "SNV",
        "address": f"Số 3 đường Hùng Vương, phường Trung tâm, {PROVINCE}",
        "phone": "0200 3812 405",
        "email": "vanphong@snv.example.gov.vn",
        "departments": ["Ban Thi đua - Khen thưởng", "Phòng Tổ chức, biên chế", "Văn phòng Sở"],
    },
    {
        "code": SO_XAY_DUNG,
        "name": "Sở Xây dựng",
        "superior_body": PROVINCE_COMMITTEE,
        "place_name": PROVINCE_PLACE,
        "short_name": "SXD",
        "address": f"Số 40 đường Quang Trung, phường Đông Thành, {PROVINCE}",
        "phone": "0200 3812 506",
        "email": "vanphong@sxd.example.gov.vn",
        "departments": [
            "Phòng Quản lý nhà và thị trường bất động sản",
            "Phòng Quy hoạch - Kiến trúc",
            "Văn phòng Sở",
        ],
    },
    {
        "code": BQL_KCN,
        "name": "Ban Quản lý các khu công nghiệp tỉnh",
        "superior_body": PROVINCE_COMMITTEE,
        "place_name": PROVINCE_PLACE,
        "short_name": "BQL các KCN",
        "address": f"Khu công nghiệp Đông Thành, phường Đông Thành, {PROVINCE}",
        "phone": "0200 3812 607",
        "email": "vanphong@bqlkcn.example.gov.vn",
        "departments": ["Phòng Quản lý đầu tư", "Phòng Quản lý doanh nghiệp và lao động", "Văn phòng Ban"],
    },
    {
        "code": VP_DKDD,
        "name": "Văn phòng Đăng ký đất đai tỉnh",
        "superior_body": "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "place_name": PROVINCE_PLACE,
        "short_name": "VPĐKĐĐ",
        "address": f"Số 27 đường Trần Hưng Đạo, phường Trung tâm, {PROVINCE}",
        "phone": "0200 3812 708",
        "email": "vpdkdd@snnmt.example.gov.vn",
        "departments": [
            "Phòng Đăng ký và cấp Giấy chứng nhận",
            "Phòng Thông tin - Lưu trữ",
            "Chi nhánh Văn phòng Đăng ký đất đai khu vực Đông Thành",
        ],
    },
    {
        "code": UBND_PHUONG,
        "name": "Ủy ban nhân dân phường Đông Thành",
        "superior_body": "",
        "place_name": "Đông Thành",
        "short_name": "UBND phường Đông Thành",
        "address": f"Số 2 đường Hai Bà Trưng, phường Đông Thành, {PROVINCE}",
        "phone": "0200 3855 100",
        "email": "ubnd@dongthanh.example.gov.vn",
        "departments": [
            "Văn phòng HĐND và UBND",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Phòng Văn hóa - Xã hội",
            "Trung tâm Phục vụ hành chính công phường",
        ],
    },
]

# Where dossiers are lodged and results collected.
AT_PROVINCE = (
    "Trung tâm Phục vụ hành chính công tỉnh, số 1 đường Trung tâm Hành chính, phường Trung tâm; "
    "hoặc trực tuyến trên Cổng Dịch vụ công quốc gia"
)
AT_PROVINCE_OR_POST = (
    "Trung tâm Phục vụ hành chính công tỉnh, số 1 đường Trung tâm Hành chính, phường Trung tâm; "
    "qua dịch vụ bưu chính công ích hoặc trực tuyến"
)
AT_COMMUNE = (
    "Trung tâm Phục vụ hành chính công phường Đông Thành, số 2 đường Hai Bà Trưng; "
    "hoặc trực tuyến trên Cổng Dịch vụ công quốc gia"
)
AT_LAND_OFFICE = (
    "Trung tâm Phục vụ hành chính công tỉnh hoặc Chi nhánh Văn phòng Đăng ký đất đai nơi có đất; "
    "hoặc trực tuyến trên Cổng Dịch vụ công quốc gia"
)

# --------------------------------------------------------------------------------------------------------------------
# Blank forms
# --------------------------------------------------------------------------------------------------------------------

FORM_TEMPLATES = {
    "don-giao-dat-thue-dat": {
        "title": "Đơn xin giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất",
        "filename": "don-xin-giao-dat-cho-thue-dat.docx",
        "code": "Mẫu số 02a",
        "legal_source": "Nghị định số 102/2024/NĐ-CP",
        "fields": [
            "Tên tổ chức, người xin giao đất, thuê đất",
            "Mã số doanh nghiệp hoặc số định danh cá nhân",
            "Người đại diện theo pháp luật",
            "Địa chỉ trụ sở chính, nơi ở",
            "Số điện thoại liên hệ, thư điện tử",
            "Vị trí khu đất (thửa đất số, tờ bản đồ số, xã, phường)",
            "Diện tích đất xin giao, thuê, chuyển mục đích (m²)",
            "Mục đích sử dụng đất",
            "Thời hạn sử dụng đất",
            "Hình thức giao đất, thuê đất (trả tiền một lần hoặc hằng năm)",
            "Văn bản chấp thuận chủ trương đầu tư hoặc Giấy chứng nhận đăng ký đầu tư (số, ngày)",
        ],
    },
    "to-khai-dang-ky-ket-hon": {
        "title": "Tờ khai đăng ký kết hôn",
        "filename": "to-khai-dang-ky-ket-hon.docx",
        "code": "Mẫu TP/HT-2020-KH",
        "legal_source": "Thông tư số 04/2020/TT-BTP",
        "fields": [
            "Họ, chữ đệm, tên (bên nữ, bên nam)",
            "Ngày, tháng, năm sinh",
            "Dân tộc",
            "Quốc tịch",
            "Nơi cư trú",
            "Loại, số giấy tờ tùy thân (hộ chiếu, thẻ căn cước)",
            "Số định danh cá nhân",
            "Kết hôn lần thứ mấy",
            "Ngày, tháng, năm cấp và nơi cấp giấy tờ tùy thân",
            "Số điện thoại, thư điện tử liên hệ",
        ],
    },
    "to-khai-dang-ky-khai-sinh": {
        "title": "Tờ khai đăng ký khai sinh",
        "filename": "to-khai-dang-ky-khai-sinh.docx",
        "code": "Mẫu TP/HT-2020-KS",
        "legal_source": "Thông tư số 04/2020/TT-BTP",
        "fields": [
            "Họ, chữ đệm, tên người yêu cầu",
            "Số định danh cá nhân hoặc số hộ chiếu của người yêu cầu",
            "Quan hệ với người được khai sinh",
            "Họ, chữ đệm, tên người được khai sinh",
            "Ngày, tháng, năm sinh",
            "Giới tính",
            "Nơi sinh",
            "Quốc tịch",
            "Họ, chữ đệm, tên, năm sinh, quốc tịch của người mẹ",
            "Họ, chữ đệm, tên, năm sinh, quốc tịch của người cha",
            "Nơi cư trú của cha, mẹ",
        ],
    },
    "don-dang-ky-dat-dai": {
        "title": "Đơn đăng ký đất đai, tài sản gắn liền với đất",
        "filename": "don-dang-ky-dat-dai.docx",
        "code": "Mẫu số 04/ĐK",
        "legal_source": "Nghị định số 101/2024/NĐ-CP",
        "fields": [
            "Tên người sử dụng đất, chủ sở hữu tài sản gắn liền với đất",
            "Số định danh cá nhân hoặc mã số doanh nghiệp",
            "Địa chỉ thường trú hoặc trụ sở",
            "Thửa đất số, tờ bản đồ số",
            "Địa chỉ thửa đất",
            "Diện tích (m²)",
            "Mục đích sử dụng đất",
            "Thời hạn sử dụng đất",
            "Nguồn gốc sử dụng đất",
            "Tài sản gắn liền với đất (loại, diện tích xây dựng, diện tích sàn, số tầng)",
            "Đề nghị cấp Giấy chứng nhận (có hoặc không)",
        ],
    },
    "don-dang-ky-bien-dong": {
        "title": "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất",
        "filename": "don-dang-ky-bien-dong-dat-dai.docx",
        "code": "Mẫu số 11/ĐK",
        "legal_source": "Nghị định số 101/2024/NĐ-CP",
        "fields": [
            "Tên người sử dụng đất, chủ sở hữu tài sản",
            "Số định danh cá nhân hoặc mã số doanh nghiệp",
            "Địa chỉ",
            "Số phát hành, số vào sổ cấp Giấy chứng nhận đã cấp",
            "Thửa đất số, tờ bản đồ số, địa chỉ thửa đất",
            "Nội dung biến động (trước và sau khi biến động)",
            "Lý do biến động",
            "Giấy tờ kèm theo",
            "Đề nghị cấp mới Giấy chứng nhận hoặc xác nhận trên Giấy chứng nhận đã cấp",
        ],
    },
    "to-khai-thay-doi-cai-chinh": {
        "title": "Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch",
        "filename": "to-khai-thay-doi-cai-chinh-ho-tich.docx",
        "code": "Mẫu TP/HT-2020-TĐCC",
        "legal_source": "Thông tư số 04/2020/TT-BTP",
        "fields": [
            "Họ, chữ đệm, tên người yêu cầu",
            "Số định danh cá nhân",
            "Nơi cư trú",
            "Quan hệ với người được thay đổi, cải chính, bổ sung",
            "Họ, chữ đệm, tên người được thay đổi, cải chính, bổ sung",
            "Ngày, tháng, năm sinh",
            "Số, ngày đăng ký và cơ quan đã đăng ký hộ tịch",
            "Nội dung đề nghị thay đổi, cải chính, bổ sung (từ ... thành ...)",
            "Lý do",
        ],
    },
    "to-khai-xac-nhan-hon-nhan": {
        "title": "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân",
        "filename": "to-khai-xac-nhan-tinh-trang-hon-nhan.docx",
        "code": "Mẫu TP/HT-2020-XNTTHN",
        "legal_source": "Thông tư số 04/2020/TT-BTP",
        "fields": [
            "Họ, chữ đệm, tên người yêu cầu",
            "Số định danh cá nhân",
            "Quan hệ với người được cấp Giấy xác nhận",
            "Họ, chữ đệm, tên người được cấp Giấy xác nhận",
            "Ngày, tháng, năm sinh",
            "Nơi cư trú",
            "Thời gian cư trú tại nơi đề nghị xác nhận (từ ngày ... đến ngày ...)",
            "Tình trạng hôn nhân",
            "Mục đích sử dụng Giấy xác nhận",
        ],
    },
    "to-khai-trich-luc-ho-tich": {
        "title": "Tờ khai cấp bản sao trích lục hộ tịch",
        "filename": "to-khai-cap-ban-sao-trich-luc-ho-tich.docx",
        "code": "Mẫu TP/HT-2020-BSTL",
        "legal_source": "Thông tư số 04/2020/TT-BTP",
        "fields": [
            "Họ, chữ đệm, tên người yêu cầu",
            "Số định danh cá nhân",
            "Nơi cư trú",
            "Quan hệ với người được cấp bản sao trích lục",
            "Loại việc hộ tịch (khai sinh, kết hôn, khai tử, ...)",
            "Họ, chữ đệm, tên người được cấp bản sao trích lục",
            "Số, quyển, ngày đăng ký",
            "Số lượng bản sao đề nghị cấp",
        ],
    },
    "van-ban-de-nghi-du-an": {
        "title": "Văn bản đề nghị thực hiện dự án đầu tư",
        "filename": "van-ban-de-nghi-thuc-hien-du-an-dau-tu.docx",
        "code": "Mẫu A.I.1",
        "legal_source": "Thông tư số 03/2021/TT-BKHĐT",
        "fields": [
            "Tên nhà đầu tư",
            "Mã số doanh nghiệp hoặc số giấy tờ pháp lý của nhà đầu tư",
            "Quốc tịch (đối với nhà đầu tư nước ngoài)",
            "Địa chỉ trụ sở chính",
            "Người đại diện theo pháp luật, chức danh",
            "Tên dự án đầu tư",
            "Mục tiêu và quy mô dự án",
            "Địa điểm thực hiện dự án",
            "Diện tích đất, mặt nước đề nghị sử dụng (m²)",
            "Tổng vốn đầu tư (đồng), trong đó vốn góp của nhà đầu tư",
            "Thời hạn hoạt động của dự án",
            "Tiến độ thực hiện dự án",
            "Đề xuất hưởng ưu đãi, hỗ trợ đầu tư (nếu có)",
        ],
    },
    "de-xuat-du-an": {
        "title": "Đề xuất dự án đầu tư",
        "filename": "de-xuat-du-an-dau-tu.docx",
        "code": "Mẫu A.I.2",
        "legal_source": "Thông tư số 03/2021/TT-BKHĐT",
        "fields": [
            "Tên nhà đầu tư",
            "Tên dự án",
            "Mục tiêu, quy mô, công suất",
            "Địa điểm và nhu cầu sử dụng đất",
            "Vốn đầu tư và phương án huy động vốn",
            "Thời hạn, tiến độ thực hiện",
            "Công nghệ áp dụng",
            "Đánh giá sơ bộ tác động môi trường",
            "Hiệu quả kinh tế - xã hội của dự án",
            "Ưu đãi, hỗ trợ đầu tư đề nghị áp dụng",
        ],
    },
    "bao-cao-thanh-tich-tap-the": {
        "title": "Báo cáo thành tích đề nghị khen thưởng cho tập thể",
        "filename": "bao-cao-thanh-tich-tap-the.docx",
        "code": "Mẫu số 01",
        "legal_source": "Nghị định số 98/2023/NĐ-CP",
        "fields": [
            "Tên tập thể đề nghị khen thưởng",
            "Địa chỉ trụ sở",
            "Điện thoại, thư điện tử",
            "Quá trình thành lập và phát triển",
            "Cơ cấu tổ chức, tổng số cán bộ, công chức, viên chức, người lao động",
            "Chức năng, nhiệm vụ được giao",
            "Thành tích đạt được (kết quả thực hiện chỉ tiêu, nhiệm vụ)",
            "Các giải pháp công tác, sáng kiến đã áp dụng",
            "Các hình thức khen thưởng đã được ghi nhận",
            "Hình thức khen thưởng đề nghị",
        ],
    },
    "bao-cao-thanh-tich-ca-nhan": {
        "title": "Báo cáo thành tích đề nghị khen thưởng cho cá nhân",
        "filename": "bao-cao-thanh-tich-ca-nhan.docx",
        "code": "Mẫu số 02",
        "legal_source": "Nghị định số 98/2023/NĐ-CP",
        "fields": [
            "Họ, chữ đệm, tên",
            "Ngày, tháng, năm sinh",
            "Giới tính",
            "Quê quán",
            "Chức vụ, đơn vị công tác",
            "Trình độ chuyên môn, nghiệp vụ",
            "Nhiệm vụ được giao",
            "Thành tích đạt được",
            "Sáng kiến, đề tài khoa học được công nhận",
            "Các hình thức khen thưởng đã được ghi nhận",
            "Hình thức khen thưởng đề nghị",
        ],
    },
}

# --------------------------------------------------------------------------------------------------------------------
# Legal references shared by several procedures
# --------------------------------------------------------------------------------------------------------------------

LUAT_DAT_DAI = "Luật Đất đai số 31/2024/QH15"
ND_101_2024 = (
    "Nghị định số 101/2024/NĐ-CP ngày 29/7/2024 quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận "
    "quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và hệ thống thông tin đất đai"
)
ND_102_2024 = "Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 quy định chi tiết thi hành một số điều của Luật Đất đai"
ND_151_2025 = (
    "Nghị định số 151/2025/NĐ-CP quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, "
    "phân cấp trong lĩnh vực đất đai"
)
LUAT_HO_TICH = "Luật Hộ tịch số 60/2014/QH13"
LUAT_HNGD = "Luật Hôn nhân và gia đình số 52/2014/QH13"
ND_123_2015 = "Nghị định số 123/2015/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch"
ND_120_2025 = (
    "Nghị định số 120/2025/NĐ-CP quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực "
    "quản lý nhà nước của Bộ Tư pháp"
)
TT_04_2020 = "Thông tư số 04/2020/TT-BTP quy định chi tiết thi hành một số điều của Luật Hộ tịch"
TT_85_2019 = "Thông tư số 85/2019/TT-BTC hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của HĐND tỉnh"
NQ_HDND_LE_PHI = (
    "Nghị quyết của HĐND tỉnh quy định mức thu, miễn, giảm, quản lý lệ phí hộ tịch và lệ phí cấp Giấy chứng nhận"
)
LUAT_DAU_TU = "Luật Đầu tư số 61/2020/QH14, được sửa đổi, bổ sung năm 2022 và năm 2024"
ND_31_2021 = "Nghị định số 31/2021/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đầu tư"
TT_03_2021 = "Thông tư số 03/2021/TT-BKHĐT quy định mẫu văn bản, báo cáo liên quan đến hoạt động đầu tư"
LUAT_TDKT = "Luật Thi đua, khen thưởng số 06/2022/QH15"
ND_98_2023 = "Nghị định số 98/2023/NĐ-CP quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng"

NO_FEE = "Không thu phí, lệ phí."

# --------------------------------------------------------------------------------------------------------------------
# 1. Land acquisition, allocation and lease
# --------------------------------------------------------------------------------------------------------------------

DAT_DAI = {
    "slug": "dat-dai",
    "title": "Thu hồi đất, giao đất, cho thuê đất",
    "short_name": "Đất đai",
    "intro": (
        "Các thủ tục để tổ chức kinh tế, đơn vị sự nghiệp và nhà đầu tư được Nhà nước giao đất, cho thuê đất, "
        "cho phép chuyển mục đích sử dụng đất hoặc gia hạn sử dụng đất. Hồ sơ do Sở Nông nghiệp và Môi trường "
        "thẩm định; Ủy ban nhân dân tỉnh quyết định. Thời hạn giải quyết không tính thời gian bồi thường, "
        "hỗ trợ, tái định cư và thời gian thực hiện nghĩa vụ tài chính."
    ),
    "procedures": [
        {
            "code": "1.004101",
            "title": (
                "Giao đất, cho thuê đất không đấu giá quyền sử dụng đất, không đấu thầu lựa chọn nhà đầu tư "
                "thực hiện dự án có sử dụng đất"
            ),
            "agency": VP_UBND,
            "online_level": "partial",
            "processing_time": 20,
            "processing_time_unit": "working_days",
            "fee_amount": 3000000,
            "fee_note": (
                "Phí thẩm định hồ sơ cấp quyền sử dụng đất theo Nghị quyết của HĐND tỉnh; "
                "chưa gồm tiền sử dụng đất, tiền thuê đất."
            ),
            "applicants": "Tổ chức trong nước, tổ chức kinh tế có vốn đầu tư nước ngoài, đơn vị sự nghiệp công lập.",
            "conditions": _ul(
                "Dự án đã có văn bản chấp thuận chủ trương đầu tư hoặc Giấy chứng nhận đăng ký đầu tư (nếu có).",
                "Phù hợp với quy hoạch sử dụng đất, kế hoạch sử dụng đất đã được phê duyệt.",
                "Người xin giao đất, thuê đất có năng lực tài chính và không vi phạm pháp luật đất đai ở dự án khác.",
            ),
            "number_of_sets": 1,
            "submission_place": AT_PROVINCE,
            "steps": _ol(
                "Tổ chức nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh hoặc trực tuyến.",
                "Sở Nông nghiệp và Môi trường thẩm định hồ sơ, kiểm tra thực địa, lập tờ trình kèm dự thảo quyết định.",
                "Văn phòng UBND tỉnh trình Chủ tịch hoặc Phó Chủ tịch UBND tỉnh ký quyết định giao đất, cho thuê đất.",
                "Người được giao đất, thuê đất thực hiện nghĩa vụ tài chính; ký hợp đồng thuê đất (nếu thuê).",
                "Bàn giao đất trên thực địa và trao Giấy chứng nhận quyền sử dụng đất.",
            ),
            "result": "Quyết định giao đất, cho thuê đất của UBND tỉnh; hợp đồng thuê đất (trường hợp thuê đất).",
            "legal_basis": _ul(LUAT_DAT_DAI, ND_102_2024, ND_151_2025, TT_85_2019),
            "documents": [
                _doc("Đơn xin giao đất, cho thuê đất", originals=1, template="don-giao-dat-thue-dat"),
                _doc(
                    "Văn bản chấp thuận chủ trương đầu tư hoặc Giấy chứng nhận đăng ký đầu tư (nếu có)",
                    certified_copies=1,
                ),
                _doc("Trích lục bản đồ địa chính hoặc trích đo địa chính thửa đất", originals=1),
                _doc("Báo cáo thuyết minh dự án đầu tư", photocopies=1),
            ],
        },
        {
            "code": "1.004102",
            "title": "Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với tổ chức",
            "agency": SO_NN_MT,
            "online_level": "partial",
            "processing_time": 20,
            "processing_time_unit": "working_days",
            "fee_amount": 2000000,
            "fee_note": "Phí thẩm định hồ sơ theo Nghị quyết của HĐND tỉnh; tiền sử dụng đất nộp theo thông báo thuế.",
            "applicants": "Tổ chức trong nước, tổ chức kinh tế có vốn đầu tư nước ngoài đang sử dụng đất.",
            "conditions": _ul(
                "Việc chuyển mục đích phù hợp với kế hoạch sử dụng đất đã được phê duyệt.",
                "Người sử dụng đất đã hoàn thành nghĩa vụ tài chính đối với thửa đất đang sử dụng.",
            ),
            "number_of_sets": 1,
            "submission_place": AT_PROVINCE,
            "steps": _ol(
                "Nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh hoặc trực tuyến.",
                "Sở Nông nghiệp và Môi trường thẩm định nhu cầu, điều kiện chuyển mục đích sử dụng đất.",
                "Trình UBND tỉnh quyết định cho phép chuyển mục đích sử dụng đất.",
                "Người sử dụng đất nộp tiền sử dụng đất, tiền thuê đất theo thông báo của cơ quan thuế.",
                "Văn phòng Đăng ký đất đai chỉnh lý hồ sơ địa chính và cấp Giấy chứng nhận.",
            ),
            "result": "Quyết định cho phép chuyển mục đích sử dụng đất của UBND tỉnh.",
            "legal_basis": _ul(LUAT_DAT_DAI, ND_102_2024, ND_151_2025),
            "documents": [
                _doc("Đơn xin chuyển mục đích sử dụng đất", originals=1, template="don-giao-dat-thue-dat"),
                _doc("Giấy chứng nhận quyền sử dụng đất đã cấp", originals=1),
                _doc("Văn bản chấp thuận chủ trương đầu tư (trường hợp thực hiện dự án)", certified_copies=1),
            ],
        },
        {
            "code": "1.004103",
            "title": "Gia hạn sử dụng đất khi hết thời hạn sử dụng đất",
            "agency": SO_NN_MT,
            "online_level": "full",
            "processing_time": 15,
            "processing_time_unit": "working_days",
            "fee_amount": 0,
            "fee_note": "Không thu phí thẩm định; lệ phí cấp Giấy chứng nhận (nếu cấp mới) theo Nghị quyết HĐND tỉnh.",
            "applicants": "Tổ chức đang sử dụng đất có thời hạn, có nhu cầu tiếp tục sử dụng đất.",
            "conditions": _ul(
                "Nộp hồ sơ chậm nhất 06 tháng trước khi hết thời hạn sử dụng đất.",
                "Đã chấp hành đúng pháp luật đất đai trong quá trình sử dụng đất.",
            ),
            "number_of_sets": 1,
            "submission_place": AT_PROVINCE_OR_POST,
            "steps": _ol(
                "Nộp đơn và Giấy chứng nhận (bản điện tử) trực tuyến.",
                "Sở Nông nghiệp và Môi trường thẩm định nhu cầu sử dụng đất, đề xuất gia hạn.",
                "UBND tỉnh quyết định gia hạn; ký phụ lục hợp đồng thuê đất (nếu thuê đất).",
                "Văn phòng Đăng ký đất đai xác nhận thay đổi trên Giấy chứng nhận và trả kết quả.",
            ),
            "result": "Quyết định gia hạn sử dụng đất; Giấy chứng nhận được xác nhận thay đổi thời hạn sử dụng đất.",
            "legal_basis": _ul(LUAT_DAT_DAI, ND_102_2024),
            "documents": [
                _doc("Đơn xin gia hạn sử dụng đất", originals=1),
                _doc("Giấy chứng nhận quyền sử dụng đất đã cấp", originals=1),
                _doc("Văn bản điều chỉnh dự án đầu tư có thể hiện thời hạn (nếu có)", certified_copies=1),
            ],
        },
        {
            "code": "1.004104",
            "title": "Thu hồi đất đối với trường hợp tự nguyện trả lại đất",
            "agency": SO_NN_MT,
            "online_level": "information",
            "processing_time": 20,
            "processing_time_unit": "working_days",
            "fee_amount": 0,
            "fee_note": NO_FEE,
            "applicants": "Tổ chức, đơn vị sự nghiệp công lập được Nhà nước giao đất, cho thuê đất.",
            "conditions": _ul("Thửa đất không có tranh chấp, không bị kê biên để bảo đảm thi hành án."),
            "number_of_sets": 1,
            "submission_place": AT_PROVINCE,
            "steps": _ol(
                "Tổ chức nộp văn bản trả lại đất kèm Giấy chứng nhận tại Trung tâm Phục vụ hành chính công tỉnh.",
                "Sở Nông nghiệp và Môi trường kiểm tra thực địa, lập hồ sơ thu hồi đất.",
                "UBND tỉnh ban hành quyết định thu hồi đất.",
                "Văn phòng Đăng ký đất đai chỉnh lý hồ sơ địa chính, thu hồi Giấy chứng nhận.",
            ),
            "result": "Quyết định thu hồi đất của UBND tỉnh.",
            "legal_basis": _ul(LUAT_DAT_DAI, ND_102_2024),
            "documents": [
                _doc("Văn bản trả lại đất của người sử dụng đất", originals=1),
                _doc("Giấy chứng nhận quyền sử dụng đất đã cấp", originals=1),
            ],
        },
        {
            "code": "1.004105",
            "title": "Điều chỉnh quyết định thu hồi đất, giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất",
            "agency": SO_NN_MT,
            "online_level": "partial",
            "processing_time": 15,
            "processing_time_unit": "working_days",
            "fee_amount": 0,
            "fee_note": NO_FEE,
            "applicants": "Tổ chức đã có quyết định giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất.",
            "conditions": _ul(
                "Có sai sót về thông tin trong quyết định hoặc dự án đầu tư đã được điều chỉnh theo quy định.",
            ),
            "number_of_sets": 1,
            "submission_place": AT_PROVINCE,
            "steps": _ol(
                "Nộp đơn đề nghị điều chỉnh kèm giấy tờ chứng minh lý do điều chỉnh.",
                "Sở Nông nghiệp và Môi trường thẩm định, lập tờ trình.",
                "UBND tỉnh ban hành quyết định điều chỉnh.",
            ),
            "result": "Quyết định điều chỉnh của UBND tỉnh.",
            "legal_basis": _ul(LUAT_DAT_DAI, ND_102_2024, ND_151_2025),
            "documents": [
                _doc("Đơn đề nghị điều chỉnh quyết định", originals=1),
                _doc(
                    "Quyết định giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất đã ban hành", photocopies=1
                ),
                _doc("Văn bản điều chỉnh dự án đầu tư (nếu có)", certified_copies=1),
            ],
        },
    ],
}

# --------------------------------------------------------------------------------------------------------------------
# 2. Marriage, adoption and birth with foreign elements
# --------------------------------------------------------------------------------------------------------------------

YEU_TO_NUOC_NGOAI = {
    "slug": "ho-tich-co-yeu-to-nuoc-ngoai",
    "title": "Kết hôn, nuôi con nuôi, khai sinh có yếu tố nước ngoài",
    "short_name": "Yếu tố nước ngoài",
    "intro": (
        "Đăng ký kết hôn, khai sinh, nhận cha, mẹ, con khi một bên là người nước ngoài hoặc công dân Việt Nam "
        "định cư ở nước ngoài, và giải quyết việc người nước ngoài nhận trẻ em Việt Nam làm con nuôi. "
        "Từ ngày 01/7/2025, các việc hộ tịch có yếu tố nước ngoài được đăng ký tại Ủy ban nhân dân cấp xã; "
        "nuôi con nuôi nước ngoài do Sở Tư pháp tiếp nhận và UBND tỉnh quyết định."
    ),
    "procedures": [
        {
            "code": "1.001702",
            "title": "Đăng ký kết hôn có yếu tố nước ngoài",
            "agency": UBND_PHUONG,
            "online_level": "partial",
            "processing_time": 10,
            "processing_time_unit": "working_days",
            "fee_amount": 1000000,
            "fee_note": "Lệ phí theo Nghị quyết của HĐND tỉnh; miễn cho người thuộc gia đình có công với cách mạng.",
            "applicants": (
                "Công dân Việt Nam kết hôn với người nước ngoài; công dân Việt Nam cư trú trong nước kết hôn với "
                "công dân Việt Nam định cư ở nước ngoài; người nước ngoài cư trú tại Việt Nam kết hôn với nhau."
            ),
            "conditions": _ul(
                "Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi; việc kết hôn do hai bên tự nguyện quyết định.",
                "Không bị mất năng lực hành vi dân sự.",
                "Không thuộc trường hợp cấm kết hôn theo Luật Hôn nhân và gia đình.",
            ),
            "number_of_sets": 1,
            "submission_place": AT_COMMUNE,
            "steps": _ol(
                "Một trong hai bên nộp hồ sơ trực tiếp hoặc trực tuyến tại UBND cấp xã nơi cư trú của "
                "công dân Việt Nam.",
                "Công chức tư pháp - hộ tịch nghiên cứu, thẩm tra hồ sơ; xác minh khi cần thiết.",
                "Chủ tịch UBND phường ký Giấy chứng nhận kết hôn nếu hai bên đủ điều kiện kết hôn.",
                "Hai bên có mặt, ký vào Giấy chứng nhận kết hôn và Sổ hộ tịch; nhận mỗi bên một bản chính.",
            ),
            "result": "Giấy chứng nhận kết hôn.",
            "legal_basis": _ul(
                LUAT_HNGD, LUAT_HO_TICH, ND_123_2015, ND_120_2025, TT_04_2020, TT_85_2019, NQ_HDND_LE_PHI
            ),
            "documents": [
                _doc("Tờ khai đăng ký kết hôn", originals=1, template="to-khai-dang-ky-ket-hon"),
                _doc(
                    "Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có thẩm quyền "
                    "nước ngoài cấp (đã hợp pháp hóa lãnh sự và dịch sang tiếng Việt)",
                    originals=1,
                ),
                _doc(
                    "Giấy xác nhận của tổ chức y tế có thẩm quyền rằng người đó không mắc bệnh tâm thần hoặc "
                    "bệnh khác mà không có khả năng nhận thức, làm chủ hành vi",
                    originals=1,
                ),
                _doc("Hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu của người nước ngoài", certified_copies=1),
                _doc("Bản án, quyết định ly hôn đã có hiệu lực (nếu đã từng kết hôn và ly hôn)", certified_copies=1),
            ],
        },
        {
            "code": "1.001695",
            "title": "Đăng ký khai sinh có yếu tố nước ngoài",
            "agency": UBND_PHUONG,
            "online_level": "full",
            "processing_time": 1,
            "processing_time_unit": "working_days",
            "fee_amount": 0,
            "fee_note": (
                "Miễn lệ phí khi đăng ký khai sinh đúng hạn; đăng ký quá hạn thu lệ phí theo Nghị quyết HĐND tỉnh."
            ),
            "applicants": (
                "Cha, mẹ hoặc người thân thích của trẻ em sinh ra tại Việt Nam có cha hoặc mẹ là người nước ngoài, "
                "hoặc có cha, mẹ là công dân Việt Nam định cư ở nước ngoài."
            ),
            "conditions": "",
            "number_of_sets": 1,
            "submission_place": AT_COMMUNE,
            "steps": _ol(
                "Người đi đăng ký nộp tờ khai và giấy tờ trực tuyến hoặc tại Bộ phận Một cửa.",
                "Công chức tư pháp - hộ tịch kiểm tra; nếu hợp lệ thì ghi vào Sổ đăng ký khai sinh và cập nhật "
                "vào Cơ sở dữ liệu hộ tịch điện tử.",
                "Chủ tịch UBND phường ký Giấy khai sinh; người đi đăng ký ký vào Sổ và nhận kết quả "
                "(bản giấy hoặc bản điện tử).",
            ),
            "result": "Giấy khai sinh (bản chính) và số định danh cá nhân của trẻ em.",
            "legal_basis": _ul(LUAT_HO_TICH, ND_123_2015, ND_120_2025, TT_04_2020),
            "documents": [
                _doc("Tờ khai đăng ký khai sinh", originals=1, template="to-khai-dang-ky-khai-sinh"),
                _doc("Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh", originals=1),
                _doc(
                    "Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con (khi cha hoặc mẹ là người "
                    "nước ngoài)",
                    originals=1,
                ),
                _doc("Hộ chiếu hoặc thẻ căn cước của cha, mẹ (xuất trình)", photocopies=1),
            ],
        },
        {
            "code": "1.001669",
            "title": (
                "Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền "
                "của nước ngoài"
            ),
            "agency": UBND_PHUONG,
            "online_level": "partial",
            "processing_time": 5,
            "processing_time_unit": "working_days",
            "fee_amount": 75000,
            "fee_note": "Lệ phí ghi chú kết hôn theo Nghị quyết của HĐND tỉnh.",
            "applicants": "Công dân Việt Nam đã kết hôn tại cơ quan có thẩm quyền của nước ngoài.",
            "conditions": _ul(
                "Việc kết hôn không vi phạm điều cấm của Luật Hôn nhân và gia đình Việt Nam tại thời điểm kết hôn.",
            ),
            "number_of_sets": 1,
            "submission_place": AT_COMMUNE,
            "steps": _ol(
                "Nộp tờ khai và bản sao giấy tờ kết hôn do nước ngoài cấp.",
                "Công chức tư pháp - hộ tịch kiểm tra; ghi vào Sổ hộ tịch nếu hợp lệ.",
                "Chủ tịch UBND phường ký trích lục; trả kết quả cho người yêu cầu.",
            ),
            "result": "Trích lục ghi chú kết hôn.",
            "legal_basis": _ul(LUAT_HO_TICH, ND_123_2015, ND_120_2025),
            "documents": [
                _doc("Tờ khai ghi chú kết hôn", originals=1),
                _doc(
                    "Giấy tờ chứng nhận việc kết hôn do cơ quan có thẩm quyền nước ngoài cấp "
                    "(đã hợp pháp hóa lãnh sự và dịch sang tiếng Việt)",
                    certified_copies=1,
                ),
                _doc("Giấy tờ ghi chú ly hôn (nếu trước đó đã ly hôn ở nước ngoài)", certified_copies=1),
            ],
        },
        {
            "code": "1.001680",
            "title": "Đăng ký nhận cha, mẹ, con có yếu tố nước ngoài",
            "agency": UBND_PHUONG,
            "online_level": "partial",
            "processing_time": 15,
            "processing_time_unit": "working_days",
            "fee_amount": 1000000,
            "fee_note": "Lệ phí theo Nghị quyết của HĐND tỉnh.",
            "applicants": "Cha, mẹ, con mà một bên là người nước ngoài hoặc công dân Việt Nam định cư ở nước ngoài.",
            "conditions": _ul(
                "Bên nhận và bên được nhận còn sống vào thời điểm đăng ký.",
                "Việc nhận cha, mẹ, con không có tranh chấp.",
            ),
            "number_of_sets": 1,
            "submission_place": AT_COMMUNE,
            "steps": _ol(
                "Nộp tờ khai và chứng cứ chứng minh quan hệ cha, mẹ, con.",
                "UBND phường niêm yết việc nhận cha, mẹ, con trong 07 ngày liên tục; xác minh khi cần thiết.",
                "Chủ tịch UBND phường ký trích lục; các bên có mặt ký vào Sổ hộ tịch.",
            ),
            "result": "Trích lục đăng ký nhận cha, mẹ, con.",
            "legal_basis": _ul(LUAT_HO_TICH, ND_123_2015, ND_120_2025, TT_04_2020),
            "documents": [
                _doc("Tờ khai đăng ký nhận cha, mẹ, con", originals=1),
                _doc("Văn bản giám định ADN hoặc chứng cứ khác chứng minh quan hệ cha, mẹ, con", originals=1),
                _doc("Hộ chiếu hoặc giấy tờ thay hộ chiếu của người nước ngoài", certified_copies=1),
            ],
        },
        {
            "code": "1.003005",
            "title": "Giải quyết việc người nước ngoài thường trú ở nước ngoài nhận trẻ em Việt Nam làm con nuôi",
            "agency": SO_TU_PHAP,
            "online_level": "information",
            "processing_time": 45,
            "processing_time_unit": "calendar_days",
            "fee_amount": 9000000,
            "fee_note": (
                "Lệ phí đăng ký nuôi con nuôi nước ngoài theo Nghị định số 114/2016/NĐ-CP; giảm 50% khi cha dượng, "
                "mẹ kế, cô, cậu, dì, chú, bác ruột nhận con nuôi hoặc nhận hai trẻ em là anh chị em ruột trở lên."
            ),
            "applicants": "Người nước ngoài thường trú ở nước ngoài nhận trẻ em Việt Nam làm con nuôi.",
            "conditions": _ul(
                "Người nhận con nuôi đủ điều kiện nuôi con nuôi theo pháp luật nước nơi thường trú và Luật Nuôi "
                "con nuôi Việt Nam.",
                "Trẻ em được giới thiệu làm con nuôi nước ngoài sau khi không tìm được gia đình thay thế trong nước.",
                "Có sự đồng ý của cha mẹ đẻ hoặc người giám hộ, và của trẻ em từ đủ 09 tuổi trở lên.",
            ),
            "number_of_sets": 2,
            "submission_place": (
                "Hồ sơ của người nhận con nuôi nộp tại Cục Con nuôi (Bộ Tư pháp); Sở Tư pháp tiếp nhận hồ sơ "
                "do Cục chuyển đến và tổ chức giao nhận con nuôi."
            ),
            "steps": _ol(
                "Cục Con nuôi kiểm tra hồ sơ của người nhận con nuôi và chuyển đến Sở Tư pháp nơi trẻ em thường trú.",
                "Sở Tư pháp kiểm tra hồ sơ trẻ em, lấy ý kiến của cha mẹ đẻ hoặc người giám hộ và của trẻ em.",
                "Sở Tư pháp báo cáo UBND tỉnh; Chủ tịch UBND tỉnh quyết định cho trẻ em làm con nuôi người nước ngoài.",
                "Sở Tư pháp tổ chức lễ giao nhận con nuôi tại trụ sở Sở và ghi vào Sổ đăng ký nuôi con nuôi.",
            ),
            "result": "Quyết định cho người nước ngoài nhận trẻ em Việt Nam làm con nuôi; biên bản giao nhận con nuôi.",
            "legal_basis": _ul(
                "Luật Nuôi con nuôi số 52/2010/QH12",
                "Nghị định số 19/2011/NĐ-CP, được sửa đổi bởi Nghị định số 24/2019/NĐ-CP",
                "Nghị định số 114/2016/NĐ-CP quy định lệ phí đăng ký nuôi con nuôi, lệ phí cấp giấy phép hoạt động "
                "của tổ chức con nuôi nước ngoài",
                "Thông tư số 10/2020/TT-BTP quy định mẫu giấy tờ, sổ sách về nuôi con nuôi",
            ),
            "documents": [
                _doc("Đơn xin nhận con nuôi của người nhận con nuôi", originals=1),
                _doc("Hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu của người nhận con nuôi", certified_copies=1),
                _doc(
                    "Văn bản cho phép được nhận con nuôi ở Việt Nam của cơ quan có thẩm quyền nước ngoài", originals=1
                ),
                _doc("Bản điều tra về tâm lý, gia đình; văn bản xác nhận tình trạng sức khỏe", originals=1),
                _doc("Phiếu lý lịch tư pháp hoặc văn bản tương đương do nước ngoài cấp", originals=1),
                _doc("Giấy khai sinh và giấy khám sức khỏe của trẻ em được nhận làm con nuôi", certified_copies=1),
            ],
        },
    ],
}

# --------------------------------------------------------------------------------------------------------------------
# 3. House ownership and land-use right certificates
# --------------------------------------------------------------------------------------------------------------------

NHA_DAT = {
    "slug": "nha-dat",
    "title": "Sử dụng nhà đất, cấp Giấy chứng nhận quyền sử dụng đất",
    "short_name": "Nhà đất",
    "intro": (
        "Đăng ký đất đai và cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất "
        "cho cá nhân ở đô thị và tổ chức kinh tế, cùng các thủ tục đăng ký biến động, cấp đổi, cấp lại. "
        "Tổ chức nộp hồ sơ tại Văn phòng Đăng ký đất đai; cá nhân đăng ký lần đầu tại UBND phường nơi có đất."
    ),
    "procedures": [
        {
            "code": "1.004201",
            "title": (
                "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu "
                "tài sản gắn liền với đất lần đầu đối với tổ chức"
            ),
            "agency": VP_DKDD,
            "online_level": "partial",
            "processing_time": 20,
            "processing_time_unit": "working_days",
            "fee_amount": 500000,
            "fee_note": (
                "Lệ phí cấp Giấy chứng nhận cho tổ chức (đất và tài sản gắn liền với đất) theo Nghị quyết HĐND tỉnh; "
                "chưa gồm phí thẩm định hồ sơ và tiền sử dụng đất (nếu có)."
            ),
            "applicants": "Tổ chức trong nước, tổ chức kinh tế có vốn đầu tư nước ngoài, tổ chức tôn giáo.",
            "conditions": _ul(
                "Đất sử dụng ổn định, không có tranh chấp, phù hợp với quy hoạch.",
                "Tài sản gắn liền với đất được tạo lập hợp pháp (giấy phép xây dựng hoặc giấy tờ tương đương).",
            ),
            "number_of_sets": 1,
            "submission_place": AT_LAND_OFFICE,
            "steps": _ol(
                "Tổ chức nộp hồ sơ trực tiếp hoặc trực tuyến.",
                "Văn phòng Đăng ký đất đai kiểm tra hồ sơ, trích đo địa chính (nếu cần), xác minh hiện trạng.",
                "Chuyển thông tin đến cơ quan thuế để xác định nghĩa vụ tài chính (nếu có).",
                "Sở Nông nghiệp và Môi trường ký Giấy chứng nhận; cập nhật cơ sở dữ liệu đất đai.",
                "Trả Giấy chứng nhận sau khi người sử dụng đất hoàn thành nghĩa vụ tài chính.",
            ),
            "result": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất.",
            "legal_basis": _ul(LUAT_DAT_DAI, ND_101_2024, ND_151_2025, TT_85_2019, NQ_HDND_LE_PHI),
            "documents": [
                _doc("Đơn đăng ký đất đai, tài sản gắn liền với đất", originals=1, template="don-dang-ky-dat-dai"),
                _doc("Quyết định giao đất, cho thuê đất hoặc giấy tờ về quyền sử dụng đất", certified_copies=1),
                _doc("Giấy phép xây dựng, hồ sơ hoàn công công trình (nếu đăng ký tài sản)", certified_copies=1),
                _doc("Chứng từ thực hiện nghĩa vụ tài chính (nếu có)", photocopies=1),
            ],
        },
        {
            "code": "1.004202",
            "title": (
                "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu "
                "tài sản gắn liền với đất lần đầu đối với cá nhân, cộng đồng dân cư"
            ),
            "agency": UBND_PHUONG,
            "online_level": "partial",
            "processing_time": 20,
            "processing_time_unit": "working_days",
            "fee_amount": 100000,
            "fee_note": "Lệ phí cấp Giấy chứng nhận (đất và nhà ở, tại phường) theo Nghị quyết HĐND tỉnh.",
            "applicants": "Cá nhân, hộ gia đình, cộng đồng dân cư đang sử dụng đất tại phường.",
            "conditions": _ul(
                "Có giấy tờ về quyền sử dụng đất, hoặc sử dụng đất ổn định, không tranh chấp được "
                "UBND phường xác nhận.",
                "Không thuộc trường hợp lấn, chiếm đất hoặc vi phạm quy hoạch sau thời điểm theo quy định.",
            ),
            "number_of_sets": 1,
            "submission_place": AT_COMMUNE,
            "steps": _ol(
                "Nộp hồ sơ tại Trung tâm Phục vụ hành chính công phường hoặc trực tuyến.",
                "UBND phường xác nhận hiện trạng, tình trạng tranh chấp, nguồn gốc và thời điểm sử dụng đất; "
                "niêm yết công khai 15 ngày.",
                "Chi nhánh Văn phòng Đăng ký đất đai kiểm tra, trích lục hoặc trích đo thửa đất, gửi cơ quan thuế.",
                "Chủ tịch UBND phường ký Giấy chứng nhận; trả kết quả sau khi hoàn thành nghĩa vụ tài chính.",
            ),
            "result": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất.",
            "legal_basis": _ul(LUAT_DAT_DAI, ND_101_2024, ND_151_2025),
            "documents": [
                _doc("Đơn đăng ký đất đai, tài sản gắn liền với đất", originals=1, template="don-dang-ky-dat-dai"),
                _doc("Giấy tờ về quyền sử dụng đất (nếu có)", certified_copies=1),
                _doc("Giấy tờ về quyền sở hữu nhà ở (giấy phép xây dựng, hợp đồng mua bán, ...)", certified_copies=1),
                _doc("Mảnh trích đo bản đồ địa chính thửa đất (nếu có)", originals=1),
            ],
        },
        {
            "code": "1.004203",
            "title": (
                "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp "
                "chuyển nhượng, tặng cho, thừa kế"
            ),
            "agency": VP_DKDD,
            "online_level": "partial",
            "processing_time": 10,
            "processing_time_unit": "working_days",
            "fee_amount": 50000,
            "fee_note": (
                "Lệ phí đăng ký biến động theo Nghị quyết HĐND tỉnh; thuế thu nhập cá nhân và lệ phí trước bạ nộp "
                "theo thông báo của cơ quan thuế."
            ),
            "applicants": "Cá nhân, tổ chức nhận chuyển nhượng, nhận tặng cho, nhận thừa kế quyền sử dụng đất.",
            "conditions": _ul(
                "Hợp đồng, văn bản chuyển quyền đã được công chứng hoặc chứng thực theo quy định.",
                "Đất không có tranh chấp, không bị kê biên, còn thời hạn sử dụng.",
            ),
            "number_of_sets": 1,
            "submission_place": AT_LAND_OFFICE,
            "steps": _ol(
                "Nộp hồ sơ tại Bộ phận Một cửa hoặc trực tuyến; nộp bản gốc Giấy chứng nhận khi được hẹn.",
                "Văn phòng Đăng ký đất đai kiểm tra, gửi thông tin cho cơ quan thuế.",
                "Người đăng ký nộp thuế, lệ phí theo thông báo.",
                "Văn phòng Đăng ký đất đai cấp Giấy chứng nhận mới hoặc xác nhận biến động, cập nhật hồ sơ địa chính.",
            ),
            "result": "Giấy chứng nhận mới hoặc Giấy chứng nhận đã cấp được xác nhận nội dung biến động.",
            "legal_basis": _ul(LUAT_DAT_DAI, ND_101_2024, "Luật Công chứng số 46/2024/QH15"),
            "documents": [
                _doc(
                    "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất",
                    originals=1,
                    template="don-dang-ky-bien-dong",
                ),
                _doc("Hợp đồng, văn bản chuyển nhượng, tặng cho, thừa kế đã công chứng, chứng thực", originals=1),
                _doc("Giấy chứng nhận đã cấp", originals=1),
                _doc("Giấy tờ chứng minh được miễn, giảm nghĩa vụ tài chính (nếu có)", certified_copies=1),
            ],
        },
        {
            "code": "1.004204",
            "title": "Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
            "agency": VP_DKDD,
            "online_level": "partial",
            "processing_time": 7,
            "processing_time_unit": "working_days",
            "fee_amount": 50000,
            "fee_note": "Lệ phí cấp đổi Giấy chứng nhận theo Nghị quyết HĐND tỉnh.",
            "applicants": "Người sử dụng đất, chủ sở hữu tài sản có Giấy chứng nhận bị ố, nhòe, rách, hư hỏng.",
            "conditions": _ul(
                "Giấy chứng nhận đã cấp bị ố, nhòe, rách, hư hỏng; hoặc người sử dụng đất có nhu cầu đổi sang mẫu mới.",
            ),
            "number_of_sets": 1,
            "submission_place": AT_LAND_OFFICE,
            "steps": _ol(
                "Nộp đơn và bản gốc Giấy chứng nhận đã cấp.",
                "Văn phòng Đăng ký đất đai kiểm tra, in Giấy chứng nhận mới, trình ký.",
                "Trả Giấy chứng nhận mới, thu hồi Giấy chứng nhận cũ.",
            ),
            "result": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (cấp đổi).",
            "legal_basis": _ul(LUAT_DAT_DAI, ND_101_2024),
            "documents": [
                _doc("Đơn đăng ký biến động (đề nghị cấp đổi)", originals=1, template="don-dang-ky-bien-dong"),
                _doc("Giấy chứng nhận đã cấp", originals=1),
            ],
        },
        {
            "code": "1.004205",
            "title": "Cấp lại Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do bị mất",
            "agency": VP_DKDD,
            "online_level": "information",
            "processing_time": 10,
            "processing_time_unit": "working_days",
            "fee_amount": 50000,
            "fee_note": "Lệ phí cấp lại Giấy chứng nhận theo Nghị quyết HĐND tỉnh.",
            "applicants": "Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất bị mất Giấy chứng nhận.",
            "conditions": _ul(
                "Đã khai báo mất và được niêm yết thông báo mất Giấy chứng nhận tại UBND cấp xã nơi có đất 15 ngày.",
            ),
            "number_of_sets": 1,
            "submission_place": AT_LAND_OFFICE,
            "steps": _ol(
                "Khai báo mất Giấy chứng nhận với UBND phường; UBND phường niêm yết thông báo.",
                "Hết thời hạn niêm yết, nộp hồ sơ đề nghị cấp lại.",
                "Văn phòng Đăng ký đất đai kiểm tra, hủy Giấy chứng nhận bị mất, lập Giấy chứng nhận mới trình ký.",
                "Trả Giấy chứng nhận cho người đề nghị.",
            ),
            "result": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (cấp lại).",
            "legal_basis": _ul(LUAT_DAT_DAI, ND_101_2024),
            "documents": [
                _doc("Đơn đề nghị cấp lại Giấy chứng nhận", originals=1, template="don-dang-ky-bien-dong"),
                _doc("Giấy xác nhận của UBND phường về việc đã niêm yết thông báo mất Giấy chứng nhận", originals=1),
            ],
        },
    ],
}

# --------------------------------------------------------------------------------------------------------------------
# 4. Civil status changes and corrections
# --------------------------------------------------------------------------------------------------------------------

HO_TICH = {
    "slug": "ho-tich",
    "title": "Hộ tịch: thay đổi, cải chính, bổ sung thông tin hộ tịch",
    "short_name": "Hộ tịch",
    "intro": (
        "Thay đổi họ, chữ đệm, tên; cải chính thông tin sai sót; bổ sung thông tin còn thiếu; xác định lại dân tộc "
        "trong Sổ hộ tịch và giấy tờ hộ tịch đã cấp. Nhóm này cũng gồm cấp bản sao trích lục hộ tịch và "
        "Giấy xác nhận tình trạng hôn nhân, thường được yêu cầu kèm theo."
    ),
    "procedures": [
        {
            "code": "1.004859",
            "title": "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch",
            "agency": UBND_PHUONG,
            "online_level": "full",
            "processing_time": 3,
            "processing_time_unit": "working_days",
            "fee_amount": 15000,
            "fee_note": "Lệ phí theo Nghị quyết HĐND tỉnh; bổ sung thông tin hộ tịch không thu lệ phí.",
            "applicants": "Cá nhân có yêu cầu thay đổi, cải chính, bổ sung thông tin hộ tịch của mình hoặc của con.",
            "conditions": _ul(
                "Thay đổi họ, chữ đệm, tên cho người dưới 18 tuổi phải có sự đồng ý của cha, mẹ; từ đủ 09 tuổi phải "
                "có sự đồng ý của người đó.",
                "Cải chính khi có căn cứ xác định thông tin đã đăng ký bị sai sót.",
            ),
            "number_of_sets": 1,
            "submission_place": AT_COMMUNE,
            "steps": _ol(
                "Nộp tờ khai và giấy tờ làm căn cứ trực tuyến hoặc tại Bộ phận Một cửa.",
                "Công chức tư pháp - hộ tịch kiểm tra; nếu hợp lệ, ghi vào Sổ hộ tịch.",
                "Chủ tịch UBND phường ký trích lục; trả kết quả (bản giấy hoặc bản điện tử).",
            ),
            "result": "Trích lục thay đổi, cải chính hộ tịch hoặc trích lục bổ sung thông tin hộ tịch.",
            "legal_basis": _ul(LUAT_HO_TICH, "Bộ luật Dân sự số 91/2015/QH13", ND_123_2015, TT_04_2020),
            "documents": [
                _doc(
                    "Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch",
                    originals=1,
                    template="to-khai-thay-doi-cai-chinh",
                ),
                _doc("Giấy tờ hộ tịch cần thay đổi, cải chính, bổ sung (Giấy khai sinh, ...)", originals=1),
                _doc("Giấy tờ làm căn cứ cho việc cải chính, bổ sung (học bạ, văn bằng, ...)", certified_copies=1),
            ],
        },
        {
            "code": "1.004860",
            "title": "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc",
            "agency": UBND_PHUONG,
            "online_level": "partial",
            "processing_time": 3,
            "processing_time_unit": "working_days",
            "fee_amount": 28000,
            "fee_note": "Lệ phí theo Nghị quyết HĐND tỉnh.",
            "applicants": (
                "Công dân Việt Nam từ đủ 14 tuổi cải chính hộ tịch; người có yêu cầu xác định lại dân tộc; "
                "việc hộ tịch có yếu tố nước ngoài."
            ),
            "conditions": _ul(
                "Xác định lại dân tộc theo dân tộc của cha đẻ hoặc mẹ đẻ, theo quy định của Bộ luật Dân sự.",
            ),
            "number_of_sets": 1,
            "submission_place": AT_COMMUNE,
            "steps": _ol(
                "Nộp tờ khai và giấy tờ liên quan.",
                "Công chức tư pháp - hộ tịch kiểm tra, báo cáo Chủ tịch UBND phường; trường hợp cần xác minh thì "
                "thời hạn kéo dài thêm không quá 03 ngày làm việc.",
                "Chủ tịch UBND phường ký trích lục; ghi chú vào Sổ đăng ký khai sinh gốc (nếu đăng ký nơi khác thì "
                "thông báo để ghi chú).",
                "Trả kết quả cho người yêu cầu.",
            ),
            "result": "Trích lục thay đổi, cải chính hộ tịch, xác định lại dân tộc.",
            "legal_basis": _ul(LUAT_HO_TICH, "Bộ luật Dân sự số 91/2015/QH13", ND_123_2015, ND_120_2025),
            "documents": [
                _doc(
                    "Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch",
                    originals=1,
                    template="to-khai-thay-doi-cai-chinh",
                ),
                _doc("Giấy khai sinh của người cần cải chính, xác định lại dân tộc", originals=1),
                _doc("Giấy tờ chứng minh dân tộc của cha đẻ, mẹ đẻ (khi xác định lại dân tộc)", certified_copies=1),
            ],
        },
        {
            "code": "1.004873",
            "title": "Cấp Giấy xác nhận tình trạng hôn nhân",
            "agency": UBND_PHUONG,
            "online_level": "full",
            "processing_time": 3,
            "processing_time_unit": "working_days",
            "fee_amount": 15000,
            "fee_note": "Lệ phí theo Nghị quyết HĐND tỉnh.",
            "applicants": "Công dân Việt Nam cư trú trong nước; người nước ngoài thường trú tại Việt Nam có yêu cầu.",
            "conditions": "",
            "number_of_sets": 1,
            "submission_place": AT_COMMUNE,
            "steps": _ol(
                "Nộp tờ khai trực tuyến hoặc tại Bộ phận Một cửa.",
                "Công chức tư pháp - hộ tịch tra cứu Cơ sở dữ liệu hộ tịch; xác minh nếu người yêu cầu đã từng cư trú "
                "nhiều nơi.",
                "Chủ tịch UBND phường ký Giấy xác nhận tình trạng hôn nhân; trả kết quả.",
            ),
            "result": "Giấy xác nhận tình trạng hôn nhân (giá trị 06 tháng kể từ ngày cấp).",
            "legal_basis": _ul(LUAT_HO_TICH, ND_123_2015, TT_04_2020),
            "documents": [
                _doc(
                    "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân",
                    originals=1,
                    template="to-khai-xac-nhan-hon-nhan",
                ),
                _doc("Bản án, quyết định ly hôn hoặc giấy chứng tử của vợ, chồng (nếu có)", certified_copies=1),
            ],
        },
        {
            "code": "1.003583",
            "title": "Cấp bản sao trích lục hộ tịch",
            "agency": SO_TU_PHAP,
            "online_level": "full",
            "processing_time": 1,
            "processing_time_unit": "working_days",
            "fee_amount": 8000,
            "fee_note": "8.000 đồng/bản sao trích lục/sự kiện hộ tịch (Thông tư số 281/2016/TT-BTC).",
            "applicants": "Cá nhân có yêu cầu cấp bản sao trích lục hộ tịch đã đăng ký.",
            "conditions": "",
            "number_of_sets": 1,
            "submission_place": AT_PROVINCE,
            "steps": _ol(
                "Nộp tờ khai trực tuyến hoặc tại Trung tâm Phục vụ hành chính công tỉnh.",
                "Cán bộ tra cứu Cơ sở dữ liệu hộ tịch, Sổ hộ tịch lưu trữ.",
                "Cấp bản sao trích lục; trả kết quả ngay trong ngày (nộp sau 15 giờ thì trả trong ngày làm việc tiếp).",
            ),
            "result": "Bản sao trích lục hộ tịch.",
            "legal_basis": _ul(
                LUAT_HO_TICH,
                ND_123_2015,
                "Thông tư số 281/2016/TT-BTC quy định mức thu phí khai thác, sử dụng thông tin trong cơ sở dữ liệu "
                "hộ tịch",
            ),
            "documents": [
                _doc("Tờ khai cấp bản sao trích lục hộ tịch", originals=1, template="to-khai-trich-luc-ho-tich"),
                _doc("Văn bản ủy quyền (nếu yêu cầu thay người khác)", originals=1),
            ],
        },
        {
            "code": "1.000656",
            "title": (
                "Ghi vào Sổ hộ tịch việc hộ tịch khác của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm "
                "quyền của nước ngoài"
            ),
            "agency": UBND_PHUONG,
            "online_level": "information",
            "processing_time": 5,
            "processing_time_unit": "working_days",
            "fee_amount": 50000,
            "fee_note": "Lệ phí theo Nghị quyết HĐND tỉnh.",
            "applicants": (
                "Công dân Việt Nam có việc thay đổi hộ tịch, nhận cha, mẹ, con, nuôi con nuôi, giám hộ đã được "
                "giải quyết ở nước ngoài."
            ),
            "conditions": "",
            "number_of_sets": 1,
            "submission_place": AT_COMMUNE,
            "steps": _ol(
                "Nộp tờ khai và giấy tờ do cơ quan có thẩm quyền nước ngoài cấp.",
                "Công chức tư pháp - hộ tịch kiểm tra tính hợp lệ, ghi vào Sổ hộ tịch.",
                "Chủ tịch UBND phường ký trích lục; trả kết quả.",
            ),
            "result": "Trích lục ghi chú hộ tịch.",
            "legal_basis": _ul(LUAT_HO_TICH, ND_123_2015, ND_120_2025),
            "documents": [
                _doc("Tờ khai ghi vào Sổ hộ tịch việc hộ tịch đã giải quyết ở nước ngoài", originals=1),
                _doc(
                    "Giấy tờ do cơ quan có thẩm quyền nước ngoài cấp (đã hợp pháp hóa lãnh sự, dịch sang tiếng Việt)",
                    certified_copies=1,
                ),
            ],
        },
    ],
}

# --------------------------------------------------------------------------------------------------------------------
# 5. Investment
# --------------------------------------------------------------------------------------------------------------------

DAU_TU = {
    "slug": "dau-tu",
    "title": "Đầu tư tại Việt Nam",
    "short_name": "Đầu tư",
    "intro": (
        "Chấp thuận chủ trương đầu tư, cấp và điều chỉnh Giấy chứng nhận đăng ký đầu tư, đăng ký góp vốn của "
        "nhà đầu tư nước ngoài. Ưu đãi đầu tư được ghi trên Giấy chứng nhận đăng ký đầu tư hoặc quyết định "
        "chấp thuận chủ trương đầu tư. Dự án trong khu công nghiệp nộp hồ sơ tại Ban Quản lý các khu công nghiệp."
    ),
    "procedures": [
        {
            "code": "1.009645",
            "title": "Chấp thuận chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh",
            "agency": VP_UBND,
            "online_level": "partial",
            "processing_time": 35,
            "processing_time_unit": "calendar_days",
            "fee_amount": 0,
            "fee_note": NO_FEE,
            "applicants": "Nhà đầu tư trong nước, nhà đầu tư nước ngoài, tổ chức kinh tế có vốn đầu tư nước ngoài.",
            "conditions": _ul(
                "Dự án thuộc thẩm quyền chấp thuận chủ trương đầu tư của UBND tỉnh theo Điều 32 Luật Đầu tư.",
                "Phù hợp với quy hoạch; đáp ứng điều kiện tiếp cận thị trường đối với nhà đầu tư nước ngoài.",
            ),
            "number_of_sets": 4,
            "submission_place": AT_PROVINCE,
            "steps": _ol(
                "Nhà đầu tư nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh và kê khai trên Hệ thống thông tin "
                "quốc gia về đầu tư.",
                "Sở Tài chính gửi hồ sơ lấy ý kiến các sở, ngành liên quan (15 ngày).",
                "Sở Tài chính lập báo cáo thẩm định trình UBND tỉnh.",
                "Chủ tịch hoặc Phó Chủ tịch UBND tỉnh quyết định chấp thuận chủ trương đầu tư; trả kết quả.",
            ),
            "result": "Quyết định chấp thuận chủ trương đầu tư, đồng thời chấp thuận nhà đầu tư (nếu có).",
            "legal_basis": _ul(LUAT_DAU_TU, ND_31_2021, TT_03_2021),
            "documents": [
                _doc("Văn bản đề nghị thực hiện dự án đầu tư", originals=1, template="van-ban-de-nghi-du-an"),
                _doc("Đề xuất dự án đầu tư", originals=1, template="de-xuat-du-an"),
                _doc("Tài liệu về tư cách pháp lý của nhà đầu tư", certified_copies=1),
                _doc("Tài liệu chứng minh năng lực tài chính (báo cáo tài chính 02 năm gần nhất, ...)", photocopies=1),
                _doc("Giải trình về sử dụng công nghệ (dự án thuộc diện thẩm định công nghệ)", originals=1),
            ],
        },
        {
            "code": "1.009648",
            "title": ("Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư"),
            "agency": SO_TAI_CHINH,
            "online_level": "full",
            "processing_time": 15,
            "processing_time_unit": "calendar_days",
            "fee_amount": 0,
            "fee_note": NO_FEE,
            "applicants": "Nhà đầu tư nước ngoài, tổ chức kinh tế có vốn đầu tư nước ngoài thuộc trường hợp phải cấp.",
            "conditions": _ul(
                "Ngành, nghề không bị cấm đầu tư kinh doanh; địa điểm phù hợp quy hoạch.",
                "Đáp ứng suất đầu tư, số lượng lao động (nếu có) và điều kiện tiếp cận thị trường.",
            ),
            "number_of_sets": 1,
            "submission_place": AT_PROVINCE_OR_POST,
            "steps": _ol(
                "Nhà đầu tư kê khai và nộp hồ sơ trực tuyến trên Hệ thống thông tin quốc gia về đầu tư.",
                "Sở Tài chính kiểm tra tính hợp lệ; yêu cầu bổ sung nếu cần.",
                "Sở Tài chính cấp Giấy chứng nhận đăng ký đầu tư hoặc thông báo từ chối bằng văn bản, nêu rõ lý do.",
            ),
            "result": "Giấy chứng nhận đăng ký đầu tư.",
            "legal_basis": _ul(LUAT_DAU_TU, ND_31_2021, TT_03_2021),
            "documents": [
                _doc("Văn bản đề nghị thực hiện dự án đầu tư", originals=1, template="van-ban-de-nghi-du-an"),
                _doc("Đề xuất dự án đầu tư", originals=1, template="de-xuat-du-an"),
                _doc("Tài liệu về tư cách pháp lý của nhà đầu tư", certified_copies=1),
                _doc("Tài liệu chứng minh năng lực tài chính của nhà đầu tư", photocopies=1),
                _doc(
                    "Bản sao giấy tờ về quyền sử dụng địa điểm (thỏa thuận thuê đất, thuê nhà xưởng, ...)",
                    photocopies=1,
                ),
            ],
        },
        {
            "code": "1.009650",
            "title": (
                "Điều chỉnh Giấy chứng nhận đăng ký đầu tư đối với dự án đầu tư không thuộc diện chấp thuận "
                "điều chỉnh chủ trương đầu tư"
            ),
            "agency": BQL_KCN,
            "online_level": "partial",
            "processing_time": 10,
            "processing_time_unit": "calendar_days",
            "fee_amount": 0,
            "fee_note": NO_FEE,
            "applicants": "Nhà đầu tư có dự án trong khu công nghiệp đã được cấp Giấy chứng nhận đăng ký đầu tư.",
            "conditions": "",
            "number_of_sets": 1,
            "submission_place": "Ban Quản lý các khu công nghiệp tỉnh, Khu công nghiệp Đông Thành; hoặc trực tuyến",
            "steps": _ol(
                "Nhà đầu tư nộp hồ sơ đề nghị điều chỉnh (trực tiếp hoặc trực tuyến).",
                "Ban Quản lý các khu công nghiệp xem xét nội dung điều chỉnh.",
                "Ban Quản lý các khu công nghiệp cấp Giấy chứng nhận đăng ký đầu tư điều chỉnh.",
            ),
            "result": "Giấy chứng nhận đăng ký đầu tư điều chỉnh.",
            "legal_basis": _ul(LUAT_DAU_TU, ND_31_2021, TT_03_2021),
            "documents": [
                _doc("Văn bản đề nghị điều chỉnh dự án đầu tư", originals=1),
                _doc("Báo cáo tình hình thực hiện dự án đầu tư đến thời điểm đề nghị điều chỉnh", originals=1),
                _doc("Quyết định của nhà đầu tư về việc điều chỉnh dự án đầu tư", originals=1),
                _doc("Tài liệu giải trình nội dung điều chỉnh", photocopies=1),
            ],
        },
        {
            "code": "1.009743",
            "title": "Đăng ký góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài",
            "agency": SO_TAI_CHINH,
            "online_level": "full",
            "processing_time": 15,
            "processing_time_unit": "calendar_days",
            "fee_amount": 0,
            "fee_note": NO_FEE,
            "applicants": "Tổ chức kinh tế nhận góp vốn của nhà đầu tư nước ngoài trong các trường hợp phải đăng ký.",
            "conditions": _ul(
                "Đáp ứng điều kiện tiếp cận thị trường đối với nhà đầu tư nước ngoài.",
                "Bảo đảm quốc phòng, an ninh khi tổ chức kinh tế có quyền sử dụng đất tại khu vực nhạy cảm.",
            ),
            "number_of_sets": 1,
            "submission_place": AT_PROVINCE_OR_POST,
            "steps": _ol(
                "Tổ chức kinh tế nộp hồ sơ trực tuyến.",
                "Sở Tài chính xem xét điều kiện góp vốn; lấy ý kiến cơ quan quốc phòng, công an khi cần.",
                "Sở Tài chính thông báo đáp ứng hoặc không đáp ứng điều kiện góp vốn.",
            ),
            "result": (
                "Văn bản thông báo nhà đầu tư nước ngoài đáp ứng điều kiện góp vốn, mua cổ phần, mua phần vốn góp."
            ),
            "legal_basis": _ul(LUAT_DAU_TU, ND_31_2021, TT_03_2021),
            "documents": [
                _doc("Văn bản đăng ký góp vốn, mua cổ phần, mua phần vốn góp", originals=1),
                _doc(
                    "Giấy tờ pháp lý của cá nhân, tổ chức góp vốn và tổ chức kinh tế nhận góp vốn", certified_copies=1
                ),
                _doc("Văn bản thỏa thuận nguyên tắc về việc góp vốn giữa các bên", originals=1),
                _doc("Giấy chứng nhận quyền sử dụng đất của tổ chức kinh tế (nếu có)", photocopies=1),
            ],
        },
        {
            "code": "1.009668",
            "title": "Chấm dứt hoạt động dự án đầu tư",
            "agency": SO_TAI_CHINH,
            "online_level": "information",
            "processing_time": 15,
            "processing_time_unit": "calendar_days",
            "fee_amount": 0,
            "fee_note": NO_FEE,
            "applicants": "Nhà đầu tư tự quyết định chấm dứt hoặc chấm dứt theo điều kiện quy định trong hợp đồng.",
            "conditions": "",
            "number_of_sets": 1,
            "submission_place": AT_PROVINCE,
            "steps": _ol(
                "Nhà đầu tư gửi quyết định chấm dứt hoạt động dự án kèm Giấy chứng nhận đăng ký đầu tư.",
                "Sở Tài chính thông báo chấm dứt hoạt động dự án cho các cơ quan liên quan.",
                "Nhà đầu tư thanh lý dự án theo quy định của pháp luật.",
            ),
            "result": "Thông báo chấm dứt hoạt động dự án đầu tư; thu hồi Giấy chứng nhận đăng ký đầu tư.",
            "legal_basis": _ul(LUAT_DAU_TU, ND_31_2021),
            "documents": [
                _doc("Quyết định chấm dứt hoạt động dự án đầu tư của nhà đầu tư", originals=1),
                _doc("Giấy chứng nhận đăng ký đầu tư", originals=1),
            ],
        },
    ],
}

# --------------------------------------------------------------------------------------------------------------------
# 6. Emulation and commendation
# --------------------------------------------------------------------------------------------------------------------

THI_DUA = {
    "slug": "thi-dua-khen-thuong",
    "title": "Thi đua, khen thưởng",
    "short_name": "Thi đua - Khen thưởng",
    "intro": (
        "Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen, Cờ thi đua, danh hiệu Chiến sĩ thi đua cấp tỉnh cho tập thể, "
        "cá nhân và gia đình có thành tích. Hồ sơ do cơ quan, đơn vị trình qua Sở Nội vụ (Ban Thi đua - Khen thưởng) "
        "thẩm định trước khi trình Hội đồng Thi đua - Khen thưởng tỉnh."
    ),
    "procedures": [
        {
            "code": "1.005301",
            "title": "Thủ tục tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh",
            "agency": VP_UBND,
            "online_level": "partial",
            "processing_time": 20,
            "processing_time_unit": "working_days",
            "fee_amount": 0,
            "fee_note": NO_FEE,
            "applicants": "Cơ quan, tổ chức, đơn vị thuộc tỉnh đề nghị khen thưởng cho tập thể, cá nhân.",
            "conditions": _ul(
                "Tập thể, cá nhân có thành tích xuất sắc được bình xét trong các phong trào thi đua.",
                "Cá nhân gương mẫu chấp hành chủ trương, chính sách, pháp luật; hoàn thành tốt nhiệm vụ "
                "02 năm liên tục.",
            ),
            "number_of_sets": 1,
            "submission_place": AT_PROVINCE,
            "steps": _ol(
                "Cơ quan, đơn vị trình hồ sơ đề nghị khen thưởng (bản giấy hoặc trên Hệ thống quản lý văn bản).",
                "Sở Nội vụ (Ban Thi đua - Khen thưởng) thẩm định, xin ý kiến các cơ quan liên quan khi cần.",
                "Văn phòng UBND tỉnh trình Chủ tịch UBND tỉnh ký quyết định khen thưởng.",
                "Thông báo kết quả và trao Bằng khen cho đơn vị trình.",
            ),
            "result": "Quyết định tặng Bằng khen của Chủ tịch UBND tỉnh; Bằng khen.",
            "legal_basis": _ul(LUAT_TDKT, ND_98_2023, "Quy chế thi đua, khen thưởng của UBND tỉnh"),
            "documents": [
                _doc("Tờ trình đề nghị khen thưởng của cơ quan, đơn vị", originals=1),
                _doc("Biên bản họp xét của Hội đồng thi đua, khen thưởng cấp trình", originals=1),
                _doc(
                    "Báo cáo thành tích của tập thể được đề nghị khen thưởng",
                    originals=1,
                    template="bao-cao-thanh-tich-tap-the",
                ),
                _doc(
                    "Báo cáo thành tích của cá nhân được đề nghị khen thưởng",
                    originals=1,
                    template="bao-cao-thanh-tich-ca-nhan",
                ),
            ],
        },
        {
            "code": "1.005302",
            "title": "Thủ tục tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh theo thủ tục đơn giản",
            "agency": VP_UBND,
            "online_level": "partial",
            "processing_time": 10,
            "processing_time_unit": "working_days",
            "fee_amount": 0,
            "fee_note": NO_FEE,
            "applicants": "Cơ quan, đơn vị đề nghị khen thưởng tập thể, cá nhân lập thành tích đột xuất.",
            "conditions": _ul(
                "Thành tích đột xuất, có phạm vi ảnh hưởng, được phát hiện kịp thời.",
                "Hồ sơ chỉ gồm tờ trình và bản tóm tắt thành tích.",
            ),
            "number_of_sets": 1,
            "submission_place": AT_PROVINCE,
            "steps": _ol(
                "Cơ quan, đơn vị trình tờ trình kèm tóm tắt thành tích.",
                "Sở Nội vụ thẩm định trong thời hạn rút gọn.",
                "Chủ tịch UBND tỉnh quyết định khen thưởng; trao thưởng kịp thời.",
            ),
            "result": "Quyết định tặng Bằng khen của Chủ tịch UBND tỉnh; Bằng khen.",
            "legal_basis": _ul(LUAT_TDKT, ND_98_2023),
            "documents": [
                _doc("Tờ trình đề nghị khen thưởng", originals=1),
                _doc("Bản tóm tắt thành tích của tập thể, cá nhân", originals=1),
            ],
        },
        {
            "code": "1.005303",
            "title": "Thủ tục tặng Cờ thi đua của Ủy ban nhân dân cấp tỉnh",
            "agency": SO_NOI_VU,
            "online_level": "partial",
            "processing_time": 20,
            "processing_time_unit": "working_days",
            "fee_amount": 0,
            "fee_note": NO_FEE,
            "applicants": "Tập thể dẫn đầu các cụm, khối thi đua hoặc phong trào thi đua theo chuyên đề của tỉnh.",
            "conditions": _ul(
                "Hoàn thành vượt mức chỉ tiêu thi đua và nhiệm vụ được giao trong năm.",
                "Được suy tôn là tập thể dẫn đầu cụm, khối thi đua.",
            ),
            "number_of_sets": 1,
            "submission_place": AT_PROVINCE,
            "steps": _ol(
                "Trưởng cụm, khối thi đua hoặc cơ quan, đơn vị trình hồ sơ.",
                "Ban Thi đua - Khen thưởng thẩm định, tổng hợp trình Hội đồng Thi đua - Khen thưởng tỉnh.",
                "UBND tỉnh quyết định tặng Cờ thi đua; tổ chức trao tặng.",
            ),
            "result": "Quyết định tặng Cờ thi đua của UBND tỉnh; Cờ thi đua.",
            "legal_basis": _ul(LUAT_TDKT, ND_98_2023),
            "documents": [
                _doc("Tờ trình đề nghị khen thưởng", originals=1),
                _doc("Biên bản họp xét, suy tôn của cụm, khối thi đua", originals=1),
                _doc("Báo cáo thành tích của tập thể", originals=1, template="bao-cao-thanh-tich-tap-the"),
            ],
        },
        {
            "code": "1.005304",
            "title": "Thủ tục tặng danh hiệu Chiến sĩ thi đua cấp tỉnh",
            "agency": SO_NOI_VU,
            "online_level": "partial",
            "processing_time": 20,
            "processing_time_unit": "working_days",
            "fee_amount": 0,
            "fee_note": NO_FEE,
            "applicants": "Cá nhân có thành tích tiêu biểu xuất sắc, do cơ quan, đơn vị quản lý đề nghị.",
            "conditions": _ul(
                "Có thành tích tiêu biểu xuất sắc trong số những cá nhân có 03 lần liên tục đạt danh hiệu "
                "Chiến sĩ thi đua cơ sở.",
                "Có sáng kiến hoặc đề tài khoa học được công nhận có phạm vi ảnh hưởng trong tỉnh.",
            ),
            "number_of_sets": 1,
            "submission_place": AT_PROVINCE,
            "steps": _ol(
                "Cơ quan, đơn vị trình hồ sơ đề nghị.",
                "Ban Thi đua - Khen thưởng thẩm định; Hội đồng Khoa học, Sáng kiến tỉnh xem xét mức độ ảnh hưởng.",
                "Chủ tịch UBND tỉnh quyết định tặng danh hiệu.",
            ),
            "result": "Quyết định tặng danh hiệu Chiến sĩ thi đua cấp tỉnh; Bằng chứng nhận.",
            "legal_basis": _ul(LUAT_TDKT, ND_98_2023),
            "documents": [
                _doc("Tờ trình đề nghị khen thưởng", originals=1),
                _doc("Biên bản họp xét của Hội đồng thi đua, khen thưởng cấp trình", originals=1),
                _doc("Báo cáo thành tích của cá nhân", originals=1, template="bao-cao-thanh-tich-ca-nhan"),
                _doc("Văn bản công nhận sáng kiến hoặc đề tài khoa học", certified_copies=1),
            ],
        },
        {
            "code": "1.005305",
            "title": "Thủ tục tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh cho gia đình",
            "agency": SO_NOI_VU,
            "online_level": "information",
            "processing_time": 20,
            "processing_time_unit": "working_days",
            "fee_amount": 0,
            "fee_note": NO_FEE,
            "applicants": "Gia đình có đóng góp về công sức, đất đai, tài sản cho địa phương và xã hội.",
            "conditions": _ul("Giá trị đóng góp đạt mức quy định trong Quy chế thi đua, khen thưởng của tỉnh."),
            "number_of_sets": 1,
            "submission_place": AT_PROVINCE,
            "steps": _ol(
                "UBND cấp xã hoặc cơ quan tiếp nhận đóng góp trình hồ sơ.",
                "Ban Thi đua - Khen thưởng thẩm định giá trị đóng góp.",
                "Chủ tịch UBND tỉnh quyết định tặng Bằng khen.",
            ),
            "result": "Quyết định tặng Bằng khen của Chủ tịch UBND tỉnh cho gia đình; Bằng khen.",
            "legal_basis": _ul(LUAT_TDKT, ND_98_2023),
            "documents": [
                _doc("Tờ trình đề nghị khen thưởng", originals=1),
                _doc("Bản tóm tắt quá trình đóng góp của gia đình, có xác nhận của cơ quan tiếp nhận", originals=1),
            ],
        },
    ],
}

SUBSYSTEMS = [DAT_DAI, YEU_TO_NUOC_NGOAI, NHA_DAT, HO_TICH, DAU_TU, THI_DUA]
