"""Drafts and their held files: which draft belongs to this visitor (the session keeps its token per form page),
the form bound again from a draft with its held files merged in, and what a POST leaves behind."""

import datetime

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone
from django.utils.datastructures import MultiValueDict

from portal.storage import write_file
from procedures.models.drafts import FormDraft, HeldFile

from ..fields import UploadField
from ..uploads import checked_before, content_sha256, media_type

SESSION_KEY = "online_form_drafts"
# A draft nobody saved is abandoned a day after it was last touched; a saved one lives as long as its link.
UNSAVED_LIFETIME = datetime.timedelta(hours=24)
SAVED_LIFETIME = datetime.timedelta(days=7)
# The checkbox a held file's "remove" carries, valued with the held file's id.
REMOVE_FIELD = "bo_tep_giu_lai"
# POST keys that are the page's controls, not answers.
CONTROLS = {"csrfmiddlewaretoken", "action", REMOVE_FIELD}


def session_draft(request, page, *, locked=False):
    """This visitor's live draft of ``page``, or None; ``locked``: its row locked until the transaction ends."""
    token = request.session.get(SESSION_KEY, {}).get(str(page.pk))
    if not token:
        return None
    drafts = FormDraft.objects.select_for_update() if locked else FormDraft.objects
    return drafts.filter(page=page, token=token, expires_at__gt=timezone.now()).first()


def bind_to_session(request, draft):
    drafts = request.session.get(SESSION_KEY, {})
    drafts[str(draft.page_id)] = draft.token
    request.session[SESSION_KEY] = drafts


def forget(request, page):
    drafts = request.session.get(SESSION_KEY, {})
    if drafts.pop(str(page.pk), None):
        request.session[SESSION_KEY] = drafts


def answers_of(post):
    """A POST's answers as ``{name: [values]}``: everything needed to bind the form again, nothing of the page's."""
    return {key: post.getlist(key) for key in post if key not in CONTROLS}


def post_of(draft):
    """The draft's answers as the form's data, a QueryDict-like mapping of lists."""
    return MultiValueDict(draft.answers)


def save_draft(page, draft, post, *, saved_email=None):
    """Creates or updates the draft with ``post``'s answers. Its life is a day from now, or the link's seven days when
    the applicant saves it (``saved_email``); a saved draft touched again keeps the longer of the two."""
    now = timezone.now()
    draft = draft or FormDraft(page=page)
    draft.answers = answers_of(post)
    expires_at = now + (SAVED_LIFETIME if saved_email else UNSAVED_LIFETIME)
    draft.expires_at = max(expires_at, draft.expires_at) if draft.expires_at else expires_at
    if saved_email:
        draft.email = saved_email
    draft.save()
    return draft


def remove_held(draft, post):
    """The held files the applicant ticked to remove."""
    ids = [value for value in post.getlist(REMOVE_FIELD) if value.isdigit()]
    if draft is not None and ids:
        for held in draft.files.filter(pk__in=ids):
            held.delete()


def held_uploads(draft):
    """``{field name: [UploadedFile, ...]}`` opened from private storage, to validate and submit like new uploads.
    The caller closes them (``close_all``)."""
    uploads = {}
    if draft is None:
        return uploads
    for held in draft.files.all():
        upload = checked_before(
            UploadedFile(
                file=held.file.storage.open(held.file.name, "rb"),
                name=held.original_name,
                content_type=held.content_type,
                size=held.size,
            ),
            held.content_type,
            held.sha256,
        )
        uploads.setdefault(held.field_name, []).append(upload)
    return uploads


def merged_files(held, files):
    """Held files first, then the ones chosen now, per field."""
    merged = MultiValueDict()
    for name, uploads in held.items():
        merged.setlist(name, list(uploads))
    for name in files:
        merged.setlist(name, merged.getlist(name) + files.getlist(name))
    return merged


def close_all(held):
    for uploads in held.values():
        for upload in uploads:
            upload.close()


def upload_fields(form):
    return {name: field for name, field in form.fields.items() if isinstance(field, UploadField)}


def passes_own_checks(field, upload):
    """Whether one file passes its field's checks on its own (type by content, size), whatever else is wrong."""
    try:
        field.clean([upload])
    except ValidationError:
        return False
    return True


def hold_new_files(draft, form, files, written):
    """Keeps every file chosen in this POST that passes its own checks; the others are dropped (never stored). Each
    file written is listed in ``written`` (``portal.storage.files_removed_on_error``), so a refused write removes it."""
    fields = upload_fields(form)
    for name in files:
        field = fields.get(name)
        if field is None:
            continue
        for upload in files.getlist(name):
            if upload and passes_own_checks(field, upload):
                hold(draft, name, upload, written)


def hold(draft, field_name, upload, written):
    held = HeldFile(
        draft=draft,
        field_name=field_name,
        original_name=upload.name,
        size=upload.size,
        content_type=media_type(upload),
        sha256=content_sha256(upload),
    )
    write_file(held.file, upload, written)
    held.save()
    return held


def held_by_field(draft):
    """``{field name: [HeldFile, ...]}`` for the form's "kept files" under each upload slot."""
    kept = {}
    if draft is not None:
        for held in draft.files.all():
            kept.setdefault(held.field_name, []).append(held)
    return kept


def remove_expired(now=None):
    """Deletes expired drafts; their held files' bytes follow once the deletion is committed. Returns the count."""
    _total, by_model = FormDraft.objects.filter(expires_at__lte=now or timezone.now()).delete()
    return by_model.get(FormDraft._meta.label, 0)
