"""The checklist of papers the counter receives, each with its digitisation (Circular 03/2025/TT-VPCP, Article 5):
its scan uploaded into its row, exempt under one of the four cases, or missing. Counter intake and the step that
receives an online dossier's originals fill the same rows; the engine stores the scans (``workflow.files``)."""

from django import forms
from django.forms import formset_factory
from django.utils.translation import gettext_lazy as _

from dossiers.answers import document_slots
from dossiers.models import Attachment, ReceivedDocument
from portal.text import fold
from procedures.online_forms.fields import PlainTextField, UploadField
from procedures.online_forms.uploads import describe_file_types

Digitisation = ReceivedDocument.Digitisation
Exemption = ReceivedDocument.Exemption
# A scanned page is a PDF or a photo of it; 20 MB holds a long paper scanned at 300 dpi.
SCAN_TYPES = ["pdf", "jpg", "png"]
SCAN_MAX_MB = 20
COUNTS = ["name", "originals", "certified_copies", "photocopies"]


class ReceivedDocumentForm(forms.Form):
    name = PlainTextField(label=_("Tên giấy tờ"), max_length=500)
    originals = forms.IntegerField(label=_("Bản chính"), min_value=0, max_value=99, initial=0)
    certified_copies = forms.IntegerField(label=_("Bản sao chứng thực"), min_value=0, max_value=99, initial=0)
    photocopies = forms.IntegerField(label=_("Bản photo"), min_value=0, max_value=99, initial=0)
    # Not required: a row left as it is was not digitised, and a file given makes it digitised.
    digitisation = forms.ChoiceField(
        label=_("Số hóa"), choices=Digitisation.choices, initial=Digitisation.MISSING, required=False
    )
    exemption = forms.ChoiceField(label=_("Trường hợp không phải số hóa"), choices=Exemption.choices, required=False)
    scan_upload = UploadField(
        label=_("Bản số hóa"), allowed_types=SCAN_TYPES, max_mb=SCAN_MAX_MB, required=False, widget=forms.FileInput
    )
    # The scan this row already has, when the checklist is taken again; only this dossier's scans can be named.
    kept_scan = forms.ModelChoiceField(queryset=Attachment.objects.none(), required=False, widget=forms.HiddenInput)

    def __init__(self, *args, scans=None, **kwargs):
        super().__init__(*args, **kwargs)
        if scans is not None:
            self.fields["kept_scan"].queryset = scans

    def clean(self):
        data = super().clean()
        state = data.get("digitisation") or Digitisation.MISSING
        uploads = data.get("scan_upload") or []
        if uploads and state == Digitisation.EXEMPT:
            self.add_error("scan_upload", _("Giấy tờ không phải số hóa thì không kèm bản số hóa."))
        elif uploads:
            state = Digitisation.DIGITISED
        if state == Digitisation.DIGITISED and not uploads and data.get("kept_scan") is None:
            self.add_error("scan_upload", _("Hãy tải lên bản số hóa của giấy tờ này."))
        if state == Digitisation.EXEMPT and not data.get("exemption"):
            self.add_error("exemption", _("Hãy chọn trường hợp không phải số hóa."))
        if state != Digitisation.EXEMPT and data.get("exemption"):
            self.add_error("exemption", _("Chỉ chọn trường hợp khi giấy tờ được đánh dấu “Không phải số hóa”."))
        data["digitisation"] = state
        return data

    def document(self):
        """The row as the engine records it: ``ReceivedDocument`` fields, and ``scan_upload``, a new scan to store."""
        data = self.cleaned_data
        digitised = data["digitisation"] == Digitisation.DIGITISED
        uploads = data["scan_upload"]
        return {
            **{key: data[key] for key in COUNTS},
            "digitisation": data["digitisation"],
            "exemption": data["exemption"],
            "scan": data["kept_scan"] if digitised and not uploads else None,
            "scan_upload": uploads[0] if uploads else None,
        }


BaseChecklistFormSet = formset_factory(ReceivedDocumentForm, extra=0, can_delete=True)


class ChecklistFormSet(BaseChecklistFormSet):
    @property
    def scan_limits(self):
        """Said once above the rows rather than beside every file input."""
        return _("Bản số hóa: một tệp %(types)s cho mỗi giấy tờ, tối đa %(limit)s MB.") % {
            "types": describe_file_types(SCAN_TYPES),
            "limit": SCAN_MAX_MB,
        }

    def documents(self):
        """The rows kept (not ticked "not received"), in order, for ``received_documents``."""
        return [form.document() for form in self.forms if form.cleaned_data and not self._should_delete_form(form)]


def procedure_rows(procedure, uploaded_online=frozenset()):
    """The procedure's papers as rows; those the applicant already sent online are exempt as such."""
    rows = []
    for document in procedure.documents.all():
        row = {key: getattr(document, key) for key in COUNTS}
        if document.name in uploaded_online:
            row.update(digitisation=Digitisation.EXEMPT, exemption=Exemption.SUBMITTED_ONLINE)
        rows.append(row)
    return rows


def recorded_rows(dossier):
    """The rows taken before, their scans kept unless replaced."""
    return [
        {
            **{key: getattr(document, key) for key in COUNTS},
            "digitisation": document.digitisation,
            "exemption": document.exemption,
            "kept_scan": document.scan,
        }
        for document in dossier.received_documents.select_related("scan")
    ]


def uploaded_online(dossier):
    """Names of the procedure's papers the applicant uploaded with the online form. A slot is named after its paper;
    an old form's file field counts for the paper whose name its label begins (as the editors wrote them: "Tờ trình
    đề nghị khen thưởng" for "Tờ trình đề nghị khen thưởng của cơ quan, đơn vị"), when it holds a file."""
    sent = set(dossier.attachments.filter(source=Attachment.Source.SUBMISSION).values_list("field_name", flat=True))
    labels = [fold(slot["label"]) for slot in document_slots(dossier.form_schema) if slot["name"] in sent]
    names = dossier.procedure.documents.values_list("name", flat=True)
    return {name for name in names if any(f"{fold(name)} ".startswith(f"{label} ") for label in labels)}


def originals_checklist(dossier, data=None, files=None):
    """The checklist of an online dossier's originals: the rows taken before if any, else the procedure's papers."""
    scans = dossier.attachments.filter(source=Attachment.Source.SCAN)
    initial = recorded_rows(dossier) or procedure_rows(dossier.procedure, uploaded_online(dossier))
    return ChecklistFormSet(data, files, prefix="checklist", initial=initial, form_kwargs={"scans": scans})
