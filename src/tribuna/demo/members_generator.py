"""Many members, fast: for benchmarks and for trying the membership desk at full size.

Each generated member looks like one who joined through the join page (or came over in
the CSV import when the group moved to Tribuna, three years ago) and has lived a
membership since: a sign-in account, a plan, a status with the history rows
`lifecycle` would have left (joined → active on the first payment → renewals → grace →
lapsed, or cancelled), the payments behind it, the newsletter consent they gave with its
wording, a Gift Aid declaration for some UK taxpayers, and — as `members_sync` does —
a newsletter subscriber record for those who agreed to news by e-mail.

Rows are written in bulk, a batch at a time in one transaction, with a constant number
of queries per batch: calling `lifecycle.join` and `record_payment` 100,000 times would
take hours. Running it again adds as many more: e-mail addresses carry a number after the
highest member id, and any address already taken by a user, member or subscriber is
skipped for another.

Names are British and Peruvian; addresses are at example.org and example.net (reserved
for examples: nothing is ever delivered there) and street addresses are invented.
"""

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.db.models import Max
from django.db.models.functions import Lower
from django.utils import timezone

from tribuna.base.wording import worded
from tribuna.members.member_import import CONSENT_WORDING
from tribuna.members.models import (
    REFERENCE_ALPHABET,
    Consent,
    GiftAidDeclaration,
    JoinPage,
    Member,
    PaymentMethod,
    Payment,
    Period,
    Plan,
    Status,
    StatusChange,
)
from tribuna.members.periods import add_months
from tribuna.members.settings import membership_settings
from tribuna.newsletters import members_sync
from tribuna.newsletters.models import Subscriber

from . import content

BATCH = 1000
IMPORT_SOURCE = "CSV import"
MOVED_YEARS_AGO = 3  # the group moved its records to Tribuna then: older history came in the import

UK_FIRST = [
    "Alice", "Amelia", "Andrew", "Anna", "Ben", "Catherine", "Charlotte", "Chloe", "Daniel", "David", "Eleanor",
    "Emily", "Emma", "Fiona", "George", "Hannah", "Harry", "Helen", "Ian", "Isobel", "Jack", "James", "Jane",
    "Joanna", "John", "Kate", "Laura", "Lucy", "Margaret", "Mark", "Martin", "Mary", "Matthew", "Michael", "Nicola",
    "Oliver", "Patrick", "Paul", "Peter", "Rachel", "Rhys", "Richard", "Robert", "Ruth", "Sarah", "Siân", "Simon",
    "Sophie", "Stephen", "Susan", "Thomas", "Tom", "William", "Zoë", "Aisha", "Priya", "Kwame", "Niamh", "Eilidh",
]
UK_LAST = [
    "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts",
    "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris",
    "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark",
    "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis",
    "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson",
    "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson",
    "O'Brien", "MacDonald", "Ahmed", "Llewellyn", "Fraser", "Campbell",
]
PE_FIRST = [
    "Ana", "Alejandro", "Carlos", "Carmen", "César", "Diana", "Eduardo", "Elena", "Fernando", "Flor", "Gabriela",
    "Gustavo", "Hilda", "Hugo", "Isabel", "Javier", "Jorge", "José", "José Luis", "Juan", "Juana", "Julia", "Luis",
    "Lucía", "Luz", "Marco", "María", "María Elena", "Mario", "Miguel", "Milagros", "Nelly", "Óscar", "Pablo",
    "Patricia", "Pedro", "Raúl", "Ricardo", "Rocío", "Rosa", "Santiago", "Sofía", "Teresa", "Úrsula", "Víctor",
    "Walter", "Yolanda", "Yuri", "Zenón", "Máxima", "Wilfredo", "Nayra",
]
PE_LAST = [
    "Quispe", "Mamani", "Huamán", "Flores", "García", "Rodríguez", "Sánchez", "Chávez", "Ramírez", "Torres",
    "Rojas", "Vargas", "Castillo", "Mendoza", "Gonzales", "Díaz", "Ramos", "Cruz", "Gutiérrez", "Pérez",
    "Espinoza", "Condori", "Ccori", "Apaza", "Choque", "Huanca", "Ticona", "Yupanqui", "Cárdenas", "Salazar",
    "Palomino", "Medina", "Aguilar", "Villanueva", "Cáceres", "Paredes", "Ñahui", "Inga", "Pari", "Layme",
]
ORGANISATIONS = [
    "{town} Trades Council", "{town} Friends of Latin America", "St Anne's Justice and Peace Group, {town}",
    "{town} Quaker Meeting", "{town} Amnesty Group", "{town} Climate Action", "{town} Unison Branch",
    "University of {town} Latin American Society", "{town} Fair Trade Shop", "{town} Christian Aid Committee",
]
STREETS = [
    "High Street", "Station Road", "Church Lane", "Park Avenue", "Mill Road", "Victoria Street", "Queen's Road",
    "London Road", "The Crescent", "Manor Way", "Orchard Close", "Albert Terrace", "Castle Street", "Green Lane",
    "Newton Gardens", "Heol y Parc", "Bridge Street", "North Street", "Kingsway", "Elm Grove",
]
HOUSE_NAMES = ["Rose Cottage", "The Old School", "Hillside", "Ty Coch", "Flat 2", "Flat 4B", "The Willows"]
TOWNS = [  # town, first letters of its postcodes
    ("London", "N"), ("London", "SE"), ("London", "E"), ("London", "NW"), ("Leeds", "LS"), ("Bristol", "BS"),
    ("Cardiff", "CF"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Norwich", "NR"), ("Brighton", "BN"),
    ("York", "YO"), ("Manchester", "M"), ("Sheffield", "S"), ("Oxford", "OX"), ("Swansea", "SA"),
    ("Birmingham", "B"), ("Belfast", "BT"), ("Exeter", "EX"), ("Aberdeen", "AB"),
]
LIMA = ["Av. Arequipa {n}, Miraflores, Lima", "Jr. Huancavelica {n}, Cercado de Lima", "Calle Los Pinos {n}, San Isidro, Lima",
        "Av. La Cultura {n}, Cusco", "Calle Mercaderes {n}, Arequipa"]
TITLES = ["Mr", "Ms", "Mrs", "Dr", "Miss", "Mx", ""]
CANCEL_REASONS = ["cancelled by the member", "cancelled: moved abroad", "cancelled by the desk at the member's request"]
# Share of members in each status, as a group some years old has them.
STATUS_WEIGHTS = {
    Status.ACTIVE: 58, Status.GRACE: 6, Status.LAPSED: 24, Status.CANCELLED: 7, Status.PENDING: 5,
}
METHOD_WEIGHTS = {
    PaymentMethod.STANDING_ORDER: 55, PaymentMethod.CARD: 20, PaymentMethod.BANK_TRANSFER: 15,
    PaymentMethod.CHEQUE: 7, PaymentMethod.CASH: 3,
}


@dataclass
class _Planned:
    """One member and the rows that go with them, before ids exist."""

    member: Member
    user: object
    uk: bool
    first: str
    last: str
    house: str = ""
    history: list[StatusChange] = field(default_factory=list)
    payments: list[Payment] = field(default_factory=list)  # each with its history row's index
    paid_rows: list[int] = field(default_factory=list)
    consent: Consent | None = None
    gift_aid: GiftAidDeclaration | None = None


class _Context:
    """What every batch needs, read once."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.today = timezone.localdate()
        self.now = timezone.now()
        self.moved_on = add_months(self.today, -12 * MOVED_YEARS_AGO)
        wanted = [spec["slug"] for spec in content.PLANS]
        plans = {plan.slug: plan for plan in Plan.objects.filter(is_retired=False)}
        chosen = [plans[slug] for slug in wanted if slug in plans] or list(plans.values())
        if not chosen:
            raise RuntimeError("No plans: build the demo site first (`tribuna demo`).")
        self.plans = chosen
        weights = {"individual": 70, "concession": 25, "organisation": 5}
        self.plan_weights = [weights.get(plan.kind, 10) for plan in chosen]
        config = membership_settings()
        self.grace_days = config.grace_days
        languages = [code for code, _name in settings.LANGUAGES]
        self.default_language = settings.LANGUAGE_CODE
        self.spanish = "es" if "es" in languages else self.default_language
        self.wording = {code: worded(config, language=code) for code in {self.default_language, self.spanish}}
        self.join_source = {}
        for code in {self.default_language, self.spanish}:
            page = JoinPage.objects.live().filter(locale__language_code=code).first()
            url = page.get_full_url() if page else None
            self.join_source[code] = url or "join form"
        self.references = set(Member.objects.values_list("payment_reference", flat=True))
        self.next_number = (Member.objects.aggregate(last=Max("pk"))["last"] or 0) + 1


def add_members(count: int, *, seed: int | None = None, progress=None, batch: int = BATCH) -> int:
    """Add `count` generated members (with their history, payments, consents, Gift Aid
    declarations and newsletter subscriptions); returns how many members exist in all.

    Without a seed each run draws new people; with one, the same people (at new addresses
    when run again)."""
    rng = random.Random(seed)
    context = _Context(rng)
    done = 0
    while done < count:
        size = min(batch, count - done)
        with transaction.atomic():
            _write_batch([_plan_member(context) for _ in range(size)], context)
        done += size
        if progress:
            progress(done, count)
    return Member.objects.count()


# --- one member ------------------------------------------------------------------------


def _plan_member(ctx: _Context) -> _Planned:
    rng = ctx.rng
    uk = rng.random() < 0.72
    first, last = _name(rng, uk)
    plan = rng.choices(ctx.plans, weights=ctx.plan_weights)[0]
    town, area = rng.choice(TOWNS)
    name = f"{first} {last}"
    if plan.kind == "organisation":
        name = rng.choice(ORGANISATIONS).format(town=town)
    language = ctx.default_language if uk or rng.random() < 0.45 else ctx.spanish
    status = rng.choices(list(STATUS_WEIGHTS), weights=list(STATUS_WEIGHTS.values()))[0]
    method = PaymentMethod.NONE if plan.is_free else rng.choices(list(METHOD_WEIGHTS), weights=list(METHOD_WEIGHTS.values()))[0]

    address = postcode = house = ""
    if plan.kind == "organisation" or rng.random() < 0.6:
        if uk or rng.random() < 0.8:  # most Peruvian members live in Britain too
            house = rng.choice(HOUSE_NAMES) if rng.random() < 0.1 else str(rng.randint(1, 240))
            address = f"{house} {rng.choice(STREETS)}\n{town}"
            postcode = f"{area}{rng.randint(1, 28)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        else:
            address = rng.choice(LIMA).format(n=rng.randint(100, 2900))
            postcode = str(rng.randint(15001, 15074))

    user = get_user_model()(password=make_password(None))
    member = Member(
        name=name,
        plan=plan,
        status=status,
        payment_method=method,
        payment_reference=_reference(ctx),
        address=address,
        postcode=postcode,
        language=language,
        auto_renews=False,  # card renewals need a Stripe subscription: none here, so reminders go out
    )
    planned = _Planned(member=member, user=user, uk=uk, first=first, last=last, house=house)
    _live_membership(planned, ctx)
    _consent_and_gift_aid(planned, ctx)
    return planned


def _name(rng: random.Random, uk: bool) -> tuple[str, str]:
    if uk:
        return rng.choice(UK_FIRST), rng.choice(UK_LAST)
    # Peruvians carry both surnames; in Britain many use the first alone.
    last = rng.choice(PE_LAST)
    if rng.random() < 0.6:
        last = f"{last} {rng.choice(PE_LAST)}"
    return rng.choice(PE_FIRST), last


def _reference(ctx: _Context) -> str:
    while True:
        reference = "M" + "".join(ctx.rng.choice(REFERENCE_ALPHABET) for _ in range(7))
        if reference not in ctx.references:
            ctx.references.add(reference)
            return reference


def _at(day: dt.date, ctx: _Context) -> dt.datetime:
    """A time in the working day of `day`, and not after now."""
    rng = ctx.rng
    moment = timezone.make_aware(dt.datetime.combine(day, dt.time(rng.randint(8, 21), rng.randint(0, 59), rng.randint(0, 59))))
    return min(moment, ctx.now)


def _live_membership(p: _Planned, ctx: _Context) -> None:
    """Status, dates, payments and history, as the lifecycle would have left them."""
    rng, member, today = ctx.rng, p.member, ctx.today
    status, plan = member.status, member.plan
    yearly = plan.period != Period.MONTHLY
    step = 12 if yearly else 1

    if status == Status.PENDING:
        joined = today - dt.timedelta(days=rng.randint(0, 45))
        member.joined_at = _at(joined, ctx)
        if rng.random() < 0.4:  # followed the link in the welcome e-mail, not paid yet
            member.email_confirmed_at = min(member.joined_at + dt.timedelta(minutes=rng.randint(2, 600)), ctx.now)
        p.history.append(_change(member, "", Status.PENDING, "joined", None, member.joined_at))
        return

    # The end of the last period paid for, by the status it leads to.
    if status == Status.ACTIVE:
        expires = today + dt.timedelta(days=rng.randint(0, 364 if yearly else 30))
    elif status == Status.GRACE:
        expires = today - dt.timedelta(days=rng.randint(1, max(1, ctx.grace_days)))
    elif status == Status.LAPSED:
        expires = today - dt.timedelta(days=rng.randint(ctx.grace_days + 1, 6 * 365))
    else:  # cancelled: some while paid up, most after
        expires = today + dt.timedelta(days=rng.randint(-4 * 365, 200))
    periods = rng.choices(range(1, 16), weights=[30, 18, 12, 9, 7, 5, 4, 3, 3, 2, 2, 1, 1, 1, 1])[0]
    if not yearly:
        periods = rng.randint(1, 30)
    first_paid = add_months(expires, -step * periods)
    joined = first_paid - dt.timedelta(days=rng.randint(0, 14))
    member.joined_at = _at(joined, ctx)
    member.email_confirmed_at = min(member.joined_at + dt.timedelta(minutes=rng.randint(2, 2000)), ctx.now)
    member.expires_on = expires

    # The events of the membership, oldest first: (when, from, to, reason, paid up to, paid?)
    events = [(member.joined_at, "", Status.PENDING, "joined", None, False)]
    for number in range(periods):
        start = add_months(first_paid, step * number)
        paid_on = start if number == 0 else start - dt.timedelta(days=rng.randint(0, 20 if yearly else 5))
        when = min(max(_at(paid_on, ctx), member.joined_at + dt.timedelta(minutes=rng.randint(5, 600))), ctx.now)
        events.append((when, Status.PENDING if number == 0 else Status.ACTIVE, Status.ACTIVE, "payment", add_months(start, step), True))
    after = expires + dt.timedelta(days=1)
    if status in {Status.GRACE, Status.LAPSED} or (status == Status.CANCELLED and expires < today and rng.random() < 0.5):
        if after <= today:
            events.append((_at(after, ctx), Status.ACTIVE, Status.GRACE, "expired; in grace period", expires, False))
    if status == Status.LAPSED:
        events.append((_at(after + dt.timedelta(days=ctx.grace_days), ctx), Status.GRACE, Status.LAPSED, "grace period over", expires, False))
    if status == Status.CANCELLED:
        last_when = events[-1][0]
        latest = min(today, max(last_when.date(), expires))
        span = max(0, (latest - last_when.date()).days)
        cancelled_at = _at(last_when.date() + dt.timedelta(days=rng.randint(0, span)), ctx)
        cancelled_at = min(max(cancelled_at, last_when + dt.timedelta(minutes=1)), ctx.now)
        events.append((cancelled_at, events[-1][2], Status.CANCELLED, rng.choice(CANCEL_REASONS), expires, False))

    # Before the move to Tribuna only the state at the move came over, in the import.
    moved_at = timezone.make_aware(dt.datetime.combine(ctx.moved_on, dt.time(10)))
    if events[0][0] < moved_at:
        before = [event for event in events if event[0] < moved_at]
        after_move = [event for event in events if event[0] >= moved_at]
        state, paid_up = before[-1][2], before[-1][4]
        if state == Status.ACTIVE and paid_up is not None and paid_up < ctx.moved_on:
            state = Status.GRACE if paid_up >= ctx.moved_on - dt.timedelta(days=ctx.grace_days) else Status.LAPSED
            after_move = [event for event in after_move if event[2] != state]  # the import already says so
            if state == Status.LAPSED:
                after_move = [event for event in after_move if event[2] != Status.GRACE]
        if after_move:  # the first change after the move starts from the imported state
            when, _from, to, reason, paid, is_payment = after_move[0]
            after_move[0] = (when, state, to, reason, paid, is_payment)
        events = [(moved_at, "", state, IMPORT_SOURCE, paid_up, False), *after_move]

    for when, from_status, to_status, reason, paid_up, is_payment in events:
        if is_payment:
            p.paid_rows.append(len(p.history))
            p.payments.append(
                Payment(
                    amount=Decimal(plan.price),
                    currency=plan.currency,
                    method=member.payment_method,
                    received_on=timezone.localtime(when).date(),
                    purpose="membership",
                    recorded_at=when,
                )
            )
        p.history.append(_change(member, from_status, to_status, reason, paid_up, when))
    member.status = p.history[-1].to_status


def _change(member, from_status, to_status, reason, expires_on, when) -> StatusChange:
    return StatusChange(from_status=from_status, to_status=to_status, reason=reason, expires_on=expires_on, changed_at=when)


def _consent_and_gift_aid(p: _Planned, ctx: _Context) -> None:
    rng, member = ctx.rng, p.member
    imported = p.history[0].reason == IMPORT_SOURCE
    wording = ctx.wording[member.language]
    if imported:
        if rng.random() < 0.7:  # the old spreadsheet had a newsletter column for most
            p.consent = Consent(
                topic="newsletter", given=rng.random() < 0.65, wording=CONSENT_WORDING,
                source=IMPORT_SOURCE, recorded_at=p.history[0].changed_at,
            )
    else:  # the join form always records the box, ticked or not
        p.consent = Consent(
            topic="newsletter", given=rng.random() < 0.6, wording=wording.newsletter_consent_wording,
            source=ctx.join_source[member.language], recorded_at=member.joined_at,
        )
    if p.uk and member.postcode and member.plan.kind != "organisation" and rng.random() < 0.45:
        declared = member.joined_at if not imported else p.history[0].changed_at
        p.gift_aid = GiftAidDeclaration(
            title=rng.choice(TITLES),
            first_name=p.first,
            last_name=p.last,
            house=p.house,
            postcode=member.postcode,
            wording=wording.gift_aid_wording,
            declared_at=declared,
            cancelled_at=declared + dt.timedelta(days=rng.randint(30, 900)) if rng.random() < 0.03 else None,
        )
        if p.gift_aid.cancelled_at and p.gift_aid.cancelled_at > ctx.now:
            p.gift_aid.cancelled_at = None


# --- one batch -------------------------------------------------------------------------


def _write_batch(batch: list[_Planned], ctx: _Context) -> None:
    """Every table of the batch in bulk: the same queries for every batch."""
    _give_addresses(batch, ctx)
    User = get_user_model()
    for p in batch:
        p.user.date_joined = p.member.joined_at
    users = User.objects.bulk_create([p.user for p in batch])
    for p, user in zip(batch, users, strict=True):
        p.member.user_id = user.pk
    members = Member.objects.bulk_create([p.member for p in batch])
    for p, member in zip(batch, members, strict=True):
        for row in (*p.history, *p.payments):
            row.member_id = member.pk
        if p.consent:
            p.consent.member_id = member.pk
        if p.gift_aid:
            p.gift_aid.member_id = member.pk
    payments = Payment.objects.bulk_create([payment for p in batch for payment in p.payments])
    assert all(payment.pk for payment in payments)
    for p in batch:  # the history names the receipt, as `record_payment` does
        for payment, row in zip(p.payments, p.paid_rows, strict=True):
            p.history[row].reason = f"payment {payment.receipt_number}"
    StatusChange.objects.bulk_create([row for p in batch for row in p.history])
    Consent.objects.bulk_create([p.consent for p in batch if p.consent])
    GiftAidDeclaration.objects.bulk_create([p.gift_aid for p in batch if p.gift_aid])
    _subscribe(batch)


def _give_addresses(batch: list[_Planned], ctx: _Context) -> None:
    """first.last.NUMBER@example.org: numbered past every member so far, and checked
    against the users, members and subscribers that exist (one query each per batch)."""
    for p in batch:
        p.member.email = _address(p, ctx)
    while True:
        emails = [p.member.email for p in batch]
        taken = set(
            get_user_model().objects.annotate(lower=Lower("email")).filter(lower__in=emails).values_list("lower", flat=True)
        )
        taken |= set(Member.objects.annotate(lower=Lower("email")).filter(lower__in=emails).values_list("lower", flat=True))
        taken |= set(Subscriber.objects.filter(email__in=emails).values_list("email", flat=True))
        if not taken:
            break
        for p in batch:
            if p.member.email in taken:
                p.member.email = _address(p, ctx)
    for p in batch:
        p.user.email = p.member.email


def _address(p: _Planned, ctx: _Context) -> str:
    number = ctx.next_number
    ctx.next_number += 1
    if p.member.plan.kind == "organisation":
        local = "contact." + "-".join(p.member.name.split()[:2])
    else:
        local = f"{p.first}.{p.last}".replace(" ", "-")
    local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode().lower().replace("'", "")
    domain = "example.org" if number % 3 else "example.net"
    return f"{local}.{number}@{domain}"


def _subscribe(batch: list[_Planned]) -> None:
    """Members who agreed to news by e-mail get it, as members who join do."""
    members_sync.subscribe_in_bulk([(p.member, p.consent) for p in batch if p.consent is not None and p.consent.given])
