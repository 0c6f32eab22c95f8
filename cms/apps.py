from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Trang thông tin")

    def ready(self):
        from wagtail.documents import get_document_model
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .models import PortalSettings
        from .page_cache import new_generation

        # Whatever a cached page shows: the pages themselves, downloadable forms, and the contact details in every
        # footer (agencies, which the catalogue shows, are connected by the catalogue's app). A deleted live page is
        # unpublished first.
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(new_generation)
        for model in (PortalSettings, get_document_model()):
            for signal in (post_save, post_delete):
                signal.connect(new_generation, sender=model)
