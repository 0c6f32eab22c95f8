"""The public JSON API (``/api/v1/``): the look-up for apps and other portals, the same answer as the HTML page.

No session or cookie authentication, so there is nothing for CSRF to protect: django-ninja only checks CSRF for
cookie-based auth. The schema at ``/api/v1/openapi.json`` documents every answer, including 400 (a body that is not
JSON, or too large), 404, 422 and 429 (with its Retry-After header)."""

from datetime import datetime

from django.core.exceptions import RequestDataTooBig
from django.utils.translation import gettext
from ninja import Field, NinjaAPI, Schema, Status
from pydantic import ConfigDict, model_validator

from portal.ratelimit import rate_limited

from .lookup import NOT_FOUND, find_dossier, public_summary

api = NinjaAPI(
    title="Cổng dịch vụ công một cửa",
    version="1",
    description="Tra cứu tình trạng hồ sơ thủ tục hành chính. / Status look-up of administrative dossiers.",
    urls_namespace="api",
)


# Text with a NUL character is refused, as Django's form fields do: PostgreSQL cannot compare it (a 500 otherwise).
NO_NUL = r"^[^\x00]*$"


def _only(factor, other):
    return {"required": [factor], "properties": {factor: {"type": "string"}, other: {"type": "null"}}}


class LookupIn(Schema):
    """The dossier code and exactly one second factor: the number of the applicant's identity document (CCCD,
    passport, foreign document or an organisation's tax code, as given) or the slip's look-up secret."""

    # The ``oneOf`` states that rule in the schema too, so clients (and schema-driven tests) know that a body with
    # both factors or neither is refused; the other factor may be absent or null.
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"oneOf": [_only("id_number", "secret"), _only("secret", "id_number")]},
    )

    code: str = Field(min_length=1, max_length=48, pattern=NO_NUL, examples=["000.00.06.H56-261027-0361"])
    id_number: str | None = Field(None, min_length=1, max_length=32, pattern=NO_NUL, examples=["001203004567"])
    secret: str | None = Field(None, min_length=1, max_length=32, pattern=NO_NUL, examples=["7KQ4M2XZ"])

    @model_validator(mode="after")
    def exactly_one_factor(self):
        if (self.id_number is None) == (self.secret is None):
            raise ValueError("give exactly one of id_number and secret")
        return self


class CodeLabelOut(Schema):
    code: str
    label: str


class StatusOut(Schema):
    code: int = Field(description="1–10, the national public-service portal's status codes")
    label: str


class ProcedureOut(Schema):
    title: str
    url: str | None


class SupplementRequestOut(Schema):
    items: str
    reason: str
    requested_at: datetime


class TimelineStepOut(Schema):
    time: datetime
    step: str
    status: StatusOut
    public_note: str


class DossierStatusOut(Schema):
    code: str
    status: StatusOut
    procedure: ProcedureOut
    agency: str
    channel: CodeLabelOut
    id_number_masked: str
    id_document_masked: str = Field(
        description="the kind of document with its masked number, e.g. 'Hộ chiếu số P1****67'"
    )
    submitted_at: datetime
    received_at: datetime | None
    due_at: datetime | None
    returned_at: datetime | None
    timeliness: CodeLabelOut | None = Field(
        description="early / on_time / late once returned; within_time / overdue while open; null before a due time"
    )
    supplement_request: SupplementRequestOut | None = Field(description="what to supplement, while status is 5")
    timeline: list[TimelineStepOut]


RETRY_AFTER = {
    "description": "Seconds until the client may look up again.",
    "required": True,
    "schema": {"type": "integer", "minimum": 1},
}


class ErrorOut(Schema):
    detail: str


class ValidationErrorOut(Schema):
    detail: list[dict]


@api.exception_handler(RequestDataTooBig)
def body_too_large(request, exc):
    """A JSON answer (the documented 400), not Django's HTML page for a request it refused to read."""
    return api.create_response(
        request, {"detail": gettext("Yêu cầu quá lớn: nội dung gửi lên vượt quá giới hạn.")}, status=400
    )


@api.post(
    "/dossiers/lookup",
    response={200: DossierStatusOut, 400: ErrorOut, 404: ErrorOut, 422: ValidationErrorOut, 429: ErrorOut},
    summary="Look up a dossier",
    description="An unknown code and a wrong second factor both answer 404 with the same body. "
    "Rate-limited per client; 429 carries Retry-After.",
    tags=["dossiers"],
    openapi_extra={"responses": {429: {"headers": {"Retry-After": RETRY_AFTER}}}},
)
@rate_limited("lookup", json=True)
def lookup(request, payload: LookupIn):
    dossier = find_dossier(payload.code, id_number=payload.id_number, secret=payload.secret)
    if dossier is None:
        return Status(404, {"detail": str(NOT_FOUND)})
    return Status(200, public_summary(dossier))
