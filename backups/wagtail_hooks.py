"""The backups page under ``/admin/backups/``, and its menu item (under Settings) for those allowed to use it."""

from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .urls import urlpatterns
from .views import can_manage_backups


@hooks.register("register_admin_urls")
def register_backup_urls():
    return [path("backups/", include((urlpatterns, "backups")))]


class BackupMenuItem(MenuItem):
    def is_shown(self, request):
        return can_manage_backups(request.user)


@hooks.register("register_settings_menu_item")
def register_backup_menu_item():
    return BackupMenuItem(_("Sao lưu dữ liệu"), reverse_lazy("backups:index"), icon_name="download", order=900)
