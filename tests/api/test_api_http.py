"""HTTP around the content API: CORS only when configured, cache headers, the schema."""

import pytest

from tribuna.api.cors import cors_settings


@pytest.fixture
def cors(settings):
    """Apply TRIBUNA_API_CORS_ORIGINS as settings.py would (corsheaders reads them live)."""

    def configure(value):
        for name, setting in cors_settings({"TRIBUNA_API_CORS_ORIGINS": value}).items():
            setattr(settings, name, setting)

    return configure


def test_cors_settings_from_the_environment():
    assert cors_settings({})["CORS_ALLOWED_ORIGINS"] == []
    assert cors_settings({})["CORS_ALLOW_ALL_ORIGINS"] is False
    listed = cors_settings({"TRIBUNA_API_CORS_ORIGINS": " https://a.example, https://b.example/ ,"})
    assert listed["CORS_ALLOWED_ORIGINS"] == ["https://a.example", "https://b.example"]
    assert cors_settings({"TRIBUNA_API_CORS_ORIGINS": "*"})["CORS_ALLOW_ALL_ORIGINS"] is True
    assert listed["CORS_ALLOW_METHODS"] == ["GET", "HEAD"]
    assert listed["CORS_ALLOW_CREDENTIALS"] is False


def test_no_cors_header_by_default(client, db):
    response = client.get("/api/v1/topics/", headers={"Origin": "https://partner.example"})
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response


def test_cors_for_listed_origins_only(client, db, cors):
    cors("https://partner.example")
    allowed = client.get("/api/v1/topics/", headers={"Origin": "https://partner.example"})
    assert allowed["Access-Control-Allow-Origin"] == "https://partner.example"
    assert "Access-Control-Allow-Credentials" not in allowed
    other = client.get("/api/v1/topics/", headers={"Origin": "https://elsewhere.example"})
    assert "Access-Control-Allow-Origin" not in other


def test_cors_for_any_origin_but_only_on_the_api(client, demo_site, cors):
    cors("*")
    api = client.get("/api/v1/topics/", headers={"Origin": "https://anyone.example"})
    assert api["Access-Control-Allow-Origin"] == "*"
    errors = client.get("/api/v1/articles/?limit=0", headers={"Origin": "https://anyone.example"})
    assert errors.status_code == 400 and errors["Access-Control-Allow-Origin"] == "*"
    site = client.get("/articles/", headers={"Origin": "https://anyone.example"})
    assert site.status_code == 200 and "Access-Control-Allow-Origin" not in site


def test_preflight_allows_get_only(client, db, cors):
    cors("https://partner.example")
    response = client.options(
        "/api/v1/articles/",
        headers={"Origin": "https://partner.example", "Access-Control-Request-Method": "GET"},
    )
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "https://partner.example"
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD"


def test_cache_headers_for_a_cdn(client, demo_site, settings):
    listing = client.get("/api/v1/articles/")
    assert set(listing["Cache-Control"].split(", ")) == {"public", "max-age=300"}
    assert "Cookie" not in listing.get("Vary", "")
    assert not listing.cookies
    assert "max-age=60" in client.get("/api/v1/articles/?limit=0")["Cache-Control"]
    assert "max-age=60" in client.get("/api/v1/articles/1234567/")["Cache-Control"]
    settings.TRIBUNA_API_MAX_AGE = 30
    assert "max-age=30" in client.get("/api/v1/topics/")["Cache-Control"]


def test_json_whatever_the_accept_header(client, db):
    response = client.get("/api/v1/topics/", headers={"Accept": "text/html"})
    assert response.status_code == 200 and response["Content-Type"] == "application/json"


def test_openapi_description(client, db):
    response = client.get("/api/v1/schema/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.oai.openapi+json")
    assert "public" in response["Cache-Control"]
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert sorted(schema["paths"]) == [
        "/api/v1/actors/",
        "/api/v1/actors/{slug}/",
        "/api/v1/articles/",
        "/api/v1/articles/{id}/",
        "/api/v1/authors/",
        "/api/v1/authors/{slug}/",
        "/api/v1/pages/",
        "/api/v1/pages/{id}/",
        "/api/v1/topics/",
        "/api/v1/topics/{slug}/",
    ]
    articles = schema["paths"]["/api/v1/articles/"]["get"]
    names = {parameter["name"] for parameter in articles["parameters"]}
    assert names == {"topic", "author", "actor", "type", "date_from", "date_to", "search", "locale", "limit", "offset"}
    assert set(articles["responses"]) == {"200", "400"}
    assert set(schema["paths"]["/api/v1/articles/{id}/"]["get"]["responses"]) == {"200", "400", "404"}
    detail = schema["components"]["schemas"]["ArticleDetail"]["properties"]
    assert {"body", "body_withheld", "mentions"} <= set(detail)
