from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("policy/", views.policy, name="policy"),
    path("recovery-code/", views.recovery_code, name="recovery_code"),
    path("recovery-code/new/", views.new_recovery_code, name="new_recovery_code"),
    path("restore/", views.restore, name="restore"),
    path("export/", views.export, name="export"),
    path("delete/", views.delete, name="delete"),
    path("consent/", views.consent, name="consent"),
    path("consent/withdraw/", views.withdraw_consent, name="withdraw_consent"),
]
