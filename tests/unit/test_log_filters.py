"""A signed link's token never reaches a log line, however the path is logged."""

import logging
import logging.config

from portal.log_filters import MaskSignedLinks, mask_signed_links

TOKEN_PATH = "/ho-so/rut/WzEsIjAwMC4wMC4zMSJd:1xV39G:6RfzhW8qzzHHXiQrqYDAlutkbnN2ylQ6Dtq_-aysrZU/"


def test_the_token_is_masked_and_the_rest_kept():
    assert mask_signed_links(f"Not Found: {TOKEN_PATH}") == "Not Found: /ho-so/rut/…/"
    assert mask_signed_links("Not Found: /tra-cuu/") == "Not Found: /tra-cuu/"


def test_the_filter_masks_message_and_arguments():
    record = logging.LogRecord(
        "django.request", logging.WARNING, __file__, 1, "%s: %s", ("Not Found", TOKEN_PATH), None
    )
    assert MaskSignedLinks().filter(record)
    assert record.getMessage() == "Not Found: /ho-so/rut/…/"


def test_a_request_for_a_bad_link_logs_no_token(client, capsys, db, settings):
    logging.config.dictConfig(settings.LOGGING)  # the console handler now writes to the captured stderr
    try:
        assert client.get(TOKEN_PATH).status_code == 404
    finally:
        logging.config.dictConfig(settings.LOGGING)
    logged = capsys.readouterr().err
    assert "/ho-so/rut/…/" in logged and "6RfzhW8qzzHHXiQrqYDAlutkbnN2ylQ6Dtq" not in logged
