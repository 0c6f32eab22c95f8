import wagtail_factories

from .models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Cổng dịch vụ công"
    intro = "Tra cứu thủ tục, nộp hồ sơ trực tuyến và theo dõi kết quả."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "Hướng dẫn nộp hồ sơ"
    intro = "Các bước nộp hồ sơ trực tuyến."
    body = "<p>Chuẩn bị hồ sơ theo hướng dẫn của từng thủ tục.</p>"

    class Meta:
        model = StandardPage
