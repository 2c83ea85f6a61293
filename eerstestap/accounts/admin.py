from django.contrib import admin

from .models import User


@admin.register(User)
class UserAdmin(admin.ModelAdmin):
    """Staff see account facts only; nothing a person wrote is reachable from here."""

    list_display = ["email", "language", "is_active", "is_coach", "is_staff", "date_joined"]
    list_filter = ["is_active", "is_coach", "is_staff", "language"]
    search_fields = ["email"]
    fields = [
        "email",
        "language",
        "time_zone",
        "is_active",
        "is_coach",
        "is_staff",
        "is_superuser",
        "date_joined",
        "last_login",
    ]
    readonly_fields = ["date_joined", "last_login"]
