
import pytest

from tribuna.members.models import Plan


@pytest.fixture(autouse=True)
def _fresh_rate_limits(fresh_rate_limits):
    pass


def text_of(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


@pytest.fixture
def individual(demo_site):
    return Plan.objects.get(slug="individual")


JOIN_FORM = {
    "plan": None,
    "name": "Rosa Quispe",
    "email": "rosa@example.net",
    "payment_method": "standing_order",
    "newsletter": "on",
}


@pytest.fixture
def join_data(individual):
    return {**JOIN_FORM, "plan": str(individual.pk)}


@pytest.fixture
def stripe_api(settings):
    """Stripe's API as a stand-in on loopback, with the keys that switch card payments on."""
    from support import fake_stripe

    fake = fake_stripe.FakeStripe()
    settings.STRIPE_SECRET_KEY = "sk_test_" + "x" * 24
    settings.STRIPE_WEBHOOK_SECRET = fake_stripe.WEBHOOK_SECRET
    settings.STRIPE_API_BASE = fake.url
    yield fake
    fake.close()
