"""Where a procedure page links to its online form: only a live form of a procedure that still accepts submission."""

from django import template

from procedures.models import OnlineFormPage

register = template.Library()


@register.simple_tag
def online_form_of(procedure):
    if not procedure.accepts_online_submission or not procedure.numchild:  # the tree knows: no query
        return None
    return OnlineFormPage.objects.child_of(procedure).live().first()
