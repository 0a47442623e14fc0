"""One way to send a message: a template pair (text and HTML) rendered in the reader's language."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation


def send_templated(template: str, to: str, context: dict, *, language: str | None = None, reply_to=None) -> None:
    """Render `mail/<template>.txt` (and `.html` when it exists) and send it to one address,
    in `language` (else the active one, so callers may wrap the whole message in theirs).

    The subject is the first line of the text template; the rest is the body.
    """
    with translation.override(language or translation.get_language() or settings.LANGUAGE_CODE):
        subject, _, text = render_to_string(f"mail/{template}.txt", context).strip().partition("\n")
        message = EmailMultiAlternatives(
            subject=" ".join(subject.split()),
            body=text.strip() + "\n",
            to=[to],
            reply_to=reply_to,
        )
        try:
            message.attach_alternative(render_to_string(f"mail/{template}.html", context), "text/html")
        except TemplateDoesNotExist:
            pass  # plain text is enough for a transactional message
        message.send()
