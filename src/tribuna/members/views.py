"""Members' pages: join, sign in by link, account. Thin: the work is in lifecycle.py."""

import json
from functools import wraps

from django.contrib import messages
from django.contrib.auth import login, logout
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_POST
from sesame.utils import get_user

from . import account, card_payments, lifecycle, notices
from .forms import DetailsForm, JoinForm, PlanChangeForm, SignInForm
from .models import PaymentMethod
from .ratelimit import allow, client_ip
from .settings import membership_settings

SIGN_IN_MAX_AGE = 15 * 60
WELCOME_MAX_AGE = 7 * 24 * 3600


def too_many(request):
    return TemplateResponse(request, "members/too_many.html", status=429)


def join(request, page):
    config = membership_settings(request)
    form = JoinForm(
        request.POST or None, newsletter_wording=config.newsletter_consent_wording, cards=card_payments.cards_enabled()
    )
    if request.method == "POST" and form.is_valid():
        if form.is_bot:
            return HttpResponseRedirect(page.url + page.reverse_subpage("thanks"))
        email = form.cleaned_data["email"].lower()
        if not (
            allow("join-ip", client_ip(request), limit=10, window=3600)
            and allow("join-email", email, limit=3, window=3600)
        ):
            return too_many(request)
        data = form.cleaned_data
        member = lifecycle.join(
            lifecycle.JoinRequest(
                plan=data["plan"],
                name=data["name"],
                email=email,
                payment_method=data["payment_method"],
                address=data["address"],
                postcode=data["postcode"],
                newsletter=data["newsletter"],
                newsletter_wording=config.newsletter_consent_wording,
                gift_aid=form.gift_aid_details(),
                gift_aid_wording=config.gift_aid_wording,
                source=request.build_absolute_uri(page.url),
                language=page.locale.language_code,
            ),
            base_url=request.build_absolute_uri("/"),
        )
        if member is not None and member.payment_method == PaymentMethod.CARD:
            return _card_checkout(request, member)
        return HttpResponseRedirect(page.url + page.reverse_subpage("thanks"))
    return TemplateResponse(
        request,
        "members/join_page.html",
        {"page": page, "self": page, "form": form, "gift_aid_wording": config.gift_aid_wording},
    )


def _card_checkout(request, member):
    import stripe

    try:
        url = card_payments.start_membership_checkout(
            member,
            success_url=request.build_absolute_uri(reverse("members:account")) + "?paid=1",
            cancel_url=request.build_absolute_uri(reverse("members:account")),
        )
    except stripe.StripeError:
        return TemplateResponse(request, "members/card_unavailable.html", {"member": member}, status=503)
    return HttpResponseRedirect(url, status=303)


@require_POST
def pay_by_card(request):
    """Pay what is due (joining, or a renewal) through Stripe Checkout."""
    member = _current_member(request)
    if member is None or not account.can_pay_by_card(member):
        return redirect("members:account")
    return _card_checkout(request, member)


def joined(request, page):
    return TemplateResponse(request, "members/join_thanks.html", {"page": page, "self": page})


def request_link(request):
    form = SignInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"].lower()
        if not (
            allow("link-ip", client_ip(request), limit=10, window=3600)
            and allow("link-email", email, limit=3, window=3600)
        ):
            return too_many(request)
        member = lifecycle.find_member(email)
        if member is not None and member.user is not None:
            notices.send_sign_in_link(member, base_url=request.build_absolute_uri("/"))
        return TemplateResponse(request, "members/link_sent.html", {"email": email})
    return TemplateResponse(request, "members/sign_in.html", {"form": form})


def _follow_link(request, *, scope, max_age):
    """GET shows a button (mail scanners that open links must not use them up); POST signs in."""
    token = request.POST.get("sesame") if request.method == "POST" else request.GET.get("sesame")
    if not token:
        return TemplateResponse(request, "members/link_invalid.html", {"form": SignInForm()}, status=400)
    if request.method != "POST":
        return TemplateResponse(request, "members/link_confirm.html", {"token": token})
    user = get_user(token, scope=scope, max_age=max_age, update_last_login=False)
    if user is None or not user.is_active:
        return TemplateResponse(request, "members/link_invalid.html", {"form": SignInForm()}, status=400)
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")  # updates last_login: the link is used up
    member = getattr(user, "member", None)
    if member is not None:
        lifecycle.confirm_email(member)
    return redirect("members:account")


def sign_in(request):
    return _follow_link(request, scope="", max_age=SIGN_IN_MAX_AGE)


def welcome(request):
    return _follow_link(request, scope=notices.WELCOME_SCOPE, max_age=WELCOME_MAX_AGE)


def _current_member(request):
    if not request.user.is_authenticated:
        return None
    return getattr(request.user, "member", None)


def member_required(view):
    """Pass the signed-in member to the view; anyone else is sent to ask for a sign-in link."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        member = _current_member(request)
        if member is None:
            return redirect("members:request_link")
        return view(request, member, *args, **kwargs)

    return wrapped


@member_required
def account_page(request, member):
    form = DetailsForm(request.POST or None, initial=_details(member))
    if request.method == "POST" and form.is_valid():
        account.update_details(member, **form.cleaned_data)
        return redirect("members:account")
    return _account_page(request, member, form=form)


def _details(member) -> dict:
    return {"name": member.name, "address": member.address, "postcode": member.postcode, "language": member.language}


def _account_page(request, member, *, form=None, plan_form=None, status=200):
    context = account.overview(member) | {
        "form": form or DetailsForm(initial=_details(member)),
        "plan_form": plan_form or PlanChangeForm(member=member),
        "bank": membership_settings(request),
        "cards": card_payments.cards_enabled(),
        "just_paid": "paid" in request.GET,
    }
    return TemplateResponse(request, "members/account.html", context, status=status)


@require_POST
@member_required
def change_plan(request, member):
    form = PlanChangeForm(request.POST, member=member)
    if not form.is_valid():
        return _account_page(request, member, plan_form=form, status=400)
    try:
        change = account.change_plan(member, form.cleaned_data["plan"], base_url=request.build_absolute_uri("/"))
    except account.PaymentProviderUnavailable as problem:
        form.add_error(None, str(problem))
        return _account_page(request, member, plan_form=form, status=503)
    except lifecycle.PlanChangeRefused as problem:
        form.add_error("plan", str(problem))
        return _account_page(request, member, plan_form=form, status=400)
    messages.success(request, account.plan_change_message(member, change))
    return redirect("members:account")


@require_POST
@member_required
def newsletter_preference(request, member):
    wording = membership_settings(request).newsletter_consent_wording
    account.set_newsletter(member, wanted=request.POST.get("newsletter") == "yes", wording=wording, source="account page")
    return redirect("members:account")


@member_required
def data_export(request, member):
    response = HttpResponse(
        json.dumps(account.export(member), indent=2, ensure_ascii=False, default=str),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="membership-{member.payment_reference}.json"'
    return response


@member_required
def close_account(request, member):
    if request.method == "POST" and request.POST.get("confirm") == "yes":
        account.close(member)
        logout(request)
        return TemplateResponse(request, "members/closed.html")
    return TemplateResponse(request, "members/close.html", {"member": member})


@require_POST
def sign_out(request):
    logout(request)
    return redirect("/")


@member_required
def receipt(request, member, pk):
    payment = member.payments.filter(pk=pk).first()
    if payment is None:
        raise Http404
    return TemplateResponse(request, "members/receipt.html", {"member": member, "payment": payment})
