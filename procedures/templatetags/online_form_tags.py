"""Where a procedure page links to its online form: only a live form of a procedure that still accepts submission;
and what every list says about applying online."""

from urllib.parse import quote

from django import template

from procedures.models import OnlineFormPage

register = template.Library()


@register.simple_tag
def online_form_of(procedure):
    if not procedure.accepts_online_submission or not procedure.numchild:  # the tree knows: no query
        return None
    return OnlineFormPage.objects.child_of(procedure).live().first()


# The national portal's page of a procedure, by the procedure's code in the national database.
NATIONAL_PORTAL_PROCEDURE_URL = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc="


@register.inclusion_tag("includes/where_to_apply.html")
def where_to_apply(procedure, as_button=False):
    """The one decision, for every list and the procedure page, of where a procedure is applied for: here (a link to
    its form), online elsewhere (the national portal's page for its code) or not online (the level's badge alone)."""
    online_form = online_form_of(procedure)
    elsewhere = None
    if online_form is None and procedure.accepts_online_submission:
        elsewhere = NATIONAL_PORTAL_PROCEDURE_URL + quote(procedure.procedure_code)
    return {"procedure": procedure, "online_form": online_form, "elsewhere": elsewhere, "as_button": as_button}


@register.simple_tag
def kept_files(form, name):
    """The files held for upload slot ``name`` since an earlier POST (``drafts.journey`` sets ``form.held_files``)."""
    return getattr(form, "held_files", {}).get(name, [])
