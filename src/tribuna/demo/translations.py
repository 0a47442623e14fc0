"""The Spanish side of the demo site, from `content_es.py`.

Each Spanish page is made the way an editor's translation is: a copy of the English page
in the Spanish locale (same translation key, so the language switcher pairs them), with
its words replaced and then published. Idempotent like the builder: a page that already
has its Spanish version is left alone.
"""

from wagtail.models import Locale

from tribuna.base.locales import default_language
from tribuna.base.models import (
    HomeFeature,
    IdentityWording,
    Panel,
    SiteIdentity,
    SitePanels,
)
from tribuna.members.models import Plan
from tribuna.news.models import ArticlePage, Topic
from tribuna.newsletters.models import Newsletter
from tribuna.newsletters.pages import NewsletterArchivePage

from . import content, content_es
from .streams import stream

LANGUAGE = "es"

NEWSLETTER_ARCHIVE = {
    "slug": "archivo-de-boletines",
    "title": "Archivo de boletines",
    "intro": "Los números anteriores de nuestros boletines, tal como llegaron a los suscriptores.",
}


def build_spanish(home, sections, pages, articles, site) -> int:
    """Spanish versions of the demo's pages, panels and wording; returns the number of
    Spanish articles. Does nothing when the site has no Spanish locale configured."""
    locale = Locale.objects.filter(language_code=LANGUAGE).first()
    if locale is None:
        return 0
    spanish_home = _translate(home, locale, title=content_es.SITE["home_title"], slug="inicio",
                              intro=content_es.SITE["home_intro"])
    for key, page in sections.items():
        _translate(page, locale, **content_es.SECTIONS[key])
    page_words = {
        **content_es.STANDARD_PAGES,
        **content_es.KEY_ISSUES,
        content.JOIN_PAGE["slug"]: content_es.JOIN_PAGE,
        content.DONATE_PAGE["slug"]: content_es.DONATE_PAGE,
    }
    spanish_pages = {
        slug: _translate(page, locale, **page_words[slug]) for slug, page in pages.items() if slug in page_words
    }
    archive = NewsletterArchivePage.objects.filter(locale__language_code=default_language()).first()
    if archive is not None:
        _translate(archive, locale, **NEWSLETTER_ARCHIVE)
    spanish_articles = {}
    for article in articles:
        words = content_es.ARTICLES.get(article.slug)
        if words:
            spanish_articles[article.pk] = _translate_article(article, locale, words)
    _features(spanish_home, spanish_articles)
    _wording(site)
    _panels(site, spanish_pages)
    _name_wordings(Topic, content_es.TOPICS)
    _name_wordings(Plan, content_es.PLANS)
    _name_wordings(Newsletter, content_es.NEWSLETTERS)
    return len(spanish_articles)


def _translate(page, locale, **words):
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing
    translation = page.copy_for_translation(locale)
    for field, value in words.items():
        if field == "body":
            value = stream(value)
        setattr(translation, field, value)
    translation.save_revision().publish()
    return translation


def _translate_article(article, locale, words) -> ArticlePage:
    image = words.get("image") or {}
    translation = _translate(
        article,
        locale,
        slug=words["slug"],
        title=words["title"],
        standfirst=words["standfirst"],
        body=words["body"],
        lead_image_caption=image.get("caption", article.lead_image_caption),
        lead_image_credit=image.get("credit", article.lead_image_credit),
    )
    # Same history as the original: first published on the display date.
    ArticlePage.objects.filter(pk=translation.pk).update(
        first_published_at=article.first_published_at, last_published_at=article.last_published_at
    )
    return translation


def _features(spanish_home, spanish_articles) -> None:
    """The Spanish home features the translations of the English home's features."""
    features = HomeFeature.objects.filter(home=spanish_home)
    for feature in features:
        if feature.article_id in spanish_articles:
            feature.article = spanish_articles[feature.article_id]
            feature.save(update_fields=["article"])
        elif not ArticlePage.objects.filter(pk=feature.article_id, locale=spanish_home.locale).exists():
            feature.delete()


def _wording(site) -> None:
    identity = SiteIdentity.for_site(site)
    if identity.wordings.filter(language=LANGUAGE).exists():
        return
    join = content_es.SITE["join_call"]
    IdentityWording.objects.create(
        identity=identity,
        language=LANGUAGE,
        strapline=content_es.SITE["strapline"],
        footer=content_es.SITE["footer"],
        join_title=join["title"],
        join_text=join["text"],
    )


def _name_wordings(model, words: dict) -> None:
    """Spanish names and descriptions for the topics, plans and newsletters, by slug."""
    wording = model.wordings.rel.related_model
    owner_field = model.wordings.rel.field.name
    for owner in model.objects.filter(slug__in=words).exclude(wordings__language=LANGUAGE):
        spec = words[owner.slug]
        wording.objects.create(
            **{owner_field: owner}, language=LANGUAGE, name=spec["name"], description=spec.get("description", "")
        )


def _panels(site, spanish_pages) -> None:
    owner = SitePanels.for_site(site)
    if owner.items.filter(language=LANGUAGE).exists():
        return
    Panel.objects.bulk_create(
        Panel(
            owner=owner,
            language=LANGUAGE,
            title=spec["title"],
            body=spec["body"],
            link_page=spanish_pages.get(spec["link_page"]),
            link_label=spec["link_label"],
            sort_order=100 + order,
        )
        for order, spec in enumerate(content_es.PANELS)
    )
