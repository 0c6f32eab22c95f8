"""Log records never carry a signed link's token: whoever reads the logs must not be able to act on a dossier.
Django's request logger prints the path of a 404 ("Not Found: /ho-so/rut/<token>/"), e.g. for an expired link.
Nor personal data: at DEBUG, the template engine's records would carry whole template contexts."""

import logging
import re
from collections.abc import Mapping

SIGNED_LINK = re.compile(r"(/ho-so/[^/\s]+/)[^/\s]+/")


def mask_signed_links(text):
    return SIGNED_LINK.sub(r"\1…/", text)


def _masked(value):
    return mask_signed_links(value) if isinstance(value, str) else value


class MaskSignedLinks(logging.Filter):
    """Runs on a handler, so it edits the record every later handler sees: the arguments keep their shape. A single
    mapping (``logger.info("%(name)s", {...})``, as Celery logs each task) stays a mapping."""

    def filter(self, record):
        record.msg = mask_signed_links(str(record.msg))
        if isinstance(record.args, Mapping):
            record.args = {key: _masked(value) for key, value in record.args.items()}
        elif record.args:
            record.args = tuple(_masked(arg) for arg in record.args)
        return True


class WithoutTemplateContext(logging.Filter):
    """For ``django.template``: at DEBUG it logs every variable a template could not resolve, with the exception,
    whose text is the whole template context, on the portal's pages an applicant's ID number, phone, email and
    look-up secret. The message (which variable, which template) is kept; the exception is dropped."""

    def filter(self, record):
        record.exc_info = record.exc_text = None
        return True
