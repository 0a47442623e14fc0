"""Handing messages over. Over SMTP, a delivery is marked sent *after* the whole message
has gone out but *before* the final "." that makes the server accept it:

- killed before that mark: the server never saw the ".", drops the message, and the
  delivery (still "sending") is sent again by the next worker;
- killed after it: the "." goes out as the socket closes, the server accepts, and the
  delivery is already "sent".

So a worker killed at any moment causes neither a lost nor a second copy, except in
the instant between the commit and writing five bytes. Other Django mail backends (an
HTTP API through anymail, the outbox) are marked after they accept, which narrows the
window for a duplicate to one API call.
"""

import re
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection

from .mime import Letter, as_bytes

TEMPORARY = "temporary"
PERMANENT = "permanent"
DOT_LINE = re.compile(rb"(?m)^\.")


@dataclass
class Outcome:
    ok: bool
    kind: str = ""  # TEMPORARY or PERMANENT when not ok
    error: str = ""


class ConnectionLost(Exception):
    """The server went away or cannot be reached; nothing more can go on this connection."""


def smtp_configured() -> bool:
    return settings.EMAIL_BACKEND == "django.core.mail.backends.smtp.EmailBackend"


class SMTPTransport:
    def __init__(self):
        self.server = None

    def open(self):
        try:
            if getattr(settings, "EMAIL_USE_SSL", False):
                context = ssl.create_default_context()
                self.server = smtplib.SMTP_SSL(settings.EMAIL_HOST, settings.EMAIL_PORT, timeout=settings.EMAIL_TIMEOUT or 30, context=context)
            else:
                self.server = smtplib.SMTP(settings.EMAIL_HOST, settings.EMAIL_PORT, timeout=settings.EMAIL_TIMEOUT or 30)
                if settings.EMAIL_USE_TLS:
                    self.server.starttls(context=ssl.create_default_context())
            # The final "." is a tiny write after the body: without this, Nagle's algorithm
            # and delayed ACKs hold each message back ~40 ms.
            self.server.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.server.ehlo_or_helo_if_needed()
            if settings.EMAIL_HOST_USER:
                self.server.login(settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD)
        except (OSError, smtplib.SMTPException) as error:
            self.server = None
            raise ConnectionLost(f"cannot reach the mail server: {error}") from error

    def close(self):
        if self.server is not None:
            try:
                self.server.quit()
            except (OSError, smtplib.SMTPException):
                self.server.close()
            self.server = None

    def send(self, letter: Letter, mark_sent: Callable[[], bool]) -> Outcome:
        server = self.server
        message = as_bytes(letter)
        try:
            code, reply = server.mail(letter.sender_email)
            if code != 250:
                return self._refused(code, reply)
            code, reply = server.rcpt(letter.to_email)
            if code not in (250, 251):
                return self._refused(code, reply)
            code, reply = server.docmd("DATA")
            if code != 354:
                return self._refused(code, reply)
            body = DOT_LINE.sub(b"..", message)
            if not body.endswith(b"\r\n"):
                body += b"\r\n"
            server.send(body)
            if not mark_sent():
                # Another worker took this delivery back (our lease ran out): without the
                # final "." the server drops the message, and the other worker sends it.
                server.close()
                raise ConnectionLost("the delivery was taken back by another worker")
            server.send(b".\r\n")
            code, reply = server.getreply()
        except (OSError, smtplib.SMTPServerDisconnected) as error:
            raise ConnectionLost(str(error)) from error
        if code != 250:
            return self._refused(code, reply)
        return Outcome(ok=True)

    def _refused(self, code: int, reply: bytes) -> Outcome:
        text = f"{code} {reply.decode('utf-8', 'replace')}"[:300]
        try:
            self.server.rset()
        except (OSError, smtplib.SMTPException):
            raise ConnectionLost(text)
        if code == 421:
            raise ConnectionLost(text)  # the server is closing the connection
        return Outcome(ok=False, kind=TEMPORARY if 400 <= code < 500 else PERMANENT, error=text)


class BackendTransport:
    """Any other Django mail backend: the outbox, the console, an anymail provider."""

    def __init__(self):
        self.connection = None

    def open(self):
        try:
            self.connection = get_connection(fail_silently=False)
            self.connection.open()
        except (OSError, smtplib.SMTPException) as error:
            raise ConnectionLost(str(error)) from error

    def close(self):
        if self.connection is not None:
            self.connection.close()

    def send(self, letter: Letter, mark_sent: Callable[[], bool]) -> Outcome:
        message = EmailMultiAlternatives(
            subject=letter.subject,
            body=letter.text,
            from_email=letter.sender,
            to=[letter.recipient],
            headers={"Message-ID": letter.message_id, **letter.headers},
            connection=self.connection,
        )
        message.attach_alternative(letter.html, "text/html")
        if letter.metadata:
            message.metadata = letter.metadata  # anymail passes it to the provider; others ignore it
        try:
            message.send()
        except Exception as error:  # providers raise their own kinds; all are worth a retry
            return Outcome(ok=False, kind=TEMPORARY, error=str(error)[:300])
        mark_sent()
        return Outcome(ok=True)


def transport():
    return SMTPTransport() if smtp_configured() else BackendTransport()
