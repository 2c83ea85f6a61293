from django.contrib import admin

from .models import ChallengeDay


@admin.register(ChallengeDay)
class ChallengeDayAdmin(admin.ModelAdmin):
    """Coaches edit the challenge days here; `load_content` then keeps their version (see docs/content.md)."""

    list_display = ["day", "title", "language"]
    list_filter = ["language"]
    search_fields = ["title", "step"]
