"""The "Support our work" page."""

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse

from . import card_payments, donations
from .forms import DonateForm
from .models import PaymentMethod
from .ratelimit import allow, client_ip
from .settings import membership_settings
from .views import too_many


def donate(request, page):
    config = membership_settings(request)
    form = DonateForm(request.POST or None, amounts=page.amounts(), cards=card_payments.cards_enabled())
    thanks_url = page.url + page.reverse_subpage("thanks")
    if request.method == "POST" and form.is_valid():
        if form.is_bot:
            return HttpResponseRedirect(thanks_url)
        if not allow("donate-ip", client_ip(request), limit=10, window=3600):
            return too_many(request)
        data = form.cleaned_data
        donation = donations.give(
            name=data["name"],
            email=data["email"],
            amount=form.chosen_amount(),
            frequency=data["frequency"],
            method=data["method"],
            gift_aid=form.gift_aid_details(),
            gift_aid_wording=config.gift_aid_wording,
            language=page.locale.language_code,
        )
        if donation.method == PaymentMethod.CARD:
            import stripe

            try:
                url = card_payments.start_donation_checkout(
                    donation,
                    success_url=request.build_absolute_uri(thanks_url) + "?paid=1",
                    cancel_url=request.build_absolute_uri(page.url),
                )
            except stripe.StripeError:
                return TemplateResponse(request, "members/card_unavailable.html", status=503)
            return HttpResponseRedirect(url, status=303)
        return HttpResponseRedirect(thanks_url)
    return TemplateResponse(
        request, "members/donate_page.html", {"page": page, "self": page, "form": form, "gift_aid_wording": config.gift_aid_wording}
    )


def thanks(request, page):
    return TemplateResponse(request, "members/donate_thanks.html", {"page": page, "self": page, "paid": "paid" in request.GET})
