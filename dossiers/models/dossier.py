"""The case file (hồ sơ): who applied for which procedure, what they sent, where it stands and by when."""

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from dossiers.calendar.deadlines import OpenState, ResultClass
from portal.text import fold
from procedures.online_forms.identity import ApplicantKind, IdType, describe_document

from .queries import DossierQuerySet
from .states import CLOSED_STATUSES, Channel, Stage, Status

# No 0/O, 1/I/L: a secret read off a printed slip over the phone must not be ambiguous.
SECRET_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
SECRET_LENGTH = 8


def new_lookup_secret():
    return "".join(secrets.choice(SECRET_ALPHABET) for _ in range(SECRET_LENGTH))


def mask_id_number(number):
    """``001******567`` style, for any kind of document: a quarter of the characters at each end are kept (three of a
    CCCD's twelve, two of a passport's eight), enough for the applicant to recognise, useless to anyone else."""
    keep = len(number) // 4
    return number[:keep] + "*" * (len(number) - 2 * keep) + number[len(number) - keep :]


class Dossier(models.Model):
    code = models.CharField(_("mã hồ sơ"), max_length=48, unique=True)
    lookup_secret = models.CharField(_("mã tra cứu"), max_length=16, default=new_lookup_secret)
    procedure = models.ForeignKey(
        "procedures.ProcedurePage", on_delete=models.PROTECT, related_name="dossiers", verbose_name=_("thủ tục")
    )
    agency = models.ForeignKey(
        "procedures.Agency", on_delete=models.PROTECT, related_name="dossiers", verbose_name=_("cơ quan")
    )
    # The internal process in force when the dossier was received: its step deadlines follow that version.
    process_version = models.ForeignKey(
        "dossiers.InternalProcess",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="dossiers",
        verbose_name=_("quy trình nội bộ áp dụng"),
    )
    channel = models.CharField(_("kênh nộp"), max_length=16, choices=Channel.choices, default=Channel.ONLINE)
    status = models.PositiveSmallIntegerField(_("trạng thái"), choices=Status.choices, default=Status.REGISTERED)
    stage = models.CharField(_("bước xử lý"), max_length=24, choices=Stage.choices, blank=True, default="")

    # A person's full name, or an organisation's name when an organisation applies (lists, notices, slips name it).
    applicant_name = models.CharField(_("tên người nộp"), max_length=255)
    # Without diacritics and lower-cased, so staff find "Nguyễn Văn An" by typing "nguyen van an".
    applicant_name_folded = models.CharField(max_length=255, editable=False, db_index=True, default="")
    applicant_kind = models.CharField(
        _("người nộp là"), max_length=16, choices=ApplicantKind.choices, default=ApplicantKind.PERSON
    )
    applicant_id_type = models.CharField(_("loại giấy tờ"), max_length=16, choices=IdType.choices, default=IdType.CCCD)
    # Canonical (procedures.online_forms.validators.canonical_number): what the look-up and the staff search compare.
    applicant_id_number = models.CharField(_("số giấy tờ"), max_length=20)
    applicant_id_country = models.CharField(_("quốc gia cấp giấy tờ"), max_length=64, blank=True)
    applicant_date_of_birth = models.DateField(_("ngày sinh"), null=True, blank=True)
    applicant_address = models.CharField(_("địa chỉ"), max_length=500)
    applicant_phone = models.CharField(_("số điện thoại"), max_length=20)
    applicant_email = models.EmailField(_("thư điện tử"), blank=True)
    # The person who acts for an organisation that applies; empty for a person.
    representative_name = models.CharField(_("người đại diện"), max_length=255, blank=True)
    representative_position = models.CharField(_("chức vụ người đại diện"), max_length=255, blank=True)
    representative_id_type = models.CharField(
        _("loại giấy tờ của người đại diện"), max_length=16, choices=IdType.choices, blank=True
    )
    representative_id_number = models.CharField(_("số giấy tờ của người đại diện"), max_length=20, blank=True)
    representative_id_country = models.CharField(
        _("quốc gia cấp giấy tờ của người đại diện"), max_length=64, blank=True
    )
    # The personal data notice the applicant acknowledged (procedures.online_forms.applicant), and when.
    privacy_notice_version = models.CharField(_("phiên bản thông báo dữ liệu cá nhân"), max_length=16, blank=True)
    privacy_acknowledged_at = models.DateTimeField(_("thời điểm đồng ý xử lý dữ liệu cá nhân"), null=True, blank=True)

    form_data = models.JSONField(_("nội dung tờ khai"), default=dict, blank=True)
    form_schema = models.JSONField(
        _("cấu trúc tờ khai"), default=list, blank=True, help_text=_("Nhãn các trường lúc nộp, để hiển thị về sau.")
    )

    assigned_department = models.ForeignKey(
        "procedures.Department",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="dossiers",
        verbose_name=_("phòng ban thụ lý"),
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_dossiers",
        verbose_name=_("chuyên viên thụ lý"),
    )

    submitted_at = models.DateTimeField(_("thời điểm nộp"), default=timezone.now)
    review_due_at = models.DateTimeField(_("hạn xem xét hồ sơ trực tuyến"), null=True, blank=True)
    received_at = models.DateTimeField(_("thời điểm tiếp nhận"), null=True, blank=True)
    due_at = models.DateTimeField(_("hẹn trả kết quả"), null=True, blank=True)
    returned_at = models.DateTimeField(_("thời điểm trả kết quả"), null=True, blank=True)
    result_class = models.CharField(
        _("kết quả đúng hạn"), max_length=16, choices=ResultClass.choices, blank=True, default=""
    )

    version = models.PositiveIntegerField(_("phiên bản"), default=1)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated_at", "applicant_name_folded"], cascade_delete_history=False)

    objects = DossierQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("hồ sơ")
        verbose_name_plural = _("hồ sơ")
        indexes = [
            models.Index(fields=["agency", "status"], name="dossier_agency_status"),
            models.Index(fields=["status", "due_at"], name="dossier_status_due"),
            models.Index(fields=["submitted_at"], name="dossier_submitted"),
            # The staff search by ID number (dossiers.staff.search); code and name have trigram indexes (0014).
            models.Index(fields=["applicant_id_number"], name="dossier_id_number"),
            # Whose turn is a status and a sub-step per step (queries.turn_condition): "my work" and the work queue.
            models.Index(fields=["status", "stage"], name="dossier_status_stage"),
            # Overdue, due soon, due today: open dossiers by due time, a few thousand of a million (migration 0025).
            models.Index(
                fields=["due_at"], condition=~models.Q(status__in=sorted(CLOSED_STATUSES)), name="dossier_open_due"
            ),
        ]

    def __str__(self):
        return self.code

    def save(self, *args, **kwargs):
        self.applicant_name_folded = fold(self.applicant_name)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "applicant_name" in update_fields:
            kwargs["update_fields"] = {*update_fields, "applicant_name_folded"}
        super().save(*args, **kwargs)

    def get_admin_url(self):
        """The dossier's page in the staff admin: the one place that builds it."""
        return reverse("dossier_admin:inspect", args=[self.pk])

    @property
    def is_closed(self):
        return self.status in CLOSED_STATUSES

    def open_state(self, at=None):
        """Within time or overdue, for an open dossier that has a due time; None otherwise."""
        if self.is_closed or self.due_at is None:
            return None
        return OpenState.OVERDUE if (at or timezone.now()) > self.due_at else OpenState.WITHIN_TIME

    @property
    def masked_id_number(self):
        return mask_id_number(self.applicant_id_number)

    @property
    def identity_document(self):
        """``"Hộ chiếu số P1234567 (Nhật Bản)"``: the applicant's document as staff and slips show it."""
        return describe_document(self.applicant_id_type, self.applicant_id_number, self.applicant_id_country)

    @property
    def masked_identity_document(self):
        return describe_document(self.applicant_id_type, self.masked_id_number, self.applicant_id_country)

    @property
    def representative_document(self):
        return describe_document(
            self.representative_id_type, self.representative_id_number, self.representative_id_country
        )


class DossierCodeCounter(models.Model):
    """The last sequence number an agency issued on one day; a row lock makes concurrent submissions take turns."""

    agency = models.ForeignKey("procedures.Agency", on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["agency", "day"], name="one_counter_per_agency_day")]

    def __str__(self):
        return f"{self.agency_id} {self.day}: {self.last}"


def attachment_path(attachment, filename):
    """Random names under the dossier's month: no personal data in paths, nothing guessable."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    stamp = timezone.localdate()
    return f"dossiers/{stamp:%Y/%m}/{secrets.token_hex(16)}.{extension}"


def private_storage():
    from django.core.files.storage import storages

    return storages["private"]


class Attachment(models.Model):
    class Source(models.TextChoices):
        SUBMISSION = "submission", _("Nộp kèm hồ sơ")
        SUPPLEMENT = "supplement", _("Bổ sung")
        STAFF = "staff", _("Cán bộ đính kèm")
        SCAN = "scan", _("Bản số hóa tại quầy")
        RESULT_DRAFT = "result_draft", _("Dự thảo kết quả")
        RESULT = "result", _("Kết quả đã ký số")
        DECLARATION = "declaration", _("Tờ khai điện tử")

    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="attachments")
    field_name = models.CharField(_("trường"), max_length=255, blank=True)
    original_name = models.CharField(_("tên tệp"), max_length=255)
    file = models.FileField(_("tệp"), upload_to=attachment_path, storage=private_storage, max_length=255)
    content_type = models.CharField(_("định dạng"), max_length=100)
    size = models.PositiveBigIntegerField(_("dung lượng (byte)"))
    sha256 = models.CharField(max_length=64)
    source = models.CharField(_("nguồn"), max_length=16, choices=Source.choices, default=Source.SUBMISSION)
    uploaded_at = models.DateTimeField(_("tải lên lúc"), default=timezone.now)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("tệp đính kèm")
        verbose_name_plural = _("tệp đính kèm")

    def __str__(self):
        return self.original_name


class ReceivedDocument(models.Model):
    """One line of the checklist the counter ticks when the paper dossier arrives (printed on the receipt slip), and
    whether its paper was digitised there (Circular 03/2025/TT-VPCP, Article 5) or why not."""

    class Digitisation(models.TextChoices):
        DIGITISED = "digitised", _("Đã số hóa")
        EXEMPT = "exempt", _("Không phải số hóa")
        MISSING = "missing", _("Chưa số hóa")

    class Exemption(models.TextChoices):
        """The four cases Article 5 exempts."""

        NONE = "", _("—")
        SUBMITTED_ONLINE = "submitted_online", _("Hồ sơ đã nộp trực tuyến")
        SHOWN_FOR_CHECKING = "shown_for_checking", _("Giấy tờ chỉ xuất trình để đối chiếu")
        INTERNAL = "internal", _("Văn bản thẩm tra, xác minh, lấy ý kiến nội bộ")
        CONFIDENTIAL = "confidential", _("Tài liệu mật")

    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="received_documents")
    name = models.CharField(_("tên giấy tờ"), max_length=500)
    originals = models.PositiveSmallIntegerField(_("bản chính"), default=0)
    certified_copies = models.PositiveSmallIntegerField(_("bản sao chứng thực"), default=0)
    photocopies = models.PositiveSmallIntegerField(_("bản photo"), default=0)
    digitisation = models.CharField(
        _("số hóa"), max_length=16, choices=Digitisation.choices, default=Digitisation.MISSING
    )
    exemption = models.CharField(
        _("trường hợp không phải số hóa"), max_length=24, choices=Exemption.choices, blank=True, default=""
    )
    scan = models.ForeignKey(
        Attachment, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("bản số hóa")
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("giấy tờ đã nhận")
        verbose_name_plural = _("giấy tờ đã nhận")

    def __str__(self):
        return self.name

    @property
    def digitisation_text(self):
        """``Đã số hóa``, ``Không phải số hóa (Tài liệu mật)`` or ``Chưa số hóa``, as the receipt lists it."""
        state = self.get_digitisation_display()
        return f"{state} ({self.get_exemption_display()})" if self.exemption else state
