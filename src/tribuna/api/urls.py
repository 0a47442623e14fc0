"""/api/v1/…: the read-only content API (see docs/api.md)."""

from django.urls import path, re_path

from . import errors, views

app_name = "api"

# Ids and slugs are matched narrowly: anything else (a huge number, a null byte, a "/")
# falls through to the JSON 404 below instead of reaching the database.
ID = r"(?P<id>[0-9]{1,18})"
SLUG = r"(?P<slug>[-\w]{1,120})"

urlpatterns = [
    path("v1/schema/", views.Schema.as_view(), name="schema"),
    path("v1/articles/", views.ArticleList.as_view(), name="article-list"),
    re_path(rf"^v1/articles/{ID}/$", views.ArticleDetail.as_view(), name="article-detail"),
    path("v1/topics/", views.TopicList.as_view(), name="topic-list"),
    re_path(rf"^v1/topics/{SLUG}/$", views.TopicDetail.as_view(), name="topic-detail"),
    path("v1/authors/", views.AuthorList.as_view(), name="author-list"),
    re_path(rf"^v1/authors/{SLUG}/$", views.AuthorDetail.as_view(), name="author-detail"),
    path("v1/actors/", views.ActorList.as_view(), name="actor-list"),
    re_path(rf"^v1/actors/{SLUG}/$", views.ActorDetail.as_view(), name="actor-detail"),
    path("v1/pages/", views.PageList.as_view(), name="page-list"),
    re_path(rf"^v1/pages/{ID}/$", views.PageDetail.as_view(), name="page-detail"),
    re_path(r"", errors.not_found),
]
