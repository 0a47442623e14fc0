"""A campaign as e-mail: rendered once, then personalised per recipient with plain string
replacement.

`render_campaign` does everything that costs something (queries, templates, CSS inlining)
once per campaign. What differs between recipients is left as placeholders that
`personalise` fills with `str.replace`, so the per-recipient work is a few microseconds and
touches no database.

Counting opens and clicks (only when the group switched it on, and only in the copy that is
sent): links lead through `/newsletters/c/<campaign>/<n>/` and a 1×1 image
`/newsletters/o/<campaign>.gif` ends the HTML. Both are the same in every recipient's copy,
so the counts are totals that cannot tell one reader from another. Copies for nobody in
particular (previews, test sends, the web version, the admin's view) never count:
`anonymous_copy` takes the image out and puts the real links back.
"""

import re
import textwrap
from dataclasses import dataclass
from html import escape, unescape
from html.parser import HTMLParser
from urllib.parse import urljoin

import css_inline
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import formats, translation
from django.utils.translation import gettext as _
from wagtail.rich_text import expand_db_html

from tribuna.base.sites import site_setting

# What the delivery engine replaces in every copy. Their values never occur in normal text.
NAME = "%%name%%"
PREFERENCES_URL = "%%preferences_url%%"
UNSUBSCRIBE_URL = "%%unsubscribe_url%%"

# The greeting is rendered in both forms, "Dear %%name%%," and a neutral one, between these
# markers; `personalise` keeps the form that fits. Both forms travel inside the rendered
# text itself, so a copy stored on the campaign can still be personalised later.
GREETING_START = "%%greeting%%"
GREETING_NO_NAME = "%%no_name%%"
GREETING_END = "%%/greeting%%"

# HTML comments around the "view in your browser" line, which the web version swaps for a
# link back to the archive. css-inline keeps comments.
BROWSER_LINK_START = "<!--browser-link-->"
BROWSER_LINK_END = "<!--/browser-link-->"

# Around the image that counts opens, so copies that must not count can drop it.
OPEN_COUNTER_START = "<!--open-counter-->"
OPEN_COUNTER_END = "<!--/open-counter-->"
COUNTED_SCHEMES = {"http", "https"}
MAX_COUNTED_URL = 2000  # CampaignLink.url; a longer link is left as it is

LEAD_IMAGE_SPEC = "fill-1120x630"  # shown 560 px wide: sharp on high-density screens
LEAD_IMAGE_SIZE = (560, 315)
LOGO_SPEC = "height-96"  # shown 48 px high
LOGO_HEIGHT = 48
TEXT_WIDTH = 72
NEWSLETTERS_PATH = "/newsletters/"  # the public subscribe page, should its URL name be missing

_INLINER = css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)


@dataclass(frozen=True)
class Rendered:
    subject: str
    preheader: str
    html: str
    text: str


@dataclass(frozen=True)
class EmailArticle:
    title: str
    url: str
    date: str
    standfirst: str
    members_only: bool
    image_url: str = ""
    image_alt: str = ""


def render_campaign(campaign, *, base_url: str, for_sending: bool = False, language: str | None = None) -> Rendered:
    """The campaign's HTML and text parts with placeholders for each recipient's details,
    in `language` (the default language's unless given): its version's words when it has
    one, its articles' translations where they exist, the interface in that language.

    Works on unsaved campaigns too (the admin's live preview), reading the articles and
    newsletters held in memory by the edit form.

    `for_sending` only from `delivery.prepare`, for the copy that goes out: then, if the
    group counts opens and clicks, the links are rewritten and stored as `CampaignLink`s and
    the counting image is added. Previews and test sends never count.
    """
    language = language or settings.LANGUAGE_CODE
    words = Words.of(campaign, language)
    with translation.override(language):
        context = _context(campaign, words, base_url, language)
        html = render_to_string("newsletters/email_campaign.html", context)
        html = _INLINER.inline(html)
        text = _text(context)
    if for_sending and context["count_opens_and_clicks"] and campaign.pk is not None:
        html, text = _counted(campaign, html, text, base_url)
    return Rendered(subject=_one_line(words.subject), preheader=_one_line(words.preheader), html=html, text=text)


@dataclass(frozen=True)
class Words:
    """What the editor wrote for one language: its version's, falling back field by field."""

    subject: str
    preheader: str
    introduction: str

    @classmethod
    def of(cls, campaign, language: str) -> "Words":
        version = campaign.version_in(language) if language != settings.LANGUAGE_CODE else None
        if version is None:
            return cls(campaign.subject, campaign.preheader, campaign.introduction)
        return cls(
            version.subject or campaign.subject,
            version.preheader or campaign.preheader,
            version.introduction or campaign.introduction,
        )


def stored(campaign, language: str | None = None) -> Rendered | None:
    """The copy that was sent to readers of `language` (its version's, else the campaign's
    own), or None before sending."""
    version = campaign.version_in(language) if language and language != settings.LANGUAGE_CODE else None
    if version is not None and version.rendered_html:
        words = Words.of(campaign, language)
        return Rendered(_one_line(words.subject), _one_line(words.preheader), version.rendered_html, version.rendered_text)
    if campaign.rendered_html:
        return Rendered(campaign.subject, campaign.preheader, campaign.rendered_html, campaign.rendered_text)
    return None


def personalise(rendered: Rendered, *, name: str, preferences_url: str, unsubscribe_url: str) -> tuple[str, str]:
    """One recipient's (html, text). No queries, no templates: string replacement only."""
    name = " ".join(name.split())
    html = _choose_greeting(rendered.html, bool(name))
    text = _choose_greeting(rendered.text, bool(name))
    html = (
        html.replace(NAME, escape(name))
        .replace(PREFERENCES_URL, escape(preferences_url))
        .replace(UNSUBSCRIBE_URL, escape(unsubscribe_url))
    )
    text = text.replace(NAME, name).replace(PREFERENCES_URL, preferences_url).replace(UNSUBSCRIBE_URL, unsubscribe_url)
    return html, text


def newsletters_page_url(base_url: str) -> str:
    """Where links go in copies that belong to nobody (preview, test, web version)."""
    try:
        path = reverse("newsletters:index")
    except NoReverseMatch:
        path = NEWSLETTERS_PATH
    return urljoin(base_url, path)


def anonymous_copy(rendered: Rendered, *, base_url: str, name: str = "") -> tuple[str, str]:
    """A copy for nobody in particular: neutral (or given) greeting, links to the public page,
    and nothing that counts (the real links, no counting image)."""
    generic = newsletters_page_url(base_url)
    return personalise(uncounted(rendered), name=name, preferences_url=generic, unsubscribe_url=generic)


def web_version(rendered: Rendered, *, base_url: str, archive_url: str) -> str:
    """The e-mail as a public web page: no personal links, and a way back to the archive."""
    html, _text = anonymous_copy(rendered, base_url=base_url)
    start, end = html.find(BROWSER_LINK_START), html.find(BROWSER_LINK_END)
    if start != -1 and end != -1:
        with translation.override(settings.LANGUAGE_CODE):
            back = render_to_string("newsletters/email_archive_link.html", {"archive_url": archive_url})
        html = html[:start] + back + html[end + len(BROWSER_LINK_END) :]
    # As a web page it needs a main landmark (screen readers jump to it); mail does not.
    body = html.find("<body")
    body_start, body_end = html.find(">", body) + 1, html.rfind("</body>")
    if body == -1 or body_end == -1:
        return html
    return html[:body_start] + "<main>" + html[body_start:body_end] + "</main>" + html[body_end:]


# --- what goes into the templates ----------------------------------------------------------


def _context(campaign, words: Words, base_url: str, language: str) -> dict:
    from tribuna.base.models import SiteIdentity

    from .models import NewsletterSettings

    identity = site_setting(SiteIdentity)
    newsletter_settings = site_setting(NewsletterSettings)
    newsletters = [newsletter.local_name for newsletter in campaign.newsletters.all()]
    logo = _logo(identity, base_url)
    introduction = _absolute_links(expand_db_html(words.introduction), base_url) if words.introduction else ""
    return {
        "language": language,
        "subject": _one_line(words.subject),
        "preheader": _one_line(words.preheader),
        # Mail programs fill the preview line with body text after the preheader; blank it.
        "preheader_padding": range(60),
        "organisation": identity.organisation_name,
        "logo": logo,
        "greeting": _greeting(),
        "introduction": introduction,
        "articles": _articles(campaign, base_url, language),
        "image_width": LEAD_IMAGE_SIZE[0],
        "image_height": LEAD_IMAGE_SIZE[1],
        "web_url": _web_url(campaign, base_url, language),
        "why": _why(newsletters),
        "sender_line": _sender_line(identity, newsletter_settings),
        "preferences_url": PREFERENCES_URL,
        "unsubscribe_url": UNSUBSCRIBE_URL,
        "count_opens_and_clicks": newsletter_settings.track_opens_and_clicks,
    }


def _logo(identity, base_url: str) -> dict | None:
    if identity.logo is None:
        return None
    rendition = identity.logo.get_rendition(LOGO_SPEC)
    width = round(rendition.width * LOGO_HEIGHT / rendition.height) if rendition.height else LOGO_HEIGHT
    return {"url": urljoin(base_url, rendition.url), "width": width, "height": LOGO_HEIGHT}


def _greeting() -> str:
    named = _("Dear %(name)s,") % {"name": NAME}
    return GREETING_START + named + GREETING_NO_NAME + _("Hello,") + GREETING_END


def _choose_greeting(body: str, named: bool) -> str:
    start = body.find(GREETING_START)
    if start == -1:
        return body
    middle = body.find(GREETING_NO_NAME, start)
    end = body.find(GREETING_END, middle)
    if middle == -1 or end == -1:
        return body
    chosen = body[start + len(GREETING_START) : middle] if named else body[middle + len(GREETING_NO_NAME) : end]
    return body[:start] + chosen + body[end + len(GREETING_END) :]


def _articles(campaign, base_url: str, language: str) -> list[EmailArticle]:
    from django.db.models import Prefetch
    from wagtail.images import get_image_model

    from tribuna.news.models import ArticlePage

    chosen = sorted(campaign.articles.all(), key=lambda item: (item.sort_order or 0))
    ids = [item.article_id for item in chosen if item.article_id]
    if not ids:
        return []
    images = get_image_model().objects.prefetch_renditions(LEAD_IMAGE_SPEC)
    # Only published articles: a link to a draft would lead readers to a "not found" page.
    live = ArticlePage.objects.live().prefetch_related(Prefetch("lead_image", queryset=images))
    by_id = {page.pk: page for page in live.filter(pk__in=ids)}
    # Each article in the reader's language where it has been translated.
    translated = {
        page.translation_key: page
        for page in live.filter(
            translation_key__in=[page.translation_key for page in by_id.values()], locale__language_code=language
        )
    }
    chosen_pages = [by_id[pk] for pk in dict.fromkeys(ids) if pk in by_id]
    return [_email_article(translated.get(page.translation_key, page), base_url) for page in chosen_pages]


def _email_article(page, base_url: str) -> EmailArticle:
    parts = page.get_url_parts()
    path = parts[2] if parts and parts[2] else page.url_path
    image_url = image_alt = ""
    if page.lead_image is not None:
        image_url = urljoin(base_url, page.lead_image.get_rendition(LEAD_IMAGE_SPEC).url)
        image_alt = page.lead_image.description or ""
    return EmailArticle(
        title=page.title,
        url=urljoin(base_url, path),
        date=formats.date_format(page.date, "DATE_FORMAT"),
        standfirst=" ".join(page.standfirst.split()),
        members_only=page.members_only,
        image_url=image_url,
        image_alt=image_alt,
    )


def _web_url(campaign, base_url: str, language: str) -> str:
    if not campaign.web_version or campaign.pk is None:
        return ""
    from .pages import NewsletterArchivePage

    archives = NewsletterArchivePage.objects.live()
    archive = archives.filter(locale__language_code=language).first() or archives.first()
    return urljoin(base_url, archive.issue_path(campaign.pk)) if archive else ""


def _sender_line(identity, newsletter_settings) -> str:
    """Who sends this and where they can be reached (the address may already name them)."""
    organisation = identity.organisation_name
    address = " ".join(newsletter_settings.postal_address.split())
    if organisation and organisation in address:
        return address
    return ", ".join(part for part in (organisation, address) if part)


def _why(newsletters: list[str]) -> str:
    if not newsletters:
        return _("You receive this because you subscribed to our newsletters.")
    if len(newsletters) == 1:
        return _("You receive this because you subscribed to %(newsletter)s.") % {"newsletter": newsletters[0]}
    return _("You receive this because you subscribed to at least one of: %(newsletters)s.") % {
        "newsletters": ", ".join(newsletters)
    }


def _one_line(value: str) -> str:
    # Subjects and preheaders end up in headers and hidden text: no line breaks survive.
    return " ".join((value or "").split())


_HREF = re.compile(r'(<a\b[^>]*?\shref=")([^"]*)(")', re.IGNORECASE)


def _absolute_links(html: str, base_url: str) -> str:
    # Rich text links to pages come out site-relative ("/articles/x/"); mail needs the host.
    return _HREF.sub(lambda m: m.group(1) + escape(urljoin(base_url, unescape(m.group(2)))) + m.group(3), html)


# --- counting opens and clicks (totals only) ----------------------------------------------


def _counted(campaign, html: str, text: str, base_url: str) -> tuple[str, str]:
    """Every http(s) link through the click counter, and the counting image at the end.

    The links are numbered per campaign, one number per distinct address (the same article
    in the HTML and the text counts together), and stored; a second rendering reuses them.
    The placeholders for each recipient's own links are not http(s) and stay as they are.
    """
    from .models import CampaignLink

    known = dict(CampaignLink.objects.filter(campaign=campaign).values_list("url", "position"))
    positions = dict(known)
    new: list = []

    def counted_url(url: str) -> str:
        if url not in positions:
            positions[url] = max(positions.values(), default=-1) + 1
            new.append(CampaignLink(campaign=campaign, position=positions[url], url=url))
        return urljoin(base_url, reverse("newsletters:click", args=[campaign.pk, positions[url]]))

    def swap_href(match):
        url = unescape(match.group(2))
        if not _countable(url):
            return match.group(0)
        return match.group(1) + escape(counted_url(url)) + match.group(3)

    html = _HREF.sub(swap_href, html)
    urls = sorted((url for url in positions), key=len, reverse=True)
    if urls:
        # One pass, longest address first, each only as a whole word ("Read more: URL", "(URL)").
        in_text = re.compile(r"(?<![^\s(])(?:" + "|".join(map(re.escape, urls)) + r")(?=[\s)]|$)")
        text = in_text.sub(lambda match: counted_url(match.group(0)), text)
    if new:
        CampaignLink.objects.bulk_create(new)

    pixel = urljoin(base_url, reverse("newsletters:open", args=[campaign.pk]))
    image = f'{OPEN_COUNTER_START}<img src="{escape(pixel)}" alt="" width="1" height="1">{OPEN_COUNTER_END}'
    end = html.rfind("</body>")
    html = html[:end] + image + html[end:] if end != -1 else html + image
    return html, text


def _countable(url: str) -> bool:
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    return scheme in COUNTED_SCHEMES and len(url) <= MAX_COUNTED_URL and not any(c.isspace() for c in url)


def _click_pattern() -> re.Pattern:
    # The counter's address with its two numbers as groups, however the URLs are mounted.
    sample = reverse("newsletters:click", args=[123456789, 987654321])
    path = re.escape(sample).replace("123456789", r"(\d+)").replace("987654321", r"(\d+)")
    return re.compile(r"https?://[^\s\"'<>/]+" + path)


def uncounted(rendered: Rendered) -> Rendered:
    """The same copy without counting: no counting image, the real addresses behind the
    links. One query, and only when the copy was counted."""
    html, text = rendered.html, rendered.text
    start = html.find(OPEN_COUNTER_START)
    if start != -1:
        end = html.find(OPEN_COUNTER_END, start)
        if end != -1:
            html = html[:start] + html[end + len(OPEN_COUNTER_END) :]
    pattern = _click_pattern()
    found = {(int(c), int(p)) for c, p in pattern.findall(html) + pattern.findall(text)}
    if found:
        from .models import CampaignLink

        campaigns = {campaign for campaign, _position in found}
        targets = {
            (campaign, position): url
            for campaign, position, url in CampaignLink.objects.filter(campaign_id__in=campaigns).values_list(
                "campaign_id", "position", "url"
            )
        }

        def real(match, *, quote) -> str:
            url = targets.get((int(match.group(1)), int(match.group(2))))
            return match.group(0) if url is None else quote(url)

        html = pattern.sub(lambda match: real(match, quote=escape), html)
        text = pattern.sub(lambda match: real(match, quote=str), text)
    if html is rendered.html and text is rendered.text:
        return rendered
    return Rendered(subject=rendered.subject, preheader=rendered.preheader, html=html, text=text)


# --- the plain-text part -------------------------------------------------------------------


def _text(context: dict) -> str:
    blocks: list[str] = []
    if context["web_url"]:
        blocks.append(_("View this newsletter in your browser: %(url)s") % {"url": context["web_url"]})
    if context["organisation"]:
        blocks.append(context["organisation"])
    subject = context["subject"]
    blocks.append(f"{subject}\n{'=' * min(len(subject), TEXT_WIDTH)}")
    blocks.append(context["greeting"])
    blocks.extend(_wrap(paragraph) for paragraph in html_to_text(context["introduction"]))
    for article in context["articles"]:
        lines = [article.title.upper(), article.date]
        if article.members_only:
            lines[-1] += " · " + _("Members only")
        parts = ["\n".join(lines)]
        if article.standfirst:
            parts.append(_wrap(article.standfirst))
        if article.members_only:
            parts.append(_("Members can read it in full after signing in: %(url)s") % {"url": article.url})
        else:
            parts.append(_("Read more: %(url)s") % {"url": article.url})
        blocks.append("-" * TEXT_WIDTH + "\n" + "\n\n".join(parts))
    footer = [_wrap(context["why"])]
    footer.append(_("Manage your newsletters: %(url)s") % {"url": context["preferences_url"]})
    footer.append(_("Unsubscribe: %(url)s") % {"url": context["unsubscribe_url"]})
    if context["sender_line"]:
        footer.append(_wrap(context["sender_line"]))
    blocks.append("-" * TEXT_WIDTH + "\n" + "\n".join(footer))
    return "\n\n".join(blocks) + "\n"


def _wrap(paragraph: str) -> str:
    # URLs and placeholders contain no spaces and are never broken.
    return "\n".join(
        textwrap.fill(line, TEXT_WIDTH, break_long_words=False, break_on_hyphens=False) if line.strip() else line
        for line in paragraph.split("\n")
    )


class _TextCollector(HTMLParser):
    BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.current: list[str] = []
        self.lists: list[list] = []  # [kind, counter] per open list
        self.links: list[str] = []

    def flush(self):
        text = "".join(self.current)
        text = "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()
        if text:
            self.paragraphs.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            if tag in {"ul", "ol"}:
                self.flush()
                self.lists.append([tag, 0])
            else:
                self.flush()
        elif tag == "li":
            if self.current and "".join(self.current).strip():
                self.current.append("\n")
            kind = self.lists[-1] if self.lists else ["ul", 0]
            kind[1] += 1
            self.current.append(f"{kind[1]}. " if kind[0] == "ol" else "- ")
        elif tag == "br":
            self.current.append("\n")
        elif tag == "a":
            self.links.append(dict(attrs).get("href") or "")
            self.link_start = len("".join(self.current))

    def handle_endtag(self, tag):
        if tag == "a" and self.links:
            href = self.links.pop()
            label = "".join(self.current)[self.link_start :].strip()
            if href and href != label and not href.startswith("#"):
                target = href.removeprefix("mailto:")
                self.current.append(f" ({target})" if target != label else "")
        elif tag in {"ul", "ol"}:
            if self.lists:
                self.lists.pop()
            self.flush()
        elif tag in self.BLOCKS:
            self.flush()

    def handle_data(self, data):
        self.current.append(data)


def html_to_text(html: str) -> list[str]:
    """Rich text as plain paragraphs, each link's address spelled out after its words."""
    if not html:
        return []
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    collector.flush()
    return collector.paragraphs
