from django.urls import path

from .public import views

app_name = "dossiers"
urlpatterns = [
    path("tra-cuu/", views.lookup, name="lookup"),
    path("ho-so/bo-sung/<str:token>/", views.supplement, name="supplement"),
    path("ho-so/rut/<str:token>/", views.withdraw, name="withdraw"),
    path("ho-so/danh-gia/<str:token>/", views.rating, name="rate"),
    path("ho-so/ket-qua/<str:token>/", views.result_download, name="result_download"),
]
