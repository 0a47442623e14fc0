"""Tribuna's one settings module, configured from the environment (12-factor).

Every value has an embedded default that works for `make run` on a laptop; production
overrides come from environment variables, never from edited files.
"""

import os
import secrets
from pathlib import Path

import dj_database_url

from tribuna.base import languages

SRC_DIR = Path(__file__).resolve().parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DATA_DIR = Path(os.environ.get("TRIBUNA_DATA_DIR", "var")).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    """The key from the environment, else one generated once into the data dir."""
    if key := os.environ.get("SECRET_KEY"):
        return key
    path = DATA_DIR / "secret_key"
    if not path.exists():
        # O_EXCL: two processes starting together cannot write two different keys.
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_urlsafe(50))
    return path.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "tribuna.accounts",
    "tribuna.base",
    "tribuna.news",
    "tribuna.actors",
    "tribuna.mail",
    "tribuna.members",
    "tribuna.newsletters",
    "tribuna.search",
    "tribuna.syndication",
    "tribuna.api",
    "tribuna.pagecache",
    "tribuna.ops",  # health checks, media on S3, CDN purging (docs/deploy.md)
    "tribuna.demo",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "rest_framework",
    "drf_spectacular",
    "corsheaders",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before anything that can answer by itself, so those answers carry CORS headers too.
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The language comes from the URL alone, so a cached page is known by its URL.
    "tribuna.base.middleware.UrlLanguageMiddleware",
    # Before sessions: a reader's cached page costs no session, user or database work.
    "tribuna.pagecache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "tribuna.urls"
WSGI_APPLICATION = "tribuna.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{DATA_DIR / 'tribuna.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web server read while the worker writes; IMMEDIATE avoids
    # "database is locked" upgrades from read to write transactions.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=20000;"
        ),
    }
    # Tests use a file, not memory: worker processes they start must see the same data.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test.sqlite3")}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "wagtailadmin_login"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "sesame.backends.ModelBackend",  # checks magic-link tokens in members/views.py only
]

# Members sign in by single-use links (django-sesame); the views decide each link's lifetime.
SESAME_MAX_AGE = 7 * 24 * 3600
SESAME_ONE_TIME = True
SESAME_INVALIDATE_ON_EMAIL_CHANGE = True
SESAME_TOKENS = ["sesame.tokens_v2"]

# Background work: the database queue, run by `tribuna worker` (started by `make run`).
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    }
}
# Newsletter messages each worker claims and sends over one connection at a time.
NEWSLETTER_BATCH_SIZE = int(os.environ.get("NEWSLETTER_BATCH_SIZE", "100"))
# Seconds between runs of periodic jobs (scheduled publishing and the like).
TRIBUNA_CLOCK_INTERVAL = float(os.environ.get("TRIBUNA_CLOCK_INTERVAL", "30"))

# The site's languages, the default first: its pages have unprefixed URLs (so links
# shared before a second language existed keep working), the others live under /<code>/.
LANGUAGES = languages.from_codes(env_list("TRIBUNA_LANGUAGES", "en-gb,es"))
LANGUAGE_CODE = LANGUAGES[0][0]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [SRC_DIR / "locale"]
FORMAT_MODULE_PATH = ["tribuna.formats"]
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/London")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # whitenoise expects it even before the first collectstatic
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed, compressed names once `collectstatic` (run by `tribuna run`) has made them.
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if (STATIC_ROOT / "staticfiles.json").exists()
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# Media on S3-compatible storage, CDN purging, health checks exempt from the HTTPS redirect:
# tribuna/ops/environ.py (docs/deploy.md).
from tribuna.ops.environ import settings_from_environ as _deployment_settings  # noqa: E402

_deployment = _deployment_settings(os.environ, STORAGES)
globals().update(_deployment)
# Media is served by whitenoise too on a one-process install; a proxy takes over when it grows.
WHITENOISE_MAX_AGE = 3600

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
    }
    if os.environ.get("REDIS_URL")
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}
# Whole pages for readers who are not signed in (tribuna/pagecache): in each web process's
# memory by default, or in Redis with everything else when REDIS_URL is set, which every
# process and machine then shares.
CACHES["pages"] = (
    dict(CACHES["default"], KEY_PREFIX="pages")
    if os.environ.get("REDIS_URL")
    else {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("TRIBUNA_PAGE_CACHE_ENTRIES", "500"))},
    }
)
TRIBUNA_PAGE_CACHE = env_bool("TRIBUNA_PAGE_CACHE", True)
# Without Redis, the processes on this machine learn of content changes from this file.
TRIBUNA_PAGE_GENERATION_FILE = DATA_DIR / "page-cache-generation"
# How long a CDN or proxy may keep a page without asking again (s-maxage); browsers always
# ask, and get a 304 when nothing changed. See docs/deploy.md on purging.
TRIBUNA_SHARED_CACHE_SECONDS = int(os.environ.get("TRIBUNA_SHARED_CACHE_SECONDS", "10"))
# Rate limits must count across every process: the database, or Redis when there is one.
CACHES["ratelimit"] = (
    dict(CACHES["default"])
    if os.environ.get("REDIS_URL")
    else {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "tribuna_ratelimit"}
)

# Outgoing mail: one EMAIL_URL (SMTP, an anymail provider, or the outbox by default),
# plus the bounce webhooks' ANYMAIL_WEBHOOK_SECRET and signing keys; see
# tribuna/mail/config.py. The URL itself is not kept as a setting: it holds secrets.
from tribuna.mail.config import settings_from_environ as _email_settings  # noqa: E402

globals().update(_email_settings(os.environ))
EMAIL_FILE_PATH = DATA_DIR / "outbox"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Tribuna <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security: strict by default; HTTPS-only settings switch on behind TLS.
HTTPS = env_bool("TRIBUNA_HTTPS")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000" if HTTPS else "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
# Wagtail's live preview shows the page in a same-origin frame, so not "DENY".
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]

# Card payments: offered only when both keys are set.
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
STRIPE_API_BASE = os.environ.get("STRIPE_API_BASE", "")  # tests point this at a stand-in on loopback

WAGTAIL_SITE_NAME = "Tribuna"
WAGTAILADMIN_BASE_URL = os.environ.get("TRIBUNA_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# The public search uses the database's own full-text engine unless a search server is named.
from tribuna.search.server_config import search_backend as _search_backend  # noqa: E402

if _search_server := _search_backend(os.environ.get("TRIBUNA_SEARCH_URL", "")):
    WAGTAILSEARCH_BACKENDS["public"] = _search_server
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "xlsx", "ods", "csv", "txt"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No third-party requests, in the admin either (Gravatar would learn editors' e-mail hashes).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAIL_PASSWORD_RESET_ENABLED = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Wagtail logs every page action at INFO; the admin's history keeps them anyway.
    "loggers": {"wagtail": {"level": "WARNING"}},
}
# Uploads are served by the app itself, unless they live in a bucket (TRIBUNA_S3_BUCKET).
TRIBUNA_SERVE_MEDIA = env_bool("TRIBUNA_SERVE_MEDIA", not _deployment["TRIBUNA_MEDIA_ON_S3"])
# Addresses per sitemap file; more than this and /sitemap.xml becomes an index of files.
TRIBUNA_SITEMAP_LIMIT = int(os.environ.get("TRIBUNA_SITEMAP_LIMIT", "5000"))

# --- Content API (tribuna.api) ---
# Read-only, anonymous, JSON only (docs/api.md). The API's views set their own
# authentication, renderers and error handling, so Wagtail's admin API keeps DRF's defaults.
REST_FRAMEWORK = {"DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema"}
SPECTACULAR_SETTINGS = {
    "TITLE": "Tribuna content API",
    "DESCRIPTION": "Published articles, topics, authors and pages of this site, read-only. See docs/api.md.",
    "VERSION": "1",
    "PREPROCESSING_HOOKS": ["tribuna.api.schema.public_api_only"],
    "SERVE_INCLUDE_SCHEMA": False,
    "ENUM_NAME_OVERRIDES": {
        "ArticleTypeEnum": "tribuna.news.models.ArticleType",
        "PageTypeEnum": "tribuna.api.queries.PAGE_TYPE_CHOICES",
    },
}
# How long browsers and shared caches (a CDN) may keep an answer, in seconds.
TRIBUNA_API_MAX_AGE = int(os.environ.get("TRIBUNA_API_MAX_AGE", "300"))
# Cross-origin reads of /api/ only: TRIBUNA_API_CORS_ORIGINS="https://a.example,https://b.example" or "*".
from tribuna.api.cors import cors_settings as _cors_settings  # noqa: E402

globals().update(_cors_settings(os.environ))
