from django import forms
from django.utils.translation import gettext_lazy as _

from procedures.models import SubsystemPage
from procedures.models.pages import OnlineLevel


class CatalogueSearchForm(forms.Form):
    """What a citizen may ask of the catalogue; anything else is a validation error, never a server error."""

    q = forms.CharField(label=_("Từ khóa"), max_length=200, required=False, strip=True)
    subsystem = forms.ModelChoiceField(
        label=_("Lĩnh vực"),
        queryset=SubsystemPage.objects.none(),
        required=False,
        empty_label=_("Tất cả lĩnh vực"),
    )
    level = forms.ChoiceField(
        label=_("Mức độ trực tuyến"),
        choices=[("", _("Tất cả mức độ")), *OnlineLevel.choices],
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["subsystem"].queryset = SubsystemPage.objects.live().order_by("path")
