"""Property-based check of the API against its own OpenAPI description (schemathesis).

Schemathesis reads /api/v1/schema/ and sends generated requests, valid and invalid, to
every operation: no answer may be a server error or differ from what the description
says (status code, content type, body schema), and invalid input must be refused.
"""

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from hypothesis import HealthCheck, settings


from tribuna.wsgi import application

# Loaded when the module is collected: serving the description touches no database.
# (schemathesis.pytest.from_fixture would load it inside a fixture, but relies on a pytest
# internal that pytest 9 no longer has.)
schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", application)


@pytest.fixture
def app_in_this_transaction(demo_site):
    """Requests go straight to the WSGI app in this thread, inside the test's transaction;
    like Django's test client, keep the request signals from closing that connection."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_matches_its_description(case, app_in_this_transaction):
    case.call_and_validate()
