"""Actors (people, organisations, places, events), their mentions in articles, and the
relationships editors state between them."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Page
from wagtail.search import index

from tribuna.base.mixins import SocialImageMixin
from tribuna.base.restrictions import RememberedViewRestrictions
from tribuna.base.wording import LocalNameMixin, Wording

# Shorter aliases match too much ("EU" would do, "E" would not).
MIN_ALIAS_LENGTH = 2


class Kind(models.TextChoices):
    PERSON = "person", _("Person")
    COUNTRY = "country", _("Country or state")
    GOVERNMENT = "government", _("Government body")
    PARTY = "party", _("Political party")
    COMPANY = "company", _("Company")
    NGO = "ngo", _("NGO or civil-society group")
    BLOC = "bloc", _("Trade bloc or international body")
    AGREEMENT = "agreement", _("Treaty or agreement")
    ORGANISATION = "organisation", _("Other organisation")
    PLACE = "place", _("Place")
    EVENT = "event", _("Event")


def kind_group(kind: str) -> str:
    """The four families the issue names: the map draws each with its own shape."""
    if kind in (Kind.PERSON, Kind.PLACE, Kind.EVENT):
        return str(kind)
    return "organisation"


class Actor(LocalNameMixin, index.Indexed, ClusterableModel):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, allow_unicode=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.PERSON)
    description = models.TextField(_("short description"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    start_date = models.DateField(
        _("from"), null=True, blank=True, help_text=_("A term of office, a founding date, an event's first day.")
    )
    end_date = models.DateField(_("until"), null=True, blank=True)
    wikidata_id = models.CharField(
        _("Wikidata identifier"),
        max_length=20,
        blank=True,
        validators=[RegexValidator(r"^Q[1-9][0-9]*$", _("A Wikidata identifier looks like Q419."))],
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("image"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Dates")),
        FieldPanel("wikidata_id"),
        InlinePanel(
            "aliases",
            label=_("Other names"),
            help_text=_(
                "Every form articles use: short forms, acronyms, names in other languages. "
                "Accents and capitals are ignored unless “exact case only” is ticked."
            ),
        ),
        InlinePanel("wordings", label=_("In other languages")),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        # Autocompleted too: the editor's actor list searches only what autocompletes,
        # and an editor looking for "PPK" or "Alianza del Pacífico" types another name.
        index.RelatedFields("aliases", [index.SearchField("text"), index.AutocompleteField("text")]),
        index.RelatedFields("wordings", [index.SearchField("name"), index.AutocompleteField("name")]),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("actor")
        verbose_name_plural = _("actors")

    def __str__(self):
        return self.name

    @property
    def group(self) -> str:
        return kind_group(self.kind)

    def clean(self):
        super().clean()
        self.name = " ".join(self.name.split())
        if len(self.name) < MIN_ALIAS_LENGTH:
            raise ValidationError({"name": _("A name needs at least %(n)d characters.") % {"n": MIN_ALIAS_LENGTH}})
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end comes before the start.")})


class ActorAlias(Orderable):
    actor = ParentalKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    text = models.CharField(_("name as written"), max_length=120)
    exact_case = models.BooleanField(
        _("exact case only"),
        default=False,
        help_text=_("For names that are also ordinary words, such as “May” or “Lima”."),
    )

    panels = [FieldPanel("text"), FieldPanel("exact_case")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["actor", "text"], name="unique_actor_alias")]

    def __str__(self):
        return self.text

    def clean(self):
        self.text = " ".join(self.text.split())
        if len(self.text) < MIN_ALIAS_LENGTH:
            raise ValidationError({"text": _("A name needs at least %(n)d characters.") % {"n": MIN_ALIAS_LENGTH}})


class ActorWording(Wording, Orderable):
    """An actor's name and description in another language; its address is the same."""

    actor = ParentalKey(Actor, on_delete=models.CASCADE, related_name="wordings")
    name = models.CharField(_("name"), max_length=120, blank=True)
    description = models.TextField(_("short description"), blank=True)

    translates = ("name", "description")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["actor", "language"], name="one_actor_wording_per_language")]


class MentionStatus(models.TextChoices):
    FOUND = "found", _("Found")
    CONFIRMED = "confirmed", _("Confirmed")
    ADDED = "added", _("Added by an editor")
    REMOVED = "removed", _("Removed by an editor")
    AMBIGUOUS = "ambiguous", _("Which one? Several actors share this name")


# Mentions readers see (links, timelines, co-mentions); the others wait for an editor.
SHOWN_STATUSES = (MentionStatus.FOUND, MentionStatus.CONFIRMED, MentionStatus.ADDED)


class Mention(models.Model):
    """An article names an actor: how often, and where first (a character offset in the
    article's text: title, standfirst, body)."""

    article = models.ForeignKey("news.ArticlePage", on_delete=models.CASCADE, related_name="mentions")
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="mentions")
    count = models.PositiveIntegerField(default=0)
    first_position = models.PositiveIntegerField(null=True, blank=True)
    status = models.CharField(max_length=12, choices=MentionStatus.choices, default=MentionStatus.FOUND)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "actor"], name="one_mention_row_per_actor")]
        indexes = [
            models.Index(fields=["actor", "article"], name="mention_actor_article"),
            # Covers counting who else each article names (co-mentions) without the table.
            models.Index(fields=["article", "status", "actor"], name="mention_article_status_actor"),
        ]
        verbose_name = _("mention")

    def __str__(self):
        return f"{self.actor} in {self.article_id}"

    @property
    def shown(self) -> bool:
        return self.status in SHOWN_STATUSES


class Predicate(models.TextChoices):
    PRESIDENT_OF = "president_of", _("president of")
    HEAD_OF = "head_of", _("head of")
    MINISTER_IN = "minister_in", _("minister in")
    MEMBER_OF = "member_of", _("member of")
    PARTY_TO = "party_to", _("party to")
    LEADER_OF = "leader_of", _("leader of")
    WORKS_FOR = "works_for", _("works for")
    FOUNDED = "founded", _("founded")
    PART_OF = "part_of", _("part of")
    LOCATED_IN = "located_in", _("located in")
    HOST_OF = "host_of", _("host of")
    OWNER_OF = "owner_of", _("owner of")
    ALLY_OF = "ally_of", _("ally of")
    OPPONENT_OF = "opponent_of", _("opponent of")
    RELATED_TO = "related_to", _("related to")


class Relationship(models.Model):
    """What the group states about two actors ("Kuczynski — president of — Peru"), with
    the article that says so and the dates it held."""

    subject = models.ForeignKey(Actor, verbose_name=_("who or what"), on_delete=models.CASCADE, related_name="+")
    predicate = models.CharField(_("relationship"), max_length=20, choices=Predicate.choices)
    object = models.ForeignKey(Actor, verbose_name=_("to whom or what"), on_delete=models.CASCADE, related_name="+")
    source = models.ForeignKey(
        "news.ArticlePage",
        verbose_name=_("source article"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    start_date = models.DateField(_("from"), null=True, blank=True)
    end_date = models.DateField(_("until"), null=True, blank=True)

    panels = [
        FieldPanel("subject"),
        FieldPanel("predicate"),
        FieldPanel("object"),
        FieldPanel("source"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Dates")),
    ]

    class Meta:
        ordering = ["start_date", "pk"]
        verbose_name = _("relationship")
        verbose_name_plural = _("relationships")
        constraints = [
            models.CheckConstraint(condition=~models.Q(subject=models.F("object")), name="relationship_between_two"),
        ]

    def __str__(self):
        return f"{self.subject} — {self.get_predicate_display()} — {self.object}"

    def clean(self):
        super().clean()
        if self.subject_id and self.subject_id == self.object_id:
            raise ValidationError({"object": _("A relationship needs two different actors.")})
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end comes before the start.")})


@register_setting(icon="group")
class ActorSettings(BaseSiteSetting):
    link_first_mentions = models.BooleanField(
        _("link the first mention of each actor"),
        default=True,
        help_text=_("In each article, the first time a known person, organisation, place or event is named, it links to their page."),
    )

    panels = [FieldPanel("link_first_mentions")]

    class Meta:
        verbose_name = _("actors")


class ActorIndexPage(RoutablePageMixin, SocialImageMixin, RememberedViewRestrictions, Page):
    """ "People and organisations": every actor, and a page for each under it."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("actor index page")

    @path("")
    def directory(self, request):
        from . import views

        return views.directory(request, self)

    @path("<str:slug>/", name="actor")
    def actor(self, request, slug):
        from . import views

        return views.actor(request, self, slug)

    @path("<str:slug>/<int:year>/", name="actor_year")
    def actor_year(self, request, slug, year):
        from . import views

        return views.actor_year(request, self, slug, year)


class LinkRun(models.Model):
    """One relinking of the whole archive, for the version of the actors it read: a
    queued run finds its work done when another run already covered that version."""

    actors_version = models.CharField(max_length=80)
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    articles = models.PositiveIntegerField(default=0)

    class Meta:
        get_latest_by = "started_at"
