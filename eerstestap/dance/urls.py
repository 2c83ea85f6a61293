from django.urls import path

from . import views

app_name = "dance"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("questions/", views.reflections, name="reflections"),
    path("questions/<int:pk>/", views.reflection_detail, name="reflection_detail"),
    path("maps/", views.maps, name="maps"),
    path("maps/new/", views.map_edit, name="map_new"),
    path("maps/<int:pk>/", views.map_detail, name="map_detail"),
    path("maps/<int:pk>/edit/", views.map_edit, name="map_edit"),
    path("experiments/", views.experiments, name="experiments"),
    path("experiments/new/", views.experiment_new, name="experiment_new"),
    path("experiments/<int:pk>/", views.experiment_detail, name="experiment_detail"),
    path("circle/", views.circle, name="circle"),
    path("circle/<int:pk>/zone/", views.worry_zone, name="worry_zone"),
    path("need/", views.statements, name="statements"),
    path("need/<int:pk>/", views.statement_detail, name="statement_detail"),
    path("need/<int:pk>/practised/", views.statement_practised, name="statement_practised"),
    path("boundaries/", views.boundaries, name="boundaries"),
    path("boundaries/<int:pk>/", views.boundary_detail, name="boundary_detail"),
    path("<str:kind>/<int:pk>/delete/", views.delete, name="delete"),
    path("feedback/<str:kind>/", views.feedback, name="feedback"),
]
