from django.contrib import admin
from django.urls import include, path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("account/", include("eerstestap.accounts.urls")),
    path("journal/", include("eerstestap.journal.urls")),
    path("dance/", include("eerstestap.dance.urls")),
    path("library/", include("eerstestap.library.urls")),
    path("training/", include("eerstestap.training.urls")),
    path("challenge/", include("eerstestap.challenge.urls")),
    path("safety/", include("eerstestap.safety.urls")),
    path("privacy/", include("eerstestap.privacy.urls")),
    path("manifest.webmanifest", views.manifest, name="manifest"),
    path("admin/", admin.site.urls),
]
