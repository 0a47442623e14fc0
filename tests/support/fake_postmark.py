"""A stand-in for Postmark's HTTP API on loopback: answers POST /email as Postmark does and
keeps each request, so django-anymail's real Postmark backend can be used in tests."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakePostmark:
    """Answers POST /email as Postmark does, and keeps what it was sent."""

    def __init__(self):
        self.requests = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                fake.requests.append((self.path, dict(self.headers), body))
                payload = json.dumps(
                    {
                        "To": body["To"],
                        "SubmittedAt": "2026-11-29T10:00:00.0000000-05:00",
                        "MessageID": "0a129aee-e1cd-480d-b08d-4f48548ff48d",
                        "ErrorCode": 0,
                        "Message": "OK",
                    }
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()
