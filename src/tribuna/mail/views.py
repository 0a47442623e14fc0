"""The editor's "Outbox": messages saved by the default mail backend."""

from django.http import Http404
from django.template.response import TemplateResponse

from .outbox import find_message, saved_messages


def outbox_index(request):
    return TemplateResponse(request, "wagtailadmin/outbox/index.html", {"messages_sent": saved_messages()})


def outbox_message(request, name):
    message = find_message(name)
    if message is None:
        raise Http404
    return TemplateResponse(request, "wagtailadmin/outbox/message.html", {"message": message})
