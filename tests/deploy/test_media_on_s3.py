"""Media on S3-compatible storage, against moto's S3 emulator running as a real server."""

import io

import pytest
from django.core.exceptions import ImproperlyConfigured

from deploy_support import http_get, png
from tribuna.ops.environ import S3_BACKEND, settings_from_environ

LOCAL = {"default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}, "staticfiles": {"BACKEND": "x"}}


def test_without_a_bucket_media_stays_on_disk():
    environ = {}
    values = settings_from_environ(environ, LOCAL)
    assert "STORAGES" not in values and values["TRIBUNA_MEDIA_ON_S3"] is False


def test_a_bucket_moves_media_and_stops_the_app_serving_it():
    environ = {"TRIBUNA_S3_BUCKET": "media", "TRIBUNA_S3_ENDPOINT_URL": "https://s3.example.net", "TRIBUNA_S3_REGION": "eu-west-2"}
    values = settings_from_environ(environ, LOCAL)
    default = values["STORAGES"]["default"]
    assert default["BACKEND"] == S3_BACKEND
    options = default["OPTIONS"]
    assert options["bucket_name"] == "media"
    assert options["endpoint_url"] == "https://s3.example.net"
    assert options["region_name"] == "eu-west-2"
    assert options["querystring_auth"] is False  # public addresses, no expiring signatures
    assert options["default_acl"] is None
    assert options["file_overwrite"] is False  # Wagtail keeps names unique
    assert options["client_config"].s3 == {"addressing_style": "path"}
    assert "access_key" not in options and "secret_key" not in options  # boto3 reads them itself
    assert values["STORAGES"]["staticfiles"] == LOCAL["staticfiles"]  # whitenoise keeps static files
    assert values["TRIBUNA_MEDIA_ON_S3"] is True


@pytest.mark.parametrize(
    "environ, serves",
    [({}, "True"), ({"TRIBUNA_S3_BUCKET": "media"}, "False"), ({"TRIBUNA_S3_BUCKET": "media", "TRIBUNA_SERVE_MEDIA": "1"}, "True")],
)
def test_the_app_serves_media_itself_unless_a_bucket_holds_it(environ, serves, tmp_path):
    import os
    import subprocess
    import sys

    inherited = {name: value for name, value in os.environ.items() if name != "TRIBUNA_SERVE_MEDIA"}
    env = {**inherited, "TRIBUNA_DATA_DIR": str(tmp_path), **environ}
    code = "from tribuna import settings; print(settings.TRIBUNA_SERVE_MEDIA)"
    assert subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout.strip() == serves


def test_aws_itself_needs_no_endpoint_and_a_custom_domain_is_kept():
    options = settings_from_environ(
        {"TRIBUNA_S3_BUCKET": "media", "TRIBUNA_S3_CUSTOM_DOMAIN": "media.example.org", "TRIBUNA_S3_LOCATION": "/site/"},
        LOCAL,
    )["STORAGES"]["default"]["OPTIONS"]
    assert options["endpoint_url"] is None
    assert options["custom_domain"] == "media.example.org"
    assert options["location"] == "site"
    assert options["client_config"].s3 == {"addressing_style": None}


def test_frontend_cache_urls_become_wagtail_backends():
    values = settings_from_environ(
        {
            "TRIBUNA_FRONTEND_CACHE": "http://127.0.0.1:6081, cloudflare://0123abcd, cloudfront://E2EXAMPLE",
            "CLOUDFLARE_API_TOKEN": "cf-token",
        },
        LOCAL,
    )
    assert values["WAGTAILFRONTENDCACHE"] == {
        "proxy": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": "http://127.0.0.1:6081"},
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": "0123abcd",
            "BEARER_TOKEN": "cf-token",
        },
        "cloudfront": {"BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend", "DISTRIBUTION_ID": "E2EXAMPLE"},
    }
    assert values["WAGTAILFRONTENDCACHE_LANGUAGES"] == []
    assert "WAGTAILFRONTENDCACHE" not in settings_from_environ({}, LOCAL)


@pytest.mark.parametrize(
    "value", ["cloudflare://0123abcd", "ftp://cache.example.net", "cloudfront://"],
)
def test_frontend_cache_mistakes_are_refused(value):
    with pytest.raises(ImproperlyConfigured):
        settings_from_environ({"TRIBUNA_FRONTEND_CACHE": value}, LOCAL)


@pytest.mark.django_db
def test_an_uploaded_image_and_its_renditions_live_in_the_bucket(media_on_s3, s3_server):
    from django.core.files.images import ImageFile
    from PIL import Image as PillowImage
    from wagtail.images.models import Image

    original = png()
    image = Image.objects.create(title="Lima", file=ImageFile(io.BytesIO(original), name="lima.png"))
    bucket_prefix = f"{s3_server.endpoint}/{media_on_s3['TRIBUNA_S3_BUCKET']}/"

    assert image.file.url.startswith(bucket_prefix + "original_images/lima")
    assert "Signature" not in image.file.url and "?" not in image.file.url
    status, headers, body = http_get(image.file.url)
    assert status == 200 and body == original
    assert headers["Cache-Control"] == "public, max-age=86400"

    # A second upload of the same name gets a name of its own.
    other = Image.objects.create(title="Lima again", file=ImageFile(io.BytesIO(png(colour=(0, 0, 0))), name="lima.png"))
    assert other.file.name != image.file.name
    assert http_get(image.file.url)[2] == original

    rendition = image.get_rendition("fill-80x60|format-webp")
    assert rendition.url.startswith(bucket_prefix + "images/")
    status, headers, body = http_get(rendition.url)
    assert status == 200, (rendition.url, body[:500])
    made = PillowImage.open(io.BytesIO(body))
    assert (made.format, made.size) == ("WEBP", (80, 60))
    keys = {item["Key"] for item in s3_server.client().list_objects_v2(Bucket=media_on_s3["TRIBUNA_S3_BUCKET"])["Contents"]}
    assert {image.file.name, other.file.name, rendition.file.name} <= keys
