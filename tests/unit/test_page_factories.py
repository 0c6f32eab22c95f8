"""Every page type of the project has a factory, so tests can build any page an editor can."""

import importlib

from wagtail.models import get_page_models

PROJECT_APPS = ["cms", "procedures"]


def factory_models():
    models = set()
    for app in PROJECT_APPS:
        module = importlib.import_module(f"{app}.factories")
        for value in vars(module).values():
            meta = getattr(value, "_meta", None)
            model = getattr(meta, "model", None)
            if model is not None and hasattr(value, "create"):
                models.add(model)
    return models


def test_every_page_type_has_a_factory():
    page_types = {model for model in get_page_models() if model._meta.app_label in PROJECT_APPS}
    missing = sorted(model.__name__ for model in page_types - factory_models())
    assert page_types, "no page types found in the project apps"
    assert missing == []
