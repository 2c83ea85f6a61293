"""The project's named URL patterns, for project-wide sweeps in tests."""

from django.urls import URLPattern, URLResolver, get_resolver


def named_patterns(skip_namespaces=("admin",)) -> list[tuple[str, URLPattern]]:
    """("namespace:name", pattern) for every named pattern outside the skipped namespaces."""
    found = []

    def walk(patterns, namespace=None):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                if pattern.namespace not in skip_namespaces:
                    walk(pattern.url_patterns, pattern.namespace or namespace)
            elif isinstance(pattern, URLPattern) and pattern.name:
                found.append((f"{namespace}:{pattern.name}" if namespace else pattern.name, pattern))

    walk(get_resolver().url_patterns)
    return found
