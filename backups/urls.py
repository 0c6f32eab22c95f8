from django.urls import path

from . import views

app_name = "backups"
urlpatterns = [
    path("", views.index, name="index"),
    path("sao-luu-ngay/", views.start, name="start"),
    path("<int:pk>/trang-thai/", views.status, name="status"),
    path("<int:pk>/tai-ve/", views.download, name="download"),
]
