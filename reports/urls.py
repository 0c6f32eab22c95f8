"""``/minh-bach/``: the public transparency page."""

from django.urls import path

from .public import transparency

app_name = "reports"
urlpatterns = [path("", transparency, name="transparency")]
