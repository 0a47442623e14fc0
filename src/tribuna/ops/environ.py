"""Settings for the scaled deployment, from the environment (docs/deploy.md).

Media on S3-compatible storage (django-storages), switched on by TRIBUNA_S3_BUCKET:

    TRIBUNA_S3_BUCKET            the bucket; unset keeps media on the local disk
    TRIBUNA_S3_ENDPOINT_URL      the service's address when it is not AWS (MinIO, Garage,
                                 Ceph, Cloudflare R2, a local emulator...)
    TRIBUNA_S3_REGION            e.g. eu-west-2
    TRIBUNA_S3_CUSTOM_DOMAIN     media addresses on this host name instead (a CDN in front
                                 of the bucket), always https
    TRIBUNA_S3_LOCATION          a folder inside the bucket (default: its top)
    TRIBUNA_S3_ADDRESSING_STYLE  "path" or "virtual"; "path" when an endpoint is given
    AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY
                                 read by boto3 itself, like an instance role or
                                 AWS_PROFILE, so no secret passes through the settings

Media is public: addresses carry no signature, objects get no ACL (the bucket's policy
decides who reads), an upload never replaces an object of the same name, and each object
says it may be cached for a day. Static files stay with whitenoise (or nginx). With S3
the app stops serving /media/ itself unless TRIBUNA_SERVE_MEDIA says otherwise.

CDN or proxy purging (Wagtail's frontend cache), TRIBUNA_FRONTEND_CACHE, comma-separated:

    http://127.0.0.1:6081        PURGE requests to Varnish or nginx (with a purge module)
    cloudflare://ZONE_ID         Cloudflare's API; the token in CLOUDFLARE_API_TOKEN
    cloudfront://DISTRIBUTION_ID an invalidation; credentials from the usual AWS variables

Plain code, so settings.py can call it before Django is set up; error messages name
variables, never their values.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

S3_BACKEND = "storages.backends.s3.S3Storage"
MEDIA_MAX_AGE = 86400  # as the app's own /media/ answers


def settings_from_environ(environ, storages: dict) -> dict:
    values = {
        # Load balancers probe over plain HTTP: no redirect to HTTPS for the health checks.
        "SECURE_REDIRECT_EXEMPT": [r"^healthz$", r"^readyz$"],
        "TRIBUNA_MEDIA_ON_S3": False,
    }
    if bucket := environ.get("TRIBUNA_S3_BUCKET", "").strip():
        values["STORAGES"] = {**storages, "default": {"BACKEND": S3_BACKEND, "OPTIONS": s3_options(bucket, environ)}}
        values["TRIBUNA_MEDIA_ON_S3"] = True
    if caches := environ.get("TRIBUNA_FRONTEND_CACHE", "").strip():
        values["WAGTAILFRONTENDCACHE"] = frontend_caches(caches, environ)
        # Each translation is a page of its own with its own address, purged when it is
        # published; Wagtail's default would also purge made-up /<language>/ variants.
        values["WAGTAILFRONTENDCACHE_LANGUAGES"] = []
    return values


def s3_options(bucket: str, environ) -> dict:
    endpoint = environ.get("TRIBUNA_S3_ENDPOINT_URL", "").strip() or None
    style = environ.get("TRIBUNA_S3_ADDRESSING_STYLE", "").strip() or ("path" if endpoint else None)
    if style not in {None, "path", "virtual", "auto"}:
        raise ImproperlyConfigured("TRIBUNA_S3_ADDRESSING_STYLE must be path, virtual or auto.")
    from botocore.config import Config

    return {
        "bucket_name": bucket,
        "endpoint_url": endpoint,
        "region_name": environ.get("TRIBUNA_S3_REGION", "").strip() or None,
        "custom_domain": environ.get("TRIBUNA_S3_CUSTOM_DOMAIN", "").strip() or None,
        "location": environ.get("TRIBUNA_S3_LOCATION", "").strip().strip("/"),
        # A bucket that cannot be reached fails in seconds, not after botocore's minute
        # per attempt (the readiness check waits on it too).
        "client_config": Config(
            s3={"addressing_style": style}, connect_timeout=5, retries={"mode": "standard", "max_attempts": 3}
        ),
        "querystring_auth": False,
        "default_acl": None,
        "file_overwrite": False,
        "object_parameters": {"CacheControl": f"public, max-age={MEDIA_MAX_AGE}"},
    }


def frontend_caches(value: str, environ) -> dict:
    backends = {}
    for url in (item.strip() for item in value.split(",")):
        if not url:
            continue
        parts = urlsplit(url)
        if parts.scheme in {"http", "https"}:
            name, config = "proxy", {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": f"{parts.scheme}://{parts.netloc}",
            }
        elif parts.scheme == "cloudflare":
            token = environ.get("CLOUDFLARE_API_TOKEN", "")
            if not (parts.netloc and token):
                raise ImproperlyConfigured(
                    "TRIBUNA_FRONTEND_CACHE=cloudflare://ZONE_ID needs the zone id and CLOUDFLARE_API_TOKEN."
                )
            name, config = "cloudflare", {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
                "ZONEID": parts.netloc,
                "BEARER_TOKEN": token,
            }
        elif parts.scheme == "cloudfront":
            if not parts.netloc:
                raise ImproperlyConfigured("TRIBUNA_FRONTEND_CACHE=cloudfront://DISTRIBUTION_ID needs the id.")
            name, config = "cloudfront", {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
                "DISTRIBUTION_ID": parts.netloc,
            }
        else:
            raise ImproperlyConfigured(
                "TRIBUNA_FRONTEND_CACHE takes http(s)://host:port, cloudflare://ZONE_ID or cloudfront://DISTRIBUTION_ID."
            )
        key, n = name, 1
        while key in backends:
            n += 1
            key = f"{name}{n}"
        backends[key] = config
    return backends
