from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from dossiers.public.api import api
from search import views as search_views

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # No CSRF token on the language switch: every public page carries it, and a token would make each page
    # personal (uncacheable). Forging a visitor's choice of language harms nobody.
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    path("search/", search_views.search, name="search"),
    path("co-quan/", include("procedures.urls")),
    path("minh-bach/", include("reports.urls")),
    path("api/v1/", api.urls),
    path("", include("dossiers.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns.append(path("", include(wagtail_urls)))

handler500 = "portal.middleware.server_error"
