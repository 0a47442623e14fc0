"""sitemap.xml and robots.txt, at the site root (feeds follow the language: feed_urls.py)."""

from django.urls import path

from . import views

app_name = "syndication"
urlpatterns = [
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("sitemap-<int:number>.xml", views.sitemap_page, name="sitemap_page"),
    path("robots.txt", views.robots_txt, name="robots"),
]
