"""Editors' pages for actors: reviewing an article's mentions, and suggested new actors."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.snippets.widgets import AdminSnippetChooser

from tribuna.news.models import ArticlePage

from . import review, suggestions
from .models import Actor, Mention

ACTIONS = {"confirm": review.confirm, "remove": review.remove, "restore": review.restore}


class AddActorForm(forms.Form):
    actor = forms.ModelChoiceField(
        Actor.objects.all(), label=gettext_lazy("Actor"), widget=AdminSnippetChooser(Actor)
    )


def article_mentions(request, article_id: int):
    article = get_object_or_404(ArticlePage, pk=article_id)
    if not article.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action == "add":
            chosen = AddActorForm(request.POST)
            if chosen.is_valid():
                review.add(article, chosen.cleaned_data["actor"])
                messages.success(request, _("%(actor)s added.") % {"actor": chosen.cleaned_data["actor"]})
            else:
                # Not shown again: the chooser cannot draw a value that names no actor.
                messages.error(request, _("Nothing was added: choose an actor from the list."))
            return redirect("actors_mentions", article.pk)
        elif action in ACTIONS:
            raw = request.POST.get("mention", "")
            mention = Mention.objects.filter(article=article, pk=int(raw)).first() if raw.isdigit() and len(raw) < 12 else None
            if mention is None:
                messages.error(request, _("That mention is no longer there; the list below is up to date."))
            else:
                ACTIONS[action](mention)
                messages.success(request, _("Saved."))
            return redirect("actors_mentions", article.pk)
        else:
            messages.error(request, _("Nothing was changed: unknown action."))
    mentions = Mention.objects.filter(article=article).select_related("actor").order_by("first_position", "actor__name")
    return TemplateResponse(
        request, "actors/admin/mentions.html", {"article": article, "mentions": mentions, "add_form": AddActorForm()}
    )


def suggested_actors(request):
    if not request.user.has_perm("actors.add_actor"):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "actors/admin/suggestions.html",
        {"candidates": suggestions.candidates(), "waiting": suggestions.awaiting_a_choice()},
    )
