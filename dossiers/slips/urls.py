"""Slip URLs, mounted under the admin by ``dossiers.wagtail_hooks`` (which is what puts them behind admin access)."""

from django.urls import path

from . import views

urlpatterns = [
    path("<int:pk>/<str:kind>.pdf", views.slip_pdf, name="dossiers_slip"),
    path("so-theo-doi.pdf", views.log_book_pdf, name="dossiers_log_book"),
]
