"""Log records never carry a signed link's token: whoever reads the logs must not be able to act on a dossier.
Django's request logger prints the path of a 404 ("Not Found: /ho-so/rut/<token>/"), e.g. for an expired link."""

import logging
import re

SIGNED_LINK = re.compile(r"(/ho-so/[^/\s]+/)[^/\s]+/")


def mask_signed_links(text):
    return SIGNED_LINK.sub(r"\1…/", text)


class MaskSignedLinks(logging.Filter):
    def filter(self, record):
        record.msg = mask_signed_links(str(record.msg))
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(mask_signed_links(arg) if isinstance(arg, str) else arg for arg in args)
        return True
