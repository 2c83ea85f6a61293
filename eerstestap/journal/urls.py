from django.urls import path

from . import views

app_name = "journal"

urlpatterns = [
    path("", views.entry_list, name="entry_list"),
    path("new/", views.entry_new, name="entry_new"),
    path("draft/", views.draft_save, name="draft_save"),
    path("draft/discard/", views.draft_discard, name="draft_discard"),
    path("<int:pk>/", views.entry_detail, name="entry_detail"),
    path("<int:pk>/edit/", views.entry_edit, name="entry_edit"),
    path("<int:pk>/draft/", views.entry_draft_save, name="entry_draft_save"),
    path("<int:pk>/delete/", views.entry_delete, name="entry_delete"),
]
