"""A newsletter to 100,000 subscribers: rendered once, personalised, handed to an SMTP
sink on loopback by one worker, with its peak memory; and the sink's own ceiling."""

import re
import subprocess
import time
from pathlib import Path

from harness import VENV_BIN, bench_env, free_port, tribuna

SINK = r"""
import asyncio, sys
from aiosmtpd.controller import Controller
class Count:
    n = 0
    async def handle_DATA(self, server, session, envelope):
        Count.n += 1
        return "250 OK"
controller = Controller(Count(), hostname="127.0.0.1", port=int(sys.argv[1]))
controller.start()
print("ready", flush=True)
sys.stdin.read()
controller.stop()
print(Count.n, flush=True)
"""

SETUP = """
from django.utils import timezone
from wagtail.models import Site
from tribuna.news.models import ArticlePage
from tribuna.newsletters.models import *
from tribuna.newsletters import sending
update = Newsletter.objects.order_by("sort_order").first()
people = Subscriber.objects.bulk_create(
    (Subscriber(email=f"reader{n}@example.net", name=f"Reader {n}", status=SubscriberStatus.SUBSCRIBED, confirmed_at=timezone.now()) for n in range(COUNT)),
    batch_size=2000,
)
Subscription.objects.bulk_create((Subscription(subscriber=s, newsletter=update) for s in people), batch_size=2000)
config = NewsletterSettings.for_site(Site.objects.get(is_default_site=True))
config.messages_per_minute = 10_000_000
config.save()
campaign = Campaign.objects.create(subject="Peru Update: the week in review", preheader="APEC, mining and the Congress")
campaign.newsletters.set([update])
campaign.save()
for order, article in enumerate(ArticlePage.objects.live().order_by("-first_published_at")[:4]):
    CampaignArticle.objects.create(campaign=campaign, article=article, sort_order=order)
sending.start(campaign)
print(campaign.pk)
"""

CEILING = r"""
import smtplib, sys, time
message = open(sys.argv[2], "rb").read()
count = int(sys.argv[3])
server = smtplib.SMTP("127.0.0.1", int(sys.argv[1]))
started = time.perf_counter()
for n in range(count):
    server.sendmail("news@example.org", [f"reader{n}@example.net"], message)
server.quit()
print(count / (time.perf_counter() - started))
"""


def _sink(port: int) -> subprocess.Popen:
    process = subprocess.Popen(
        [str(VENV_BIN / "python"), "-c", SINK, str(port)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout.readline().strip() == "ready"
    return process


def _stop_sink(process: subprocess.Popen) -> int:
    out, _ = process.communicate("", timeout=60)
    return int(out.strip().splitlines()[-1])


def run(data_dir: Path, count: int = 100_000) -> str:
    tribuna(data_dir, "shell", "-c", SETUP.replace("COUNT", str(count)))
    port = free_port()
    sink = _sink(port)
    env = bench_env(data_dir) | {"EMAIL_URL": f"smtp://127.0.0.1:{port}"}
    started = time.perf_counter()
    timed = subprocess.run(
        ["/usr/bin/time", "-v", str(VENV_BIN / "tribuna"), "newsletters", "deliver", "--until-idle"],
        env=env, check=True, text=True, capture_output=True,
    )
    seconds = time.perf_counter() - started
    received = _stop_sink(sink)
    peak_mb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", timed.stderr).group(1)) / 1024

    sample = tribuna(
        data_dir, "shell", "-c",
        "from tribuna.newsletters.models import Campaign; c = Campaign.objects.latest('pk'); print(len(c.rendered_html.encode()) + len(c.rendered_text.encode()))",
    ).stdout.strip().splitlines()[-1]
    message_file = data_dir / "sample.eml"
    line = b"x" * 74 + b"\r\n"  # quoted-printable lines are at most 76 characters
    message_file.write_bytes(b"Subject: sample\r\n\r\n" + line * (int(sample) // len(line)))
    port = free_port()
    sink = _sink(port)
    ceiling = float(subprocess.run(
        [str(VENV_BIN / "python"), "-c", CEILING, str(port), str(message_file), "20000"], check=True, text=True, capture_output=True
    ).stdout.strip())
    _stop_sink(sink)

    rate = received / seconds
    return "\n".join([
        "## Newsletter to 100,000 subscribers",
        "",
        f"One worker (`tribuna newsletters deliver --until-idle`, SQLite unless `BENCH_DATABASE_URL` is set) "
        f"renders the campaign once (4 articles), creates {count:,} delivery rows, and sends every message — "
        "personalised name and signed links, both parts, List-Unsubscribe headers, a committed delivery row "
        "per message — over reused SMTP connections to an aiosmtpd sink in another process on loopback.",
        "",
        "| measure | figure |",
        "|---|---:|",
        f"| messages the sink accepted | {received:,} |",
        f"| whole run, including start-up, rendering and creating the deliveries | {seconds:.1f} s |",
        f"| messages per second | **{rate:,.0f}** |",
        f"| peak memory of the worker (max RSS) | {peak_mb:.0f} MB |",
        f"| reference: plain smtplib sending a same-sized ready-made message to the same sink, no database | {ceiling:,.0f} /s |",
        "",
        f"Ratio to the reference: {rate / ceiling:.0%} of what the sink can take from a client doing nothing else.",
        "",
    ])
