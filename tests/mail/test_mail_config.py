"""EMAIL_URL: the parser, then real sends through what it configures.

SMTP goes to a real aiosmtpd server on loopback (plain, AUTH, STARTTLS, implicit TLS);
a provider goes through django-anymail's real backend to a stand-in for Postmark's HTTP
API, so only the far side of the wire is pretended.
"""

import shutil
import ssl
import subprocess

import pytest
from aiosmtpd.smtp import AuthResult
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import send_mail

from support.fake_postmark import FakePostmark
from support.smtp_sink import SinkServer
from tribuna.mail.config import parse_email_url, settings_from_environ
from tribuna.mail.sending import send_templated

SMTP = "django.core.mail.backends.smtp.EmailBackend"


# --- the parser ---------------------------------------------------------------------


@pytest.mark.parametrize("url", [None, "", "  ", "outbox:", "outbox://", "OUTBOX:"])
def test_no_url_or_outbox_keeps_the_outbox(url):
    assert parse_email_url(url) == {"EMAIL_BACKEND": "tribuna.mail.outbox.OutboxBackend"}


def test_console():
    assert parse_email_url("console:") == {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}


@pytest.mark.parametrize(
    "url, port, starttls, implicit_tls",
    [
        ("smtp://mail.example.org", 25, False, False),
        ("smtp://mail.example.org?tls=1", 25, True, False),
        ("smtp://mail.example.org:2525?tls=0", 2525, False, False),
        ("smtp+tls://mail.example.org", 587, True, False),
        ("smtps://mail.example.org", 465, False, True),
        ("submissions://mail.example.org", 465, False, True),
        ("SMTPS://Mail.Example.org:1465/", 1465, False, True),
    ],
)
def test_smtp_schemes_ports_and_tls(url, port, starttls, implicit_tls):
    parsed = parse_email_url(url)
    assert parsed == {
        "EMAIL_BACKEND": SMTP,
        "EMAIL_HOST": "mail.example.org",
        "EMAIL_PORT": port,
        "EMAIL_HOST_USER": "",
        "EMAIL_HOST_PASSWORD": "",
        "EMAIL_USE_TLS": starttls,
        "EMAIL_USE_SSL": implicit_tls,
        "EMAIL_TIMEOUT": 20,
    }


def test_smtp_credentials_are_percent_decoded():
    parsed = parse_email_url("smtp+tls://news%40example.org:p%40ss%3Aw%2Frd%3F%23%25@mail.example.org:587?timeout=7.5")
    assert parsed["EMAIL_HOST_USER"] == "news@example.org"
    assert parsed["EMAIL_HOST_PASSWORD"] == "p@ss:w/rd?#%"
    assert parsed["EMAIL_TIMEOUT"] == 7.5


def test_smtp_ipv6_host():
    assert parse_email_url("smtp://[::1]:2525")["EMAIL_HOST"] == "::1"


@pytest.mark.parametrize(
    "url, expected",
    [
        ("postmark://server-token@", {"POSTMARK_SERVER_TOKEN": "server-token"}),
        ("sendgrid://SG.abc.def@", {"SENDGRID_API_KEY": "SG.abc.def"}),
        ("brevo://xkeysib-123@", {"BREVO_API_KEY": "xkeysib-123"}),
        ("resend://re_123@?timeout=5", {"RESEND_API_KEY": "re_123", "REQUESTS_TIMEOUT": 5.0}),
        (
            "mailgun://key-123@mg.example.org",
            {
                "MAILGUN_API_KEY": "key-123",
                "MAILGUN_SENDER_DOMAIN": "mg.example.org",
                "MAILGUN_API_URL": "https://api.mailgun.net/v3",
            },
        ),
        (
            "mailgun://key-123@mg.example.org?region=EU",
            {
                "MAILGUN_API_KEY": "key-123",
                "MAILGUN_SENDER_DOMAIN": "mg.example.org",
                "MAILGUN_API_URL": "https://api.eu.mailgun.net/v3",
            },
        ),
        ("mailgun://key%2F123@", {"MAILGUN_API_KEY": "key/123", "MAILGUN_API_URL": "https://api.mailgun.net/v3"}),
    ],
)
def test_providers(url, expected):
    parsed = parse_email_url(url)
    assert parsed["EMAIL_BACKEND"] == f"anymail.backends.{url.split(':')[0]}.EmailBackend"
    assert parsed["ANYMAIL"] == expected


def test_amazon_ses_needs_boto3_or_takes_a_region():
    try:
        import boto3  # noqa: F401
    except ImportError:
        with pytest.raises(ImproperlyConfigured, match=r"amazonses:// needs boto3"):
            parse_email_url("amazonses://")
    else:
        parsed = parse_email_url("amazonses://?region=eu-west-1")
        assert parsed == {
            "EMAIL_BACKEND": "anymail.backends.amazon_ses.EmailBackend",
            "ANYMAIL": {"AMAZON_SES_CLIENT_PARAMS": {"region_name": "eu-west-1"}},
        }


@pytest.mark.parametrize(
    "url, message",
    [
        ("sendmail://localhost", r"scheme sendmail: is not one Tribuna knows; use one of: outbox:, console:, smtp://"),
        ("http://mail.example.org", r"scheme http: is not one Tribuna knows"),
        ("mail.example.org", r"must start with a scheme, one of: .*smtp\+tls://.*postmark://"),
        ("smtp://", r"smtp:// needs a host"),
        ("smtp://user:secret@", r"smtp:// needs a host"),
        ("smtp:mail.example.org", r"must be written smtp://"),
        ("smtp://mail.example.org:abc", r"port that is not a number"),
        ("smtp://mail.example.org:70000", r"port that is not a number"),
        ("smtp://mail.example.org:0", r"port that is not a number"),
        ("smtp://mail.example.org/path", r"takes no path"),
        ("smtp://mail.example.org?tls=maybe", r"option tls must be 1 or 0"),
        ("smtp://mail.example.org?timeout=soon", r"timeout must be a number of seconds"),
        ("smtp://mail.example.org?timeout=0", r"timeout must be a number of seconds"),
        ("smtp+tls://mail.example.org?tls=1", r"does not take the option 'tls' \(it takes: timeout\)"),
        ("smtp://:secret@mail.example.org", r"has a password but no user name"),
        ("smtp://[::1", r"not a valid URL"),
        ("console:now", r"console: takes nothing after the scheme"),
        ("outbox:/tmp/mail", r"outbox: takes nothing after the scheme"),
        ("postmark://", r"postmark:// needs its key, e.g. postmark://API_KEY@"),
        ("postmark://token", r"takes no host or port \(the key goes before an '@'\)"),
        ("postmark://token@api.postmarkapp.com", r"takes no host or port"),
        ("postmark://user:token@", r"takes the key alone before the '@'"),
        ("mailgun://key@mg.example.org?region=asia", r"region must be us or eu"),
        ("amazonses://AKIA123@", r"amazonses:// takes no|amazonses:// needs boto3"),
    ],
)
def test_bad_urls_stop_startup_with_a_clear_message(url, message):
    with pytest.raises(ImproperlyConfigured, match=message) as raised:
        parse_email_url(url)
    assert "docs/mail.md" in str(raised.value)


@pytest.mark.parametrize(
    "url",
    [
        "smtp://user:pa/ss-word@mail.example.org",  # unencoded '/' ends the host part early
        "smtp://user:pa?ss-word@mail.example.org",
        "smtp://user:pa#ss-word@mail.example.org",
        "smtp://user:ss-word@mail.example.org:ss-word",
        "smtp://user:x@mail.example.org?ss-word=1",
        "ss-word-ss-word-ss-word://x",
    ],
)
def test_messages_never_repeat_the_secret(url):
    with pytest.raises(ImproperlyConfigured) as raised:
        parse_email_url(url)
    assert "ss-word" not in str(raised.value)


def test_the_environment_reads_email_url_and_refuses_retired_variables():
    assert settings_from_environ({})["EMAIL_BACKEND"] == "tribuna.mail.outbox.OutboxBackend"
    assert settings_from_environ({"EMAIL_URL": "smtp://h"})["EMAIL_HOST"] == "h"
    # Set alongside EMAIL_URL they are simply unused; alone they would mean mail never leaves.
    assert settings_from_environ({"EMAIL_URL": "console:", "EMAIL_HOST": "h"})["EMAIL_BACKEND"].endswith("console.EmailBackend")
    with pytest.raises(ImproperlyConfigured, match=r"EMAIL_HOST, EMAIL_PORT are no longer read.*EMAIL_URL"):
        settings_from_environ({"EMAIL_HOST": "mail.example.org", "EMAIL_PORT": "587"})


# --- real sends ---------------------------------------------------------------------


def configure(settings, url):
    for name, value in parse_email_url(url).items():
        setattr(settings, name, value)


@pytest.fixture
def probe_template(settings, tmp_path):
    """A template pair of this test's own, sent with the project's `send_templated`."""
    folder = tmp_path / "templates" / "mail"
    folder.mkdir(parents=True)
    (folder / "probe.txt").write_text("Meeting on Thursday\nDear {{ name }},\n\nWe meet at seven.\n")
    (folder / "probe.html").write_text("<p>Dear {{ name }},</p><p>We meet at seven.</p>")
    templates = [dict(engine) for engine in settings.TEMPLATES]
    templates[0]["DIRS"] = [tmp_path / "templates", *templates[0].get("DIRS", [])]
    settings.TEMPLATES = templates
    return "probe"


def test_no_url_writes_to_the_outbox(settings, tmp_path, probe_template):
    configure(settings, None)
    settings.EMAIL_FILE_PATH = tmp_path / "outbox"
    send_templated(probe_template, "rosa@example.net", {"name": "Rosa"})
    [saved] = (tmp_path / "outbox").glob("*.eml")
    assert "Subject: Meeting on Thursday" in saved.read_text()


def test_console_prints(settings, capsys):
    configure(settings, "console:")
    send_mail("Hello", "Body text", "from@example.org", ["to@example.org"])
    assert "Subject: Hello" in capsys.readouterr().out


@pytest.fixture
def smtp_server():
    """`smtp_server(**aiosmtpd_options)` starts a real SMTP server on loopback."""
    servers = []

    def start(**options):
        servers.append(SinkServer(**options).start())
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


def test_smtp_delivers_to_a_real_server(settings, smtp_server, probe_template):
    server = smtp_server()
    configure(settings, f"smtp://127.0.0.1:{server.port}?timeout=5")
    settings.DEFAULT_FROM_EMAIL = "Tribuna <news@example.org>"

    send_templated(probe_template, "rosa@example.net", {"name": "Rosa"})

    [item] = server.sink.received
    assert item.sender == "news@example.org"
    assert item.recipients == ["rosa@example.net"]
    message = item.message
    assert message["Subject"] == "Meeting on Thursday"
    assert message["To"] == "rosa@example.net"
    assert "We meet at seven." in message.get_body(preferencelist=("plain",)).get_content()
    assert message.get_body(preferencelist=("html",)).get_content_type() == "text/html"


def authenticator(logins):
    def check(server, session, envelope, mechanism, auth_data):
        logins.append((auth_data.login.decode(), auth_data.password.decode()))
        return AuthResult(success=(auth_data.login, auth_data.password) == (b"news@example.org", b"p@ss:w/rd"))

    return check


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_smtp_login_carries_the_decoded_user_and_password(settings, smtp_server):
    logins = []
    server = smtp_server(auth_required=True, auth_require_tls=False, authenticator=authenticator(logins))
    configure(settings, f"smtp://news%40example.org:p%40ss%3Aw%2Frd@127.0.0.1:{server.port}")

    assert send_mail("Minutes", "The minutes are attached.", "news@example.org", ["sec@example.org"]) == 1

    assert logins == [("news@example.org", "p@ss:w/rd")]
    [item] = server.sink.received
    assert item.recipients == ["sec@example.org"]
    assert item.message["Subject"] == "Minutes"


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    """A self-signed certificate for 127.0.0.1, and the server's TLS context."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return cert, context


@pytest.fixture
def trust(monkeypatch, certificate):
    """Django verifies the server's certificate with the default trust store: make it ours."""
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    return certificate[1]


def test_smtp_tls_uses_starttls(settings, smtp_server, trust):
    logins = []
    # The server refuses anything before STARTTLS, and AUTH before TLS (aiosmtpd's default).
    server = smtp_server(tls_context=trust, require_starttls=True, auth_required=True, authenticator=authenticator(logins))
    configure(settings, f"smtp+tls://news%40example.org:p%40ss%3Aw%2Frd@127.0.0.1:{server.port}")

    assert send_mail("Over TLS", "Sent after STARTTLS.", "news@example.org", ["sec@example.org"]) == 1

    assert logins == [("news@example.org", "p@ss:w/rd")]
    assert server.sink.received[0].message["Subject"] == "Over TLS"


def test_smtps_uses_implicit_tls(settings, smtp_server, trust):
    server = smtp_server(ssl_context=trust)
    configure(settings, f"smtps://127.0.0.1:{server.port}")

    assert send_mail("Wrapped", "TLS from the first byte.", "news@example.org", ["sec@example.org"]) == 1

    assert server.sink.received[0].message["Subject"] == "Wrapped"


# --- a provider through anymail -----------------------------------------------------


@pytest.fixture
def fake_postmark(monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")  # requests must not send loopback to a proxy
    fake = FakePostmark()
    yield fake
    fake.close()


def test_postmark_through_anymail(settings, fake_postmark, probe_template):
    configure(settings, "postmark://pm-token%2Fabc@")
    settings.ANYMAIL = {**settings.ANYMAIL, "POSTMARK_API_URL": fake_postmark.url}
    settings.DEFAULT_FROM_EMAIL = "Tribuna <news@example.org>"

    send_templated(probe_template, "rosa@example.net", {"name": "Rosa"})

    [(path, headers, body)] = fake_postmark.requests
    assert path == "/email"
    assert headers["X-Postmark-Server-Token"] == "pm-token/abc"
    assert body["From"] == "Tribuna <news@example.org>"
    assert body["To"] == "rosa@example.net"
    assert body["Subject"] == "Meeting on Thursday"
    assert "We meet at seven." in body["TextBody"]
    assert "<p>Dear Rosa,</p>" in body["HtmlBody"]
