from django.urls import path

from . import tracking, views

app_name = "newsletters"

urlpatterns = [
    path("", views.index, name="index"),
    path("thanks/", views.thanks, name="thanks"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("preferences/<str:token>/", views.preferences, name="preferences"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("c/<int:campaign_id>/<int:position>/", tracking.click, name="click"),
    path("o/<int:campaign_id>.gif", tracking.open_image, name="open"),
]
