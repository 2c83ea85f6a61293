from django.conf import settings


def set_private_cookie(response, name: str, value: str, max_age: int) -> None:
    """A cookie the page's script never needs: HttpOnly, same-site, and secure wherever the session is."""
    response.set_cookie(
        name, value, max_age=max_age, httponly=True, secure=settings.SESSION_COOKIE_SECURE, samesite="Lax"
    )
