from wagtail.users.apps import WagtailUsersAppConfig


class UsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's users app with the project's user admin (``portal.user_admin``), the way Wagtail documents
    customising it: this config replaces ``wagtail.users`` in ``INSTALLED_APPS``."""

    user_viewset = "portal.user_admin.UserViewSet"
