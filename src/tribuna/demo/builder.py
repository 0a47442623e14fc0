"""Builds the "Peru Support Group" demo site from `content.py`.

Idempotent: everything is looked up by slug or title first, and nothing that exists is
changed, so a second run (or a run over an edited site) changes nothing.
"""

import datetime as dt
import io
import sys

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from tribuna.actors.models import ActorIndexPage
from tribuna.base.locales import default_language
from tribuna.base.models import (
    HomeFeature,
    HomePage,
    KeyIssueIndexPage,
    KeyIssuePage,
    Panel,
    SiteIdentity,
    SitePanels,
    SocialLink,
    StandardPage,
)
from tribuna.members.models import DonatePage, JoinPage, MembershipSettings, Plan
from tribuna.news.models import ArticleIndexPage, ArticlePage, Author, Topic
from tribuna.newsletters.models import Newsletter, NewsletterSettings

from . import actor_builder, artwork, content, translations
from .streams import stream

SITE_SECTIONS = [
    # slug, model, title, intro, show in menus
    ("articles", ArticleIndexPage, "All articles", "News, analysis, briefings and reports on Peru, newest first."),
    ("key-issues", KeyIssueIndexPage, "Key issues", "The questions we follow year after year, with background and our latest work on each."),
    ("actors", ActorIndexPage, "People and organisations", "Who our articles are about: the people, governments, companies, movements and places we write about, and how they are connected."),
]
MENU_PAGES = {"articles", "key-issues", "our-aims", "support-our-work"}


def site_is_empty() -> bool:
    return not HomePage.objects.exists()


@transaction.atomic
def build_demo(stdout=sys.stdout) -> None:
    home = _home()
    sections = {slug: _child(home, model, slug, title=title, intro=intro) for slug, model, title, intro in SITE_SECTIONS}
    pages = {}
    for spec in content.STANDARD_PAGES:
        pages[spec["slug"]] = _child(
            home, StandardPage, spec["slug"], title=spec["title"], summary=spec["summary"], body=stream(spec["body"])
        )
    join = content.JOIN_PAGE
    pages[join["slug"]] = _child(home, JoinPage, join["slug"], title=join["title"], intro=join["intro"], thanks=join["thanks"])
    give = content.DONATE_PAGE
    pages[give["slug"]] = _child(home, DonatePage, give["slug"], title=give["title"], intro=give["intro"])
    for order, spec in enumerate(content.PLANS):
        _plan(spec, order)
    topics = {spec["slug"]: _topic(spec) for spec in content.TOPICS}
    authors = {spec["slug"]: _author(spec) for spec in content.AUTHORS}
    for spec in content.KEY_ISSUES:
        pages[spec["slug"]] = _child(
            sections["key-issues"],
            KeyIssuePage,
            spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
            topic=topics.get(spec.get("topic")),
            body=stream(spec["body"]),
        )
    articles = [_article(sections["articles"], spec, topics, authors) for spec in content.ARTICLES]
    if not HomeFeature.objects.filter(home=home).exists():
        chosen = [article for article, spec in zip(articles, content.ARTICLES) if spec.get("featured")]
        HomeFeature.objects.bulk_create(
            HomeFeature(home=home, article=article, sort_order=order) for order, article in enumerate(chosen)
        )
    _identity(home, pages)
    _panels(home, pages)
    _bank_details(home)
    _newsletter_archive(home)
    _newsletters(home)
    _every_setting(home)
    spanish = translations.build_spanish(home, sections, pages, articles, Site.objects.get(root_page=home))
    actors = actor_builder.build_actors({article.slug: article for article in articles})
    stdout.write(
        f"Demo site ready: {len(articles)} articles ({spanish} also in Spanish), {len(topics)} topics, "
        f"{len(pages)} pages, {actors} actors.\n"
    )


def _home() -> HomePage:
    home = HomePage.objects.filter(locale__language_code=default_language()).first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's placeholder "Welcome" page holds the slug "home"; the demo replaces it.
        for placeholder in root.get_children().filter(slug="home", content_type__model="page"):
            Site.objects.filter(root_page=placeholder).delete()
            placeholder.delete()
        home = root.add_child(instance=HomePage(title="Home", slug="home", intro=content.SITE["home_intro"]))
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    if site.root_page_id != home.pk:
        site.hostname, site.port = "localhost", 80
        site.root_page = home
        site.site_name = content.SITE["organisation_name"]
        site.save()
    return home


def _child(parent, model, slug, **fields):
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    page = parent.add_child(instance=model(slug=slug, show_in_menus=slug in MENU_PAGES, **fields))
    page.save_revision().publish()
    return page


def _plan(spec, order) -> Plan:
    fields = {key: value for key, value in spec.items() if key != "slug"}
    plan, _ = Plan.objects.get_or_create(slug=spec["slug"], defaults={**fields, "sort_order": order})
    return plan


def _bank_details(home) -> None:
    settings = MembershipSettings.for_site(Site.objects.get(root_page=home))
    if not settings.bank_account_number:
        for field, value in content.BANK.items():
            setattr(settings, field, value)
        settings.save()


def _newsletters(home) -> None:
    for order, spec in enumerate(content.NEWSLETTERS):
        fields = {key: value for key, value in spec.items() if key != "slug"}
        Newsletter.objects.get_or_create(slug=spec["slug"], defaults={**fields, "sort_order": order})
    settings = NewsletterSettings.for_site(Site.objects.get(root_page=home))
    if not settings.postal_address:
        settings.postal_address = content.NEWSLETTER_POSTAL_ADDRESS
        settings.save()


def _every_setting(home) -> None:
    """Each site setting's row, with its defaults: else the first reader of a page that
    reads one creates it, and that change retires every cached page."""
    from wagtail.contrib.settings.models import BaseSiteSetting
    from wagtail.contrib.settings.registry import registry

    site = Site.objects.get(root_page=home)
    for model in registry:
        if issubclass(model, BaseSiteSetting):
            model.for_site(site)


def _newsletter_archive(home) -> None:
    """The public archive of sent newsletters (web versions), at /newsletter-archive/."""
    from tribuna.newsletters.pages import NewsletterArchivePage

    if NewsletterArchivePage.objects.exists():  # one per site, possibly moved or renamed
        return
    _child(
        home,
        NewsletterArchivePage,
        "newsletter-archive",
        title="Newsletter archive",
        intro="Past issues of our newsletters, as they were sent to subscribers.",
    )


def _topic(spec) -> Topic:
    topic, _ = Topic.objects.get_or_create(
        slug=spec["slug"], defaults={"name": spec["name"], "description": spec["description"]}
    )
    return topic


def _author(spec) -> Author:
    author, _ = Author.objects.get_or_create(slug=spec["slug"], defaults={"name": spec["name"], "bio": spec["bio"]})
    return author


def _image(title: str, motif: str):
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is None:
        data = artwork.landscape_jpeg(motif, seed=title)
        # ImageFile lets the image field read width and height on assignment.
        picture = ImageFile(io.BytesIO(data), name=f"{motif}.jpg")
        image = Image.objects.create(title=title, description=title, file=picture)
    return image


def _report(spec):
    Document = get_document_model()
    title = f"{spec['title']} (full report)"
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        pdf = artwork.report_pdf(spec["title"], [spec["standfirst"]])
        document.file.save(f"{spec['slug']}.pdf", ContentFile(pdf), save=False)
        document.save()
    return document


def _article(index, spec, topics, authors) -> ArticlePage:
    existing = ArticlePage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if existing:
        return existing
    picture = spec.get("image")
    article = ArticlePage(
        slug=spec["slug"],
        title=spec["title"],
        date=spec["date"],
        article_type=spec["type"],
        members_only=spec.get("members_only", False),
        standfirst=spec["standfirst"],
        body=stream(spec["body"]),
        lead_image=_image(spec["title"], picture["motif"]) if picture else None,
        lead_image_caption=picture["caption"] if picture else "",
        lead_image_credit=picture["credit"] if picture else "",
        report_document=_report(spec) if spec["type"] == "report" else None,
    )
    article.topics = [topics[slug] for slug in spec["topics"]]
    for author_slug in spec["authors"]:
        article.authorships.add(article.authorships.model(author=authors[author_slug]))
    index.add_child(instance=article)
    published = timezone.make_aware(dt.datetime.combine(spec["date"], dt.time(9, 0)))
    revision = article.save_revision()
    revision.publish()
    # The archive's history: first published on the display date, not today.
    ArticlePage.objects.filter(pk=article.pk).update(
        first_published_at=published, last_published_at=published
    )
    return article


def _identity(home, pages) -> None:
    site = Site.objects.get(root_page=home)
    identity = SiteIdentity.for_site(site)
    if identity.privacy_page_id is None and "privacy" in pages:  # also for demos built before it existed
        identity.privacy_page = pages["privacy"]
        identity.save(update_fields=["privacy_page"])
    if identity.contact_email:  # already configured by the demo or an editor
        return
    join = content.SITE["join_call"]
    identity.organisation_name = content.SITE["organisation_name"]
    identity.strapline = content.SITE["strapline"]
    identity.contact_email = content.SITE["contact_email"]
    identity.footer = content.SITE["footer"]
    identity.join_page = pages.get("become-a-member")
    identity.join_title = join["title"]
    identity.join_text = join["text"]
    identity.social_links = [SocialLink(label=link["label"], url=link["url"]) for link in content.SITE["social_links"]]
    identity.save()


def _panels(home, pages) -> None:
    site = Site.objects.get(root_page=home)
    panels = SitePanels.for_site(site)
    if panels.items.exists():
        return
    panels.items = [
        Panel(
            title=spec["title"],
            body=spec["body"],
            link_page=pages.get(spec["link_page"]),
            link_label=spec["link_label"],
            sort_order=order,
        )
        for order, spec in enumerate(content.PANELS)
    ]
    panels.save()
