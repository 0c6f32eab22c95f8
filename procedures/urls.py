from django.urls import path

from . import views

app_name = "procedures"
urlpatterns = [
    path("", views.agency_list, name="agency_list"),
    path("<int:pk>/", views.agency_detail, name="agency_detail"),
]
