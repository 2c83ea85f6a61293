from django.contrib import admin

from .models import Article, Page, Work


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    """Coaches edit articles here; `load_content` then keeps their version (see docs/content.md)."""

    list_display = ["title", "language", "slug", "minutes"]
    list_filter = ["language"]
    search_fields = ["title", "slug"]
    filter_horizontal = ["works"]


@admin.register(Work)
class WorkAdmin(admin.ModelAdmin):
    list_display = ["key", "year", "title"]
    search_fields = ["key", "title"]


@admin.register(Page)
class PageAdmin(admin.ModelAdmin):
    list_display = ["key", "title", "language"]
    list_filter = ["language"]
