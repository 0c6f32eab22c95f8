from django.urls import path

from .public import verification, views

app_name = "dossiers"
urlpatterns = [
    path("tra-cuu/", views.lookup, name="lookup"),
    path("ho-so/bo-sung/<str:token>/", views.supplement, name="supplement"),
    path("ho-so/rut/<str:token>/", views.withdraw, name="withdraw"),
    path("ho-so/danh-gia/<str:token>/", views.rating, name="rate"),
    path("xac-minh/", verification.by_file, name="verify_file"),
    path("xac-minh/<str:token>/", verification.by_token, name="verify"),
    path("ho-so/ket-qua/<str:token>/", views.result_download, name="result_download"),
    path("ho-so/to-khai/<str:token>/", views.declaration_download, name="declaration_download"),
]
