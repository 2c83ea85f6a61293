from django.urls import path

from . import views

app_name = "training"

urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:module_slug>/<slug:lesson_slug>/", views.lesson, name="lesson"),
    path("<slug:module_slug>/<slug:lesson_slug>/done/", views.lesson_done, name="lesson_done"),
]
