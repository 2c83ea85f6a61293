from django.contrib import admin

from .models import Lesson, Module


class LessonInline(admin.TabularInline):
    model = Lesson
    fields = ["order", "title", "minutes", "couple_exercise"]
    extra = 0
    show_change_link = True


@admin.register(Module)
class ModuleAdmin(admin.ModelAdmin):
    """Coaches edit the training here; `load_content` then keeps their version (see docs/content.md)."""

    list_display = ["order", "title", "language"]
    list_filter = ["language"]
    inlines = [LessonInline]


@admin.register(Lesson)
class LessonAdmin(admin.ModelAdmin):
    list_display = ["title", "module", "order", "minutes", "couple_exercise"]
    list_filter = ["module__language", "couple_exercise"]
    search_fields = ["title", "slug"]
    filter_horizontal = ["works"]
