"""Admin pages of the backups: the list (with a "back up now" button and live progress), a JSON status for the
progress display to poll, and the download of an archive. Only holders of ``backups.manage_backups`` get in."""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django.views.defaults import permission_denied

from .models import Backup
from .tasks import run_backup

PERMISSION = "backups.manage_backups"
PER_PAGE = 20


def can_manage_backups(user):
    return user.has_perm(PERMISSION)


def manage_backups_required(view):
    """A plain 403 (Wagtail would turn PermissionDenied into a redirect to the dashboard)."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if not can_manage_backups(request.user):
            return permission_denied(request, PermissionDenied())
        return view(request, *args, **kwargs)

    return checked


@require_GET
@manage_backups_required
def index(request):
    page = Paginator(Backup.objects.select_related("started_by"), PER_PAGE).get_page(request.GET.get("p"))
    context = {
        "header_title": _("Sao lưu dữ liệu"),
        "header_icon": "download",
        "items": page,
        "elided_page_range": page.paginator.get_elided_page_range(page.number),
        "busy": Backup.objects.filter(state__in=[Backup.State.PENDING, Backup.State.RUNNING]).exists(),
    }
    return TemplateResponse(request, "backups/index.html", context)


@require_POST
@manage_backups_required
def start(request):
    """One backup at a time: a second click while one runs only says so. The task is queued once the row is
    committed, so the worker always finds it."""
    if Backup.objects.filter(state__in=[Backup.State.PENDING, Backup.State.RUNNING]).exists():
        messages.warning(request, _("Đang có một bản sao lưu chạy; hãy chờ nó xong."))
        return redirect("backups:index")
    backup = Backup.objects.create(started_by=request.user)
    transaction.on_commit(lambda: run_backup.delay(backup.pk))
    messages.success(request, _("Đã bắt đầu sao lưu."))
    return redirect("backups:index")


@require_GET
@manage_backups_required
def status(request, pk):
    backup = get_object_or_404(Backup, pk=pk)
    return JsonResponse(
        {
            "state": backup.state,
            "state_label": backup.get_state_display(),
            "progress": backup.progress,
            "step": backup.step,
            "in_progress": backup.in_progress,
        }
    )


@require_GET
@manage_backups_required
def download(request, pk):
    backup = get_object_or_404(Backup, pk=pk, state=Backup.State.DONE)
    if not backup.path.is_file():
        raise Http404
    return FileResponse(open(backup.path, "rb"), as_attachment=True, filename=backup.file_name)
