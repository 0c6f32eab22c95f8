from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class ProceduresConfig(AppConfig):
    name = "procedures"
    verbose_name = _("Thủ tục hành chính")

    def ready(self):
        from cms.page_cache import new_generation

        from .models import Agency

        # Agency names and addresses appear on cached catalogue pages.
        for signal in (post_save, post_delete):
            signal.connect(new_generation, sender=Agency)
