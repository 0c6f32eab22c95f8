"""The working calendar administrators edit: office hours per weekday, days off and make-up working days.

Deadlines already computed are stored on dossiers, so editing these rows changes only deadlines computed afterwards.
Every change drops the cached `WorkingCalendar` (see `dossiers.calendar.store`), now and again when the transaction
commits, so another process cannot keep a calendar it read before the commit.
"""

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _

WORKING_CALENDAR_CACHE_KEY = "dossiers:working-calendar"


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Thứ Hai")
    TUESDAY = 1, _("Thứ Ba")
    WEDNESDAY = 2, _("Thứ Tư")
    THURSDAY = 3, _("Thứ Năm")
    FRIDAY = 4, _("Thứ Sáu")
    SATURDAY = 5, _("Thứ Bảy")
    SUNDAY = 6, _("Chủ nhật")


class OfficePeriod(models.Model):
    """One stretch of office hours on a weekday; a weekday without any is not worked."""

    weekday = models.PositiveSmallIntegerField(_("thứ"), choices=Weekday.choices)
    start = models.TimeField(_("từ"))
    end = models.TimeField(_("đến"))

    class Meta:
        verbose_name = _("giờ làm việc")
        verbose_name_plural = _("giờ làm việc")
        ordering = ["weekday", "start"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(start__lt=models.F("end")),
                name="office_period_start_before_end",
                violation_error_message=_("Giờ kết thúc phải sau giờ bắt đầu."),
            )
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.start:%H:%M}–{self.end:%H:%M}"

    def clean(self):
        if self.start is None or self.end is None or self.weekday is None:
            return
        overlapping = OfficePeriod.objects.filter(weekday=self.weekday, start__lt=self.end, end__gt=self.start)
        if overlapping.exclude(pk=self.pk).exists():
            raise ValidationError(_("Khoảng giờ này trùng với một khoảng giờ làm việc khác trong cùng ngày."))


class DayOff(models.Model):
    """A date nobody works: a public holiday, or a day off the government announces (often swapped for a Saturday)."""

    class Kind(models.TextChoices):
        PUBLIC_HOLIDAY = "public_holiday", _("Ngày lễ, Tết")
        ANNOUNCED = "announced", _("Ngày nghỉ theo thông báo")

    date = models.DateField(_("ngày"), unique=True)
    name = models.CharField(_("tên"), max_length=200)
    kind = models.CharField(_("loại"), max_length=16, choices=Kind.choices, default=Kind.PUBLIC_HOLIDAY)

    class Meta:
        verbose_name = _("ngày nghỉ")
        verbose_name_plural = _("ngày nghỉ")
        ordering = ["date"]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} {self.name}"

    def clean(self):
        if MakeUpWorkingDay.objects.filter(date=self.date).exists():
            raise ValidationError({"date": _("Ngày này đang là ngày làm việc bù.")})


class MakeUpWorkingDay(models.Model):
    """A weekend date that is worked, with Monday's office hours, to make up for an announced day off."""

    date = models.DateField(_("ngày"), unique=True)
    note = models.CharField(_("ghi chú"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("ngày làm việc bù")
        verbose_name_plural = _("ngày làm việc bù")
        ordering = ["date"]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} {self.note}".strip()

    def clean(self):
        if DayOff.objects.filter(date=self.date).exists():
            raise ValidationError({"date": _("Ngày này đang là ngày nghỉ.")})


def forget_working_calendar(**kwargs):
    """Signal receiver: calendar data changed."""
    cache.delete(WORKING_CALENDAR_CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(WORKING_CALENDAR_CACHE_KEY))


for calendar_model in (OfficePeriod, DayOff, MakeUpWorkingDay):
    for signal in (post_save, post_delete):
        signal.connect(forget_working_calendar, sender=calendar_model, dispatch_uid="forget-working-calendar")
