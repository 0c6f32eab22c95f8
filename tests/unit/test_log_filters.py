"""A signed link's token never reaches a log line, however the path is logged."""

import io
import logging
import logging.config
import runpy
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

from django.template import Context, Template

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


def test_a_mapping_argument_stays_a_mapping():
    """Celery logs each task as ``"Task %(name)s[%(id)s] succeeded"`` with one dict; made a tuple, every handler
    after the filter failed to format the record."""
    record = logging.LogRecord(
        "celery.app.trace",
        logging.INFO,
        __file__,
        1,
        "Task %(name)s: %(link)s",
        ({"name": "t", "link": TOKEN_PATH},),
        None,
    )
    assert MaskSignedLinks().filter(record)
    assert record.getMessage() == "Task t: /ho-so/rut/…/"


def test_a_request_for_a_bad_link_logs_no_token(client, capsys, db, settings):
    logging.config.dictConfig(settings.LOGGING)  # the console handler now writes to the captured stderr
    try:
        assert client.get(TOKEN_PATH).status_code == 404
    finally:
        logging.config.dictConfig(settings.LOGGING)
    logged = capsys.readouterr().err
    assert "/ho-so/rut/…/" in logged and "6RfzhW8qzzHHXiQrqYDAlutkbnN2ylQ6Dtq" not in logged


def test_a_template_variable_lookup_logs_no_context(caplog):
    """At DEBUG the template engine logs each unresolved variable with an exception holding the whole context."""
    caplog.set_level(logging.DEBUG, logger="django.template")
    Template("{{ missing }}").render(Context({"receipt": {"secret": "7KQ4M2XZ"}}))
    [record] = [record for record in caplog.records if record.name == "django.template"]
    assert "missing" in record.getMessage()
    assert record.exc_info is None and "7KQ4M2XZ" not in caplog.text


def test_the_development_server_request_lines_are_masked(settings):
    """``make run`` logs each request line through "django.server", which does not reach the root's handler."""
    logging.config.dictConfig(settings.LOGGING)
    [handler] = logging.getLogger("django.server").handlers
    stream = io.StringIO()
    previous = handler.setStream(stream)
    try:
        logging.getLogger("django.server").info('"%s" %s %s', f"GET {TOKEN_PATH} HTTP/1.1", "404", "179")
    finally:
        handler.setStream(previous)
    assert '"GET /ho-so/rut/…/ HTTP/1.1" 404 179' in stream.getvalue()
    assert "6RfzhW8qzzHHXiQrqYDAlutkbnN2ylQ6Dtq" not in stream.getvalue()


def gunicorn_logger():
    from gunicorn.config import Config

    settings = runpy.run_path(str(Path(__file__).resolve().parents[2] / "deploy/gunicorn.conf.py"))
    return settings["logger_class"](Config())


def access_atoms(logger, environ):
    response = SimpleNamespace(status="400 Bad Request", sent=0, headers=[])
    return logger.atoms(response, SimpleNamespace(headers=[]), environ, timedelta(milliseconds=3))


def test_gunicorn_masks_the_token_in_the_access_log():
    environ = {"REQUEST_METHOD": "GET", "RAW_URI": TOKEN_PATH, "SERVER_PROTOCOL": "HTTP/1.1", "PATH_INFO": TOKEN_PATH}
    assert access_atoms(gunicorn_logger(), environ)["U"] == "/ho-so/rut/…/"


def test_gunicorn_logs_a_request_it_could_not_parse_without_dying():
    """Gunicorn's environ for a request it refused itself (Content-Length with Transfer-Encoding: chunked) has no
    path: the regular expression ran over None, raised, and the worker died."""
    environ = {"REQUEST_METHOD": None, "RAW_URI": None, "SERVER_PROTOCOL": None}
    assert access_atoms(gunicorn_logger(), environ)["U"] == "-"


def test_the_filter_keeps_a_record_without_message_or_arguments():
    record = logging.LogRecord("gunicorn.access", logging.INFO, __file__, 1, None, None, None)
    assert MaskSignedLinks().filter(record)
    assert record.getMessage() == "None"
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "%s %s", (None, TOKEN_PATH), None)
    assert MaskSignedLinks().filter(record) and record.getMessage() == "None /ho-so/rut/…/"
