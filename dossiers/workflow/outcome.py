"""What a step hands back to the engine: everything the engine then writes the same way for every step."""

from dataclasses import dataclass, field
from datetime import datetime

from dossiers.models import Attachment, Status
from dossiers.notifications.kinds import NoticeKind


@dataclass
class Outcome:
    """The new status and sub-step, who receives the dossier, what the event records, the files to store and the
    notices to send."""

    to_status: Status
    stage: str | None = None  # None keeps the current sub-step
    public_note: str = ""
    note: str = ""
    assignee: object = None
    department: object = None
    step_due_at: datetime | None = None
    files: tuple = ()  # ``(field name, uploaded file)`` pairs, or ``(…, source)`` (``files.store_attachments``)
    file_source: str = Attachment.Source.SUBMISSION
    # The counter's checklist: ``ReceivedDocument`` fields, and ``scan_upload``, a scan to store and link to its row.
    received_documents: list = field(default_factory=list)
    notice: NoticeKind | None = None
    notice_context: dict = field(default_factory=dict)
    staff_notice_to: object = None
