"""The Django form of an online form page, made from its definition (``definition.py``): the applicant block first,
then one field per field item, one formset per repeating group (prefix: the group's name) and one upload field per
document slot.

Rules the definition sets: every empty required field says its own message ("Nhập họ và tên"); text over its limit
is refused, never cut (no ``maxlength`` for a browser to cut a paste at); a field shown only when another has a
given answer is checked only then, and its answer dropped otherwise; a date of birth is never in the future and at
least the age the law sets, plain or by another answer. A POST whose ``action`` is ``add:<group>`` or
``remove:<group>:<i>`` changes the number of items instead of submitting: the form comes back with every answer
and no error, so groups work without JavaScript."""

import datetime
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.forms.utils import ErrorDict
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .applicant import ApplicantForm, date_input, validate_not_in_future
from .blocks import CHOICE_TYPES
from .fields import IdNumberField, PhoneField, PlainTextField, UploadField
from .uploads import check_total_size

ACTION = "action"


def json_value(value):
    """Cleaned values as JSON keeps them: dates as ``YYYY-MM-DD``, decimals as text, choices as a list of text."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list | tuple):
        return [str(item) for item in value]
    return value


def lower_first(label):
    """``"Họ và tên"`` -> ``"họ và tên"``, but ``"CCCD"`` stays: a message reads the label inside a sentence."""
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


def empty_message(item):
    """What an empty required field says: the editor's message, else "Nhập …" or "Chọn …" by its label."""
    if item["message"]:
        return item["message"]
    if item["type"] in CHOICE_TYPES:
        return _("Chọn %(label)s.") % {"label": lower_first(item["label"])}
    return _("Nhập %(label)s.") % {"label": lower_first(item["label"])}


def _escaped(text):
    return str(text).replace("%", "%%")


def make_field(item):
    """The Django field of one field item. A conditional field is not required by Django: ``check_items`` requires
    it when its condition holds (``required_when_shown`` marks it for the template)."""
    field_type = item["type"]
    conditional = item["show_when"] is not None
    options = {
        "label": item["label"],
        "help_text": item["help_text"],
        "required": item["required"] and not conditional,
        "error_messages": {"required": empty_message(item)},
    }
    if field_type in {"singleline", "multiline"}:
        limit = item["max_length"]
        too_long = _("%(label)s không quá %(limit)s ký tự (đã nhập %(count)s).") % {
            "label": _escaped(item["label"]),
            "limit": limit,
            "count": "%(show_value)s",
        }
        multiline = field_type == "multiline"
        field = PlainTextField(
            multiline=multiline,
            widget=forms.Textarea(attrs={"rows": 4}) if multiline else forms.TextInput,
            validators=[MaxLengthValidator(limit, message=too_long)],
            **options,
        )
    elif field_type == "email":
        field = forms.EmailField(max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "off"}), **options)
    elif field_type == "phone":
        field = PhoneField(**options)
    elif field_type == "id_number":
        field = IdNumberField(**options)
    elif field_type == "number":
        validators = []
        if item["min_value"] is not None:
            validators.append(
                MinValueValidator(Decimal(item["min_value"]), message=_("Không nhỏ hơn %(limit_value)s."))
            )
        if item["max_value"] is not None:
            validators.append(
                MaxValueValidator(Decimal(item["max_value"]), message=_("Không lớn hơn %(limit_value)s."))
            )
        field = forms.DecimalField(
            validators=validators, widget=forms.TextInput(attrs={"inputmode": "decimal"}), **options
        )
        field.error_messages["invalid"] = _("Nhập một số, ví dụ 1500 hoặc 12.5.")
    elif field_type == "date":
        birth = item["min_age"] is not None or item["min_age_field"]
        field = forms.DateField(widget=date_input(), validators=[validate_not_in_future] if birth else [], **options)
        field.error_messages["invalid"] = _("Nhập ngày theo dạng ngày/tháng/năm.")
    else:
        choices = [(choice, choice) for choice in item["choices"]]
        if field_type == "checkboxes":
            field = forms.MultipleChoiceField(choices=choices, widget=forms.CheckboxSelectMultiple, **options)
        elif field_type == "radio":
            field = forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **options)
        else:
            # Starts with an empty choice, so a required dropdown is answered rather than silently defaulted.
            field = forms.ChoiceField(choices=[("", _("– Chọn –")), *choices], **options)
        field.error_messages["invalid_choice"] = _("Chọn một trong các lựa chọn đã cho.")
    field.required_when_shown = item["required"] and conditional
    field.item = item
    return field


def condition_holds(cleaned_data, show_when):
    answer = cleaned_data.get(show_when["name"])
    if isinstance(answer, list | tuple):
        return show_when["value"] in [str(value) for value in answer]
    return answer is not None and str(answer) == show_when["value"]


def age_on(birth, today):
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def check_items(form, items, outer=None):
    """What a field's own ``clean`` cannot see, as it needs another answer: conditions and ages by answer. A group
    item's field may depend on a field of the form itself (``outer``: the form's cleaned data)."""
    for item in items:
        name = item["name"]
        answers = {**(outer or {}), **form.cleaned_data}
        if item["show_when"] is not None:
            if not condition_holds(answers, item["show_when"]):
                form.cleaned_data.pop(name, None)
                form._errors.pop(name, None)
                continue
            if item["required"] and name not in form._errors and form.cleaned_data.get(name) in (None, "", []):
                form.add_error(name, ValidationError(empty_message(item), code="required"))
        birth = form.cleaned_data.get(name)
        if item["type"] == "date" and birth:
            years = item["min_age"]
            if item["min_age_field"]:
                years = item["min_age_by_answer"].get(str(answers.get(item["min_age_field"])), years)
            if years and age_on(birth, timezone.localdate()) < years:
                form.add_error(name, ValidationError(_("Phải đủ %(years)s tuổi trở lên."), params={"years": years}))


class GroupItemForm(forms.Form):
    """One item of a repeating group; ``items`` is set on the class made for the group."""

    items = ()
    outer = None

    def clean(self):
        cleaned_data = super().clean()
        check_items(self, self.items, self.outer)
        return cleaned_data


class GroupFormSet(forms.BaseFormSet):
    """Between ``min_num`` and ``max_num`` items, refused with a message naming the group."""

    group = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        label, item_label = _escaped(self.group["label"]), _escaped(lower_first(self.group["item_label"]))
        self.error_messages = {
            **self.error_messages,
            "too_few_forms": _("%(label)s: cần ít nhất %(count)s %(item)s.")
            % {"label": label, "count": self.min_num, "item": item_label},
            "too_many_forms": _("%(label)s: không quá %(count)s %(item)s.")
            % {"label": label, "count": self.max_num, "item": item_label},
        }

    def answers(self):
        """The filled items (an untouched empty item is no answer), hidden conditional answers dropped."""
        return [
            {name: json_value(value) for name, value in form.cleaned_data.items()}
            for form in self.forms
            if form.cleaned_data and form.has_changed()
        ]


def group_formset(item):
    item_form = type(
        "GroupItemForm",
        (GroupItemForm,),
        {"items": item["fields"], **{field["name"]: make_field(field) for field in item["fields"]}},
    )
    return forms.formset_factory(
        item_form,
        formset=type("GroupFormSet", (GroupFormSet,), {"group": item}),
        extra=0 if item["min_items"] else 1,
        min_num=item["min_items"],
        max_num=item["max_items"],
        validate_min=True,
        validate_max=True,
    )


def changed_layout(data, prefix, action, group):
    """The POST with one more empty item of ``group`` (``add:<name>``) or its item ``i`` taken out
    (``remove:<name>:<i>``); None when ``action`` is not about this group."""
    verb, _sep, rest = action.partition(":")
    name, _sep, index = rest.partition(":")
    if name != group["name"] or verb not in {"add", "remove"}:
        return None
    data = data.copy()
    total_key = f"{prefix}-TOTAL_FORMS"
    try:
        total = int(data.get(total_key, 0))
    except ValueError:
        total = 0
    total = max(0, min(total, group["max_items"]))
    if verb == "add":
        data[total_key] = str(min(total + 1, group["max_items"]))
        return data
    if not index.isdigit() or int(index) >= total:
        return data
    names = [field["name"] for field in group["fields"]]
    for position in range(int(index), total - 1):
        for field in names:
            data.setlist(f"{prefix}-{position}-{field}", data.getlist(f"{prefix}-{position + 1}-{field}"))
    for field in names:
        data.pop(f"{prefix}-{total - 1}-{field}", None)
    data[total_key] = str(total - 1)
    return data


class OnlineForm(ApplicantForm):
    """Base of every generated form; the class made for a page sets ``page``, ``sections`` and ``slots``."""

    page = None
    sections = ()
    slots = ()

    def __init__(self, data=None, files=None, *args, **kwargs):
        kwargs.pop("page", None)
        kwargs.pop("user", None)
        super().__init__(data, files, *args, **kwargs)
        self.layout_change = False
        self.groups = {}
        # The answers as the form shows them: after an "add"/"remove" click, with that group's items changed. A
        # draft keeps these, so a removed item does not come back when the form is opened again.
        self.shown_data = data
        action = data.get(ACTION, "") if data is not None else ""
        for item in self.group_items():
            prefix = self.add_prefix(item["name"])
            group_data = data
            if action and data is not None:
                changed = changed_layout(data, prefix, action, item)
                if changed is not None:
                    group_data, self.layout_change, self.shown_data = changed, True, changed
            self.groups[item["name"]] = group_formset(item)(group_data, prefix=prefix)

    def group_items(self):
        return [item for section in self.sections for item in section["items"] if item["kind"] == "group"]

    def full_clean(self):
        """An "add"/"remove" click is not a submission: nothing is checked, so nothing is shown as an error."""
        if self.layout_change:
            self._errors = ErrorDict()
            self.cleaned_data = {}
            return
        super().full_clean()

    def is_valid(self):
        return not self.layout_change and super().is_valid()

    def clean(self):
        cleaned_data = super().clean()
        check_items(self, section_fields(self.sections))
        for item in self.group_items():
            formset = self.groups[item["name"]]
            for form in formset.forms:
                form.outer = cleaned_data
            if not formset.is_valid():
                errors = formset.non_form_errors() or [
                    _("%(label)s: có mục chưa đúng, xem bên dưới.") % {"label": item["label"]}
                ]
                for error in errors:
                    self.add_error(None, error)
        check_total_size([upload for _name, upload in self.attachments()], self.page.max_upload_mb_total)
        return cleaned_data

    def dossier_fields(self):
        return [field for field in self if field.name not in self.APPLICANT_FIELDS]

    def has_uploads(self):
        return bool(self.slots)

    def layout(self):
        """The form as the template shows it: each section's entries (a field, or a group with its items' entries
        and those of an empty item for the script to copy)."""
        labels = {item["name"]: item["label"] for item in section_fields(self.sections)}
        sections = []
        for section in self.sections:
            entries = []
            for item in section["items"]:
                if item["kind"] == "field":
                    entries.append({"kind": "field", **field_entry(self, item, labels)})
                    continue
                formset = self.groups[item["name"]]
                inner = {**labels, **{field["name"]: field["label"] for field in item["fields"]}}
                entries.append(
                    {
                        "kind": "group",
                        "item": item,
                        "item_word": lower_first(item["item_label"]),
                        "formset": formset,
                        "items": [
                            [field_entry(form, field, inner, self) for field in item["fields"]]
                            for form in formset.forms
                        ],
                        "empty": [field_entry(formset.empty_form, field, inner, self) for field in item["fields"]],
                    }
                )
            sections.append({**section, "entries": entries})
        return sections

    def group_entries(self):
        """``[{"item", "formset"}]``: the groups without their sections, for counter intake's plain layout."""
        return [{"item": item, "formset": self.groups[item["name"]]} for item in self.group_items()]

    def document_slots(self):
        return [{"slot": slot, "field": self[slot["name"]]} for slot in self.slots]

    def attachments(self):
        """``[(slot name, uploaded file), ...]`` in slot order, several per slot when several were chosen."""
        return [(slot["name"], upload) for slot in self.slots for upload in (self.cleaned_data.get(slot["name"]) or [])]

    def answers(self):
        """``{field name: value, group name: [{field name: value}, ...]}`` as JSON keeps them (contract of issue
        13): a field hidden by its condition is absent; uploads are attachments, not answers."""
        answers = {}
        for section in self.sections:
            for item in section["items"]:
                if item["kind"] == "group":
                    answers[item["name"]] = self.groups[item["name"]].answers()
                elif item["name"] in self.cleaned_data:
                    answers[item["name"]] = json_value(self.cleaned_data[item["name"]])
        return answers


def section_fields(sections):
    return [item for section in sections for item in section["items"] if item["kind"] == "field"]


def field_entry(form, item, labels, outer=None):
    """A field as the template shows it: bound, with the line "Chỉ điền nếu “X” là “Y”." (``condition``) and the
    input name the script watches (``controller``) when it is conditional: a field of the same item of a group, else
    of the form (``outer``)."""
    show_when = item["show_when"]
    if show_when is None:
        return {"item": item, "field": form[item["name"]], "condition": None, "controller": ""}
    owner = form if show_when["name"] in form.fields or outer is None else outer
    return {
        "item": item,
        "field": form[item["name"]],
        "condition": (labels.get(show_when["name"], show_when["name"]), show_when["value"]),
        "controller": owner.add_prefix(show_when["name"]),
    }


def counts_text(slot):
    """ "Số lượng theo thủ tục: 1 bản chính, 2 bản sao chứng thực." as the procedure page lists it, or ""."""
    counts = [
        ngettext("%(count)s bản chính", "%(count)s bản chính", slot["originals"]) % {"count": slot["originals"]}
        if slot["originals"]
        else "",
        ngettext("%(count)s bản sao chứng thực", "%(count)s bản sao chứng thực", slot["certified_copies"])
        % {"count": slot["certified_copies"]}
        if slot["certified_copies"]
        else "",
        ngettext("%(count)s bản photo", "%(count)s bản photo", slot["photocopies"]) % {"count": slot["photocopies"]}
        if slot["photocopies"]
        else "",
    ]
    counts = ", ".join(filter(None, counts))
    return _("Số lượng theo thủ tục: %(counts)s.") % {"counts": counts} if counts else ""


def form_class(page, sections, slots):
    """The form class of a page's definition."""
    fields = {item["name"]: make_field(item) for item in section_fields(sections)}
    for slot in slots:
        fields[slot["name"]] = UploadField(
            label=slot["label"],
            help_text=" ".join(filter(None, [counts_text(slot), slot["help_text"]])),
            required=slot["required"],
            allowed_types=slot["file_types"],
            max_mb=slot["max_file_mb"],
            error_messages={"required": _("Đính kèm %(label)s.") % {"label": lower_first(slot["label"])}},
        )
    return type("OnlineForm", (OnlineForm,), {"page": page, "sections": sections, "slots": slots, **fields})
