from django.urls import path

from . import views

app_name = "safety"

urlpatterns = [
    path("", views.safety_page, name="page"),
    path("exit/", views.quick_exit, name="quick_exit"),
]
