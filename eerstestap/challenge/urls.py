from django.urls import path

from . import views

app_name = "challenge"

urlpatterns = [
    path("", views.index, name="index"),
    path("join/", views.join, name="join"),
    path("reminders/", views.reminder_settings, name="reminders"),
    path("restart/", views.restart, name="restart"),
    path("day/<int:number>/", views.day, name="day"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
