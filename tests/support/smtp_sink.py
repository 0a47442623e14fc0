"""A real SMTP server on loopback (aiosmtpd) that keeps what it accepts, with hooks a
test can use to refuse a message or to act (kill a worker) at a chosen moment."""

import email
import socket
import threading
from dataclasses import dataclass, field
from email import policy

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Received:
    sender: str
    recipients: list[str]
    raw: bytes

    @property
    def message(self):
        return email.message_from_bytes(self.raw, policy=policy.default)


@dataclass
class Sink:
    received: list[Received] = field(default_factory=list)
    # Hooks: return an SMTP reply string to refuse, or None to go on.
    on_rcpt: object = None  # (address) -> str | None
    on_data: object = None  # (Received) -> str | None; None keeps the message
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.on_rcpt and (reply := self.on_rcpt(address)):
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        item = Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content or envelope.content)
        if self.on_data and (reply := self.on_data(item)):
            return reply
        with self.lock:
            self.received.append(item)
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[Received]:
        with self.lock:
            return [item for item in self.received if address in item.recipients]

    def count_by_recipient(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        with self.lock:
            for item in self.received:
                for address in item.recipients:
                    counts[address] = counts.get(address, 0) + 1
        return counts


class SinkServer:
    """`options` go to aiosmtpd's Controller (TLS, authentication)."""

    def __init__(self, port: int | None = None, **options):
        self.sink = Sink()
        self.port = port or free_port()
        self.controller = Controller(self.sink, hostname="127.0.0.1", port=self.port, **options)

    def start(self):
        self.controller.start()
        return self

    def stop(self):
        self.controller.stop()

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"
