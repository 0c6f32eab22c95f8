from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DossiersConfig(AppConfig):
    name = "dossiers"
    verbose_name = _("Hồ sơ")

    def ready(self):
        from procedures.online_forms import submission

        from .public.online_form import submit_online_form

        submission.register(submit_online_form)
