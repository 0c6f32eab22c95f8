"""The public JSON API (``/api/v1/``): the look-up for apps and other portals, the same answer as the HTML page.

No session or cookie authentication, so there is nothing for CSRF to protect: django-ninja only checks CSRF for
cookie-based auth. The schema at ``/api/v1/openapi.json`` documents every answer, including 404, 422 and 429."""

from datetime import datetime

from ninja import Field, NinjaAPI, Schema, Status
from pydantic import ConfigDict, model_validator

from .lookup import NOT_FOUND, find_dossier, public_summary
from .ratelimit import rate_limited

api = NinjaAPI(
    title="Cổng dịch vụ công một cửa",
    version="1",
    description="Tra cứu tình trạng hồ sơ thủ tục hành chính. / Status look-up of administrative dossiers.",
    urls_namespace="api",
)


class LookupIn(Schema):
    """The dossier code and exactly one second factor: the applicant's ID number or the slip's look-up secret."""

    model_config = ConfigDict(extra="forbid")

    code: str = Field(min_length=1, max_length=48, examples=["000.00.06.H56-261027-0361"])
    id_number: str | None = Field(None, min_length=1, max_length=32, examples=["001203004567"])
    secret: str | None = Field(None, min_length=1, max_length=32, examples=["7KQ4M2XZ"])

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
    submitted_at: datetime
    received_at: datetime | None
    due_at: datetime | None
    returned_at: datetime | None
    timeliness: CodeLabelOut | None = Field(
        description="early / on_time / late once returned; within_time / overdue while open; null before a due time"
    )
    supplement_request: SupplementRequestOut | None = Field(description="what to supplement, while status is 5")
    timeline: list[TimelineStepOut]


class ErrorOut(Schema):
    detail: str


class ValidationErrorOut(Schema):
    detail: list[dict]


@api.post(
    "/dossiers/lookup",
    response={200: DossierStatusOut, 404: ErrorOut, 422: ValidationErrorOut, 429: ErrorOut},
    summary="Look up a dossier",
    description="An unknown code and a wrong second factor both answer 404 with the same body. "
    "Rate-limited per client; 429 carries Retry-After.",
    tags=["dossiers"],
)
@rate_limited("lookup", json=True)
def lookup(request, payload: LookupIn):
    dossier = find_dossier(payload.code, id_number=payload.id_number, secret=payload.secret)
    if dossier is None:
        return Status(404, {"detail": str(NOT_FOUND)})
    return Status(200, public_summary(dossier))
