"""Wagtail's user admin with one rule more: only a superuser makes an account superuser or edits a superuser's
account. Wagtail lets anyone holding ``auth.add_user``/``auth.change_user`` do both (and copy a superuser), so a
member of "Quản trị hệ thống", who handles no dossier and sees none, could tick "Administrator" on an account or
reset a superuser's password, and sign in as someone who sees every dossier (``dossiers.access``)."""

from django.core.exceptions import PermissionDenied
from wagtail.admin.views import generic
from wagtail.users.views import users


class SuperuserFlagMixin:
    def get_form(self, form_class=None):
        """For others the flag shows, unticked and disabled: Django then ignores whatever is posted for it."""
        form = super().get_form(form_class)
        if not self.request.user.is_superuser and "is_superuser" in form.fields:
            form.fields["is_superuser"].disabled = True
            form.initial["is_superuser"] = False
        return form


class CreateView(SuperuserFlagMixin, users.CreateView):
    pass


class CopyView(SuperuserFlagMixin, generic.CopyView):
    pass


class EditView(SuperuserFlagMixin, users.EditView):
    def dispatch(self, request, *args, **kwargs):
        if self.object.is_superuser and not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class UserViewSet(users.UserViewSet):
    add_view_class = CreateView
    copy_view_class = CopyView
    edit_view_class = EditView
