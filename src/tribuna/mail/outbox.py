"""The default mail backend: each message saved as an .eml file in <data dir>/outbox/.

A new site can be tried without any mail server, and every message can be opened in a
mail client or read in the editor's "Outbox" screen.
"""

import email
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from email import policy
from pathlib import Path

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend


def outbox_dir() -> Path:
    return Path(settings.EMAIL_FILE_PATH)


class OutboxBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        folder = outbox_dir()
        folder.mkdir(parents=True, exist_ok=True)
        for message in email_messages:
            stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
            path = folder / f"{stamp}-{uuid.uuid4().hex[:8]}.eml"
            temporary = path.with_suffix(".tmp")
            temporary.write_bytes(message.message().as_bytes(linesep="\r\n"))
            temporary.rename(path)  # readers never see half a message
        return len(email_messages)


@dataclass
class SavedMessage:
    name: str
    sent_at: datetime
    subject: str
    to: str
    text: str

    @classmethod
    def read(cls, path: Path) -> "SavedMessage":
        parsed = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        text_part = parsed.get_body(preferencelist=("plain",))
        return cls(
            name=path.name,
            sent_at=datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc),
            subject=str(parsed["Subject"] or ""),
            to=str(parsed["To"] or ""),
            text=text_part.get_content() if text_part else "",
        )


def saved_messages(limit: int = 200) -> list[SavedMessage]:
    """The newest messages first."""
    folder = outbox_dir()
    if not folder.is_dir():
        return []
    paths = sorted(folder.glob("*.eml"), reverse=True)[:limit]
    return [SavedMessage.read(path) for path in paths]


def find_message(name: str) -> SavedMessage | None:
    path = outbox_dir() / name
    if "/" in name or not name.endswith(".eml") or not path.is_file():
        return None
    return SavedMessage.read(path)
