"""The person's way through the training: which lesson to resume, progress, and exercises done."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import Lesson, LessonProgress, Module


@dataclass
class ModuleView:
    module: Module
    lessons: list[tuple[Lesson, LessonProgress | None]]

    @property
    def done(self) -> int:
        return sum(1 for _, progress in self.lessons if progress and progress.is_done)


def modules(language: str) -> list[Module]:
    return list(Module.objects.filter(language=language).prefetch_related("lessons"))


def lessons_in_order(language: str) -> list[Lesson]:
    return list(Lesson.objects.filter(module__language=language).select_related("module"))


def get_lesson(language: str, module_slug: str, lesson_slug: str) -> Lesson | None:
    return (
        Lesson.objects.filter(module__language=language, module__slug=module_slug, slug=lesson_slug)
        .select_related("module")
        .first()
    )


def lesson_by_key(language: str, key: str) -> Lesson | None:
    module_slug, _, lesson_slug = key.partition("/")
    return get_lesson(language, module_slug, lesson_slug) if lesson_slug else None


def progress_by_key(user) -> dict[str, LessonProgress]:
    return {item.lesson_key: item for item in LessonProgress.objects.filter(user=user)}


def overview(user, language: str) -> list[ModuleView]:
    progress = progress_by_key(user)
    return [
        ModuleView(module, [(lesson, progress.get(f"{module.slug}/{lesson.slug}")) for lesson in module.lessons.all()])
        for module in modules(language)
    ]


def resume_lesson(user, language: str) -> Lesson | None:
    """Where to go on: the lesson last opened and not finished, else the first lesson not done (None: all done)."""
    progress = progress_by_key(user)
    lessons = lessons_in_order(language)
    open_ones = [
        progress[lesson.key] for lesson in lessons if lesson.key in progress and not progress[lesson.key].is_done
    ]
    if open_ones:
        latest = max(open_ones, key=lambda item: item.visited_at)
        return next(lesson for lesson in lessons if lesson.key == latest.lesson_key)
    return next((lesson for lesson in lessons if lesson.key not in progress), None)


def neighbours(lesson: Lesson) -> tuple[Lesson | None, Lesson | None]:
    """The lessons before and after this one, across module borders."""
    lessons = lessons_in_order(lesson.module.language)
    index = next(i for i, item in enumerate(lessons) if item.pk == lesson.pk)
    return (lessons[index - 1] if index > 0 else None, lessons[index + 1] if index + 1 < len(lessons) else None)


def _progress(user, lesson_key: str) -> LessonProgress:
    try:
        with transaction.atomic():
            progress, _ = LessonProgress.objects.get_or_create(user=user, lesson_key=lesson_key)
    except IntegrityError:  # opened in two tabs at once
        progress = LessonProgress.objects.get(user=user, lesson_key=lesson_key)
    return progress


def open_lesson(user, lesson: Lesson) -> LessonProgress:
    """Reading a lesson starts it (once) and makes it the place to resume."""
    progress = _progress(user, lesson.key)
    progress.visited_at = timezone.now()
    progress.save(update_fields=["visited_at"])
    return progress


def set_done(user, lesson: Lesson, done: bool = True) -> LessonProgress:
    progress = _progress(user, lesson.key)
    progress.done_at = timezone.now() if done else None
    progress.save(update_fields=["done_at"])
    return progress


def record_journal_exercise(user, lesson_key: str, entry) -> None:
    """A journal entry written for a lesson's exercise: the lesson shows it was done, with a link to the entry."""
    progress = _progress(user, lesson_key)
    progress.exercise_entry = entry
    progress.save(update_fields=["exercise_entry"])


def counts(user, language: str) -> tuple[int, int]:
    """(lessons done, lessons in all)."""
    keys = {lesson.key for lesson in lessons_in_order(language)}
    done = sum(1 for key, item in progress_by_key(user).items() if key in keys and item.is_done)
    return done, len(keys)


def lesson_for_entry(user, entry, language: str) -> Lesson | None:
    """The lesson whose exercise this journal entry was written for, if any."""
    progress = LessonProgress.objects.filter(user=user, exercise_entry=entry).first()
    return lesson_by_key(language, progress.lesson_key) if progress else None
