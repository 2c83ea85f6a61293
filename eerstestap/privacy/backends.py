from django.contrib.auth.backends import ModelBackend

from . import crypto, keys


class UnlockingBackend(ModelBackend):
    """Password log-in that also opens the person's data key (kept on the user object until login())."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None:
            return None
        try:
            user.eerstestap_unlocked = keys.unlock_with_password(user, password)
        except crypto.DecryptionError:
            # The password is right but does not open the key (it was set outside Eerste Stap's own
            # screens). Refuse rather than log in to a journal that cannot be read.
            return None
        return user
