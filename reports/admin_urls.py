"""Admin report pages under ``/admin/bao-cao/`` (registered by ``wagtail_hooks``)."""

from django.urls import path

from .views import Bieu06ExportView, Bieu06View, SatisfactionView

urlpatterns = [
    path("bieu-06/", Bieu06View.as_view(), name="bieu06"),
    path("bieu-06/xuat.xlsx", Bieu06ExportView.as_view(), {"file_format": "xlsx"}, name="bieu06_xlsx"),
    path("bieu-06/xuat.csv", Bieu06ExportView.as_view(), {"file_format": "csv"}, name="bieu06_csv"),
    path("hai-long/", SatisfactionView.as_view(), name="satisfaction"),
]
