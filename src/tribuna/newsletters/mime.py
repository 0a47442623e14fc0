"""Each recipient's message as bytes, assembled directly: the campaign's parts are
rendered once, and per recipient only their name and links change (100,000 messages
must not each go through the `email` package's full machinery).
"""

import binascii
import re
import uuid
from dataclasses import dataclass, field
from email.header import Header
from email.utils import format_datetime, formataddr

from django.utils import timezone

CRLF = b"\r\n"
LINE_BREAKS = re.compile(r"[\r\n\t\x00]+")


def header_safe(text: str) -> str:
    """No line breaks in anything that goes into a header: header injection is impossible."""
    return LINE_BREAKS.sub(" ", text).strip()


def encoded_header(text: str) -> str:
    text = header_safe(text)
    if text.isascii():
        return text
    return Header(text, "utf-8").encode(maxlinelen=76)


def address(name: str, email: str) -> str:
    name = header_safe(name)
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def quoted_printable(text: str) -> bytes:
    data = binascii.b2a_qp(text.replace("\r\n", "\n").encode("utf-8"), istext=True)
    return data.replace(b"\n", CRLF)


@dataclass
class Letter:
    """One recipient's message, before it is turned into bytes or handed to a backend."""

    sender_name: str
    sender_email: str
    to_name: str
    to_email: str
    subject: str
    text: str
    html: str
    message_id: str
    headers: dict[str, str] = field(default_factory=dict)  # List-Id, List-Unsubscribe, …
    # For providers (anymail's `metadata`), echoed back in bounce reports; not sent over SMTP.
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def sender(self) -> str:
        return address(self.sender_name, self.sender_email)

    @property
    def recipient(self) -> str:
        return address(self.to_name, self.to_email)


def as_bytes(letter: Letter) -> bytes:
    boundary = "=_" + uuid.uuid4().hex
    headers = [
        ("From", letter.sender),
        ("To", letter.recipient),
        ("Subject", encoded_header(letter.subject)),
        ("Date", format_datetime(timezone.now())),
        ("Message-ID", letter.message_id),
        ("MIME-Version", "1.0"),
        *((name, encoded_header(value)) for name, value in letter.headers.items()),
        ("Content-Type", f'multipart/alternative; boundary="{boundary}"'),
    ]
    head = "".join(f"{name}: {value}\r\n" for name, value in headers).encode("ascii")
    marker = f"--{boundary}".encode()
    part_head = b"Content-Type: text/%s; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
    return b"".join(
        [
            head,
            CRLF,
            marker, CRLF, part_head % b"plain", quoted_printable(letter.text), CRLF,
            marker, CRLF, part_head % b"html", quoted_printable(letter.html), CRLF,
            marker, b"--", CRLF,
        ]
    )
