"""The subscribe form (footer of every page, and /newsletters/) and the preferences form."""

from django import forms
from django.conf import settings
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _


class NewsletterChoiceMixin:
    """A `newsletters` field offering a given list: checkboxes, or one hidden choice."""

    def offer(self, newsletters, *, hidden: bool = False):
        self.offered = list(newsletters)
        field = self.fields["newsletters"]
        field.choices = [(str(n.pk), n.local_name) for n in self.offered]
        if hidden:
            field.widget = forms.MultipleHiddenInput()
            field.widget.choices = field.choices
            field.initial = [str(n.pk) for n in self.offered]
            if not self.is_bound:
                self.initial["newsletters"] = field.initial

    @property
    def options(self):
        """(checkbox, newsletter) pairs, for templates that show each description."""
        return list(zip(self["newsletters"], self.offered))

    def clean_newsletters(self):
        chosen = set(self.cleaned_data["newsletters"])
        return [n for n in self.offered if str(n.pk) in chosen]


class SubscribeForm(NewsletterChoiceMixin, forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    name = forms.CharField(label=_("Name (optional)"), max_length=150, required=False)
    newsletters = forms.MultipleChoiceField(
        label=_("Newsletters"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Please choose at least one newsletter."),
            "invalid_choice": _("Please choose from the newsletters listed."),
        },
    )
    source = forms.CharField(widget=forms.HiddenInput, required=False, max_length=500)
    # Left empty by people; bots fill every field they see.
    website = forms.CharField(label=_("Leave this empty"), required=False)

    def __init__(self, *args, newsletters, source: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.offer(newsletters, hidden=len(newsletters) == 1)
        self.fields["email"].widget.attrs.update(autocomplete="email", inputmode="email")
        self.fields["email"].error_messages["invalid"] = _(
            "Please check the e-mail address: it should look like name@example.org."
        )
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        if not self.is_bound:
            self.initial["source"] = source

    @property
    def is_bot(self) -> bool:
        return bool(self.data.get("website"))

    @property
    def single_choice(self) -> bool:
        return isinstance(self.fields["newsletters"].widget, forms.MultipleHiddenInput)

    def clean_source(self):
        """The page the form was on: a path on this site, or nothing."""
        path = self.cleaned_data["source"].strip()
        if not path.startswith("/") or not url_has_allowed_host_and_scheme(path, allowed_hosts=None):
            return ""
        return path


class PreferencesForm(NewsletterChoiceMixin, forms.Form):
    newsletters = forms.MultipleChoiceField(
        label=_("Send me"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={"invalid_choice": _("Please choose from the newsletters listed.")},
    )
    name = forms.CharField(label=_("Name (optional)"), max_length=150, required=False)
    language = forms.ChoiceField(label=_("Language of our e-mails"), choices=())

    def __init__(self, *args, newsletters, **kwargs):
        super().__init__(*args, **kwargs)
        self.offer(newsletters)
        self.fields["language"].choices = list(settings.LANGUAGES)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
