"""The signing credentials in the admin's Settings menu; model permissions keep them to administrators."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .models import SigningCredential


class SigningCredentialViewSet(ModelViewSet):
    model = SigningCredential
    icon = "key"
    menu_label = _("Chứng thư ký số")
    add_to_settings_menu = True
    list_display = ["__str__", "user", "agency", "backend", "not_after", "active"]
    list_filter = ["backend", "active"]
    search_fields = ["subject", "serial"]
    form_fields = [
        "user",
        "agency",
        "backend",
        "pkcs12_path",
        "pkcs11_module",
        "pkcs11_token_label",
        "pkcs11_key_label",
        "pin_env",
        "certificate_pem",
        "active",
    ]


@hooks.register("register_admin_viewset")
def register_signing_credentials():
    return SigningCredentialViewSet("signing_credentials")
