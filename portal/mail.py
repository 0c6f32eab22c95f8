"""Development email backend: one RFC 822 ``.eml`` file per message under ``EMAIL_FILE_PATH``."""

import re
import uuid
from pathlib import Path

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone


class EmlFileBackend(BaseEmailBackend):
    """Writes each message to its own file so a developer can open exactly the email a step sent. A message sent again
    with the same Message-ID overwrites its file, as a mailbox keeps one copy of it."""

    def __init__(self, file_path=None, **kwargs):
        super().__init__(**kwargs)
        self.directory = Path(file_path or settings.EMAIL_FILE_PATH)

    def send_messages(self, email_messages):
        self.directory.mkdir(parents=True, exist_ok=True)
        for message in email_messages:
            message_id = message.extra_headers.get("Message-ID")
            if message_id:
                name = re.sub(r"[^A-Za-z0-9.@-]", "", message_id)
            else:
                name = f"{timezone.now():%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:8]}"
            path = self.directory / f"{name}.eml"
            path.write_bytes(message.message().as_bytes())
        return len(email_messages)
