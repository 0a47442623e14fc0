from django.urls import path

from . import views

app_name = "members"

urlpatterns = [
    path("", views.account_page, name="account"),
    path("sign-in/", views.request_link, name="request_link"),
    path("sign-in/link/", views.sign_in, name="sign_in"),
    path("welcome/", views.welcome, name="welcome"),
    path("sign-out/", views.sign_out, name="sign_out"),
    path("newsletter/", views.newsletter_preference, name="newsletter"),
    path("data.json", views.data_export, name="data"),
    path("close/", views.close_account, name="close"),
    path("receipts/<int:pk>/", views.receipt, name="receipt"),
    path("pay/", views.pay_by_card, name="pay"),
    path("plan/", views.change_plan, name="change_plan"),
]
