from django.contrib import admin
from django.urls import include, path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("account/", include("eerstestap.accounts.urls")),
    path("journal/", include("eerstestap.journal.urls")),
    path("safety/", include("eerstestap.safety.urls")),
    path("admin/", admin.site.urls),
]
