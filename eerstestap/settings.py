"""Settings for Eerste Stap, driven by environment variables (see README, "Configuration").

EERSTESTAP_ENV chooses the defaults: "production" (the default: secure unless told otherwise),
"development" (what `make run` uses) or "test" (what the test suite uses).
"""

import os
import secrets
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
PACKAGE_DIR = Path(__file__).resolve().parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


ENVIRONMENT = os.environ.get("EERSTESTAP_ENV", "production")
if ENVIRONMENT not in {"production", "development", "test"}:
    raise ImproperlyConfigured("EERSTESTAP_ENV must be production, development or test.")
PRODUCTION = ENVIRONMENT == "production"

DEBUG = env_bool("EERSTESTAP_DEBUG", ENVIRONMENT == "development")
DATA_DIR = Path(os.environ.get("EERSTESTAP_DATA_DIR", BASE_DIR / "data"))
CONTENT_DIR = Path(os.environ.get("EERSTESTAP_CONTENT_DIR", BASE_DIR / "content"))


def _secret_key() -> str:
    key = os.environ.get("EERSTESTAP_SECRET_KEY", "")
    if key:
        return key
    if PRODUCTION:
        raise ImproperlyConfigured("Set EERSTESTAP_SECRET_KEY (50+ random characters) in production.")
    if ENVIRONMENT == "test":
        return "test-only-secret-key-" + "x" * 50
    # Development keeps one key on disk so that a restart does not log everyone out.
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(64))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env_list("EERSTESTAP_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("EERSTESTAP_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "csp",
    "eerstestap.accounts",
    "eerstestap.privacy",
    "eerstestap.journal",
    "eerstestap.dance",
    "eerstestap.library",
    "eerstestap.training",
    "eerstestap.challenge",
    "eerstestap.safety",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "eerstestap.privacy.middleware.UnlockMiddleware",
    "eerstestap.privacy.middleware.ConsentMiddleware",
    "eerstestap.accounts.middleware.PersonPreferencesMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "eerstestap.middleware.NoStoreMiddleware",
]

ROOT_URLCONF = "eerstestap.urls"
WSGI_APPLICATION = "eerstestap.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "eerstestap.context_processors.site",
            ],
        },
    },
]

# SQLite is the embedded default; DATABASE_URL switches to PostgreSQL for scale-out.
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60)}
else:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "eerstestap.sqlite3",
            "OPTIONS": {
                # WAL lets readers work while one writer commits; synchronous=FULL makes every commit
                # durable even on power loss (NORMAL would only be safe against a crash of the process).
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;",
                "transaction_mode": "IMMEDIATE",
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Shared state (login throttling) must be visible to every app process: Redis when given, else the database.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "eerstestap_cache"}}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["eerstestap.privacy.backends.UnlockingBackend"]
# Argon2id cost for the key that wraps each person's data key (OWASP/ASVS: at least 19 MiB, t=2).
# The parameters are stored with every wrapped key, so raising them later locks nobody out.
ENCRYPTION_KDF = (
    {"time_cost": 1, "memory_cost_kib": 8 * 1024, "parallelism": 1}
    if ENVIRONMENT == "test"
    else {"time_cost": 3, "memory_cost_kib": 64 * 1024, "parallelism": 1}
)
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "accounts:login"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
if ENVIRONMENT == "test":
    PASSWORD_HASHERS = ["eerstestap.testing.hashers.QuickArgon2PasswordHasher", *PASSWORD_HASHERS]
# ASVS V2.1 (see accounts/passwords.py).
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "eerstestap.accounts.passwords.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
    {"NAME": "eerstestap.accounts.passwords.MaximumLengthValidator"},
    {"NAME": "eerstestap.accounts.passwords.CommonPasswordValidator"},
    {"NAME": "eerstestap.accounts.passwords.EmailSimilarityValidator"},
]
PASSWORD_RESET_TIMEOUT = 60 * 60 * 3

SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "eerstestap.views.csrf_failure"
# Error reports (logs, mails) never show request bodies or local variables: they may hold a person's text.
DEFAULT_EXCEPTION_REPORTER_FILTER = "eerstestap.privacy.reporting.PrivateExceptionReporterFilter"
ADMINS = [("Eerste Stap", address) for address in env_list("EERSTESTAP_ADMINS", "")]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [Path(os.environ.get("EERSTESTAP_LOCALE_DIR", PACKAGE_DIR / "locale"))]
LANGUAGE_COOKIE_NAME = "eerstestap_language"
LANGUAGE_COOKIE_SAMESITE = "Lax"
USE_I18N = True
TIME_ZONE = "Europe/Amsterdam"
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
# Production serves collected files (collectstatic); elsewhere WhiteNoise finds them in the source tree.
STATIC_ROOT = Path(os.environ.get("EERSTESTAP_STATIC_ROOT", DATA_DIR / "static")) if PRODUCTION else None
WHITENOISE_USE_FINDERS = not PRODUCTION
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# E-mail: printed to the console while developing, SMTP otherwise.
EMAIL_BACKEND = os.environ.get(
    "EERSTESTAP_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if ENVIRONMENT == "development"
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Eerste Stap <noreply@eerstestap.nl>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Discreet mode: a sender without the product's name, for mail a partner might see.
DISCREET_FROM_EMAIL = os.environ.get("DISCREET_FROM_EMAIL", "noreply@eerstestap.nl")
SITE_URL = os.environ.get("EERSTESTAP_SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# Quick exit goes to an ordinary, neutral page (a weather forecast).
QUICK_EXIT_URL = os.environ.get("EERSTESTAP_QUICK_EXIT_URL", "https://www.knmi.nl/nederland-nu/weer/verwachtingen")
_exit = urlsplit(QUICK_EXIT_URL)
QUICK_EXIT_ORIGIN = f"{_exit.scheme}://{_exit.netloc}"

JOURNAL_ENTRY_MAX_CHARS = 50_000
# A draft may grow past the entry limit so that nothing typed is lost before the person shortens it.
JOURNAL_DRAFT_MAX_CHARS = 500_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 4 * 1024 * 1024

# Security headers. CSP allows no inline script or style at all.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "form-action": [SELF, QUICK_EXIT_ORIGIN],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
# "same-origin": other sites learn nothing, while our own form posts keep a real Origin header (CSRF).
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

HTTPS = env_bool("EERSTESTAP_HTTPS", PRODUCTION)
if HTTPS:
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
if env_bool("EERSTESTAP_BEHIND_PROXY", False):
    # Only behind a load balancer that sets this header itself and strips it from clients.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    USE_X_FORWARDED_HOST = True
SILENCED_SYSTEM_CHECKS: list[str] = []

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "mail_admins": {"class": "django.utils.log.AdminEmailHandler", "filters": ["require_debug_false"]},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("EERSTESTAP_LOG_LEVEL", "INFO")},
    "loggers": {"django.request": {"handlers": ["console", "mail_admins"], "level": "ERROR", "propagate": False}},
}

LOGIN_THROTTLE = {
    # Failures allowed before a pause is needed; the pause then doubles per failure up to the cap.
    # There is no permanent lock-out, so nobody can lock a person out of their own journal on purpose.
    "free_attempts": 5,
    "base_delay_seconds": 2,
    "max_delay_seconds": 15 * 60,
    "window_seconds": 24 * 60 * 60,
}
