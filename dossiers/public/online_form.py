"""A citizen's valid online form becomes a dossier through the workflow engine (``create("submit")``). Registered
with the catalogue's form pages at start-up (``DossiersConfig.ready``), so ``procedures`` never imports
``dossiers``."""

from dossiers.declaration import queue_declaration
from dossiers.public.links import signed_path
from dossiers.workflow.creation import Applicant
from dossiers.workflow.engine import create


def submit_online_form(page, form):
    """The dossier, with ``declaration_path`` for the confirmation page: its filled declaration is made by the
    worker once the submission commits (``dossiers.declaration``)."""
    dossier = create(
        "submit",
        procedure=page.procedure,
        applicant=Applicant(**form.applicant_data()),
        form_data=form.answers(),
        form_schema=page.form_schema(),
        files=form.attachments(),
    )
    queue_declaration(dossier)
    dossier.declaration_path = signed_path(dossier, "declaration")
    return dossier
