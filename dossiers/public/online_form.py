"""A citizen's valid online form becomes a dossier through the workflow engine (``create("submit")``). Registered
with the catalogue's form pages at start-up (``DossiersConfig.ready``), so ``procedures`` never imports
``dossiers``."""

from dossiers.workflow.creation import Applicant
from dossiers.workflow.engine import create


def submit_online_form(page, form):
    return create(
        "submit",
        procedure=page.procedure,
        applicant=Applicant(**form.applicant_data()),
        form_data=form.answers(),
        form_schema=page.form_schema(),
        files=form.attachments(),
    )
