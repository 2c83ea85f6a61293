from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, get_user_model, login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.encoding import force_str
from django.utils.http import urlsafe_base64_decode
from django.utils.translation import check_for_language
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from eerstestap.context_processors import DISCREET_COOKIE
from eerstestap.cookies import set_private_cookie
from eerstestap.journal.services import save_draft_from_post
from eerstestap.privacy import keys
from eerstestap.privacy import services as privacy_services

from . import services, throttle
from .forms import ActivationForm, ChangePasswordForm, LoginForm, PreferencesForm, SignupForm
from .tokens import activation_token


def _remember_device(response, email: str) -> None:
    set_private_cookie(
        response, throttle.DEVICE_COOKIE, throttle.device_cookie_value(email), throttle.DEVICE_COOKIE_MAX_AGE
    )


@sensitive_post_parameters("password")
def signup(request):
    if request.user.is_authenticated:
        return redirect("home")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.sign_up(
            form.cleaned_data["email"],
            form.cleaned_data["password"],
            request.LANGUAGE_CODE if check_for_language(request.LANGUAGE_CODE) else settings.LANGUAGE_CODE,
            form.cleaned_data["time_zone"],
        )
        return redirect("accounts:signup_done")
    return render(request, "accounts/signup.html", {"form": form})


def signup_done(request):
    return render(request, "accounts/signup_done.html")


def _user_from_link(uidb64: str, token: str):
    User = get_user_model()
    try:
        user = User.objects.get(pk=int(force_str(urlsafe_base64_decode(uidb64))))
    except (ValueError, TypeError, OverflowError, User.DoesNotExist):
        return None
    return user if activation_token.check_token(user, token) else None


@sensitive_post_parameters("password")
def activate(request, uidb64, token):
    user = _user_from_link(uidb64, token)
    if user is None or user.is_active:
        return render(request, "accounts/activation_invalid.html", status=400)
    form = ActivationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if user.check_password(form.cleaned_data["password"]):
            services.activate(user)
            # The first log-in creates the person's data key and recovery code.
            person = authenticate(request, username=user.email, password=form.cleaned_data["password"])
            login(request, person)
            messages.success(request, _("Welcome to Eerste Stap. Your account is ready."))
            response = redirect(_after_login(request, reverse("home")))
            _remember_device(response, user.email)
            return response
        form.add_error("password", _("That is not the password you chose when signing up."))
    return render(request, "accounts/activate.html", {"form": form, "email": user.email})


def _after_login(request, default: str) -> str:
    """A recovery code made at this log-in is shown first (once); then the page the person wanted."""
    if keys.SESSION_PENDING_CODE in request.session:
        return reverse("privacy:recovery_code")
    return default


class LoginView(auth_views.LoginView):
    form_class = LoginForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def get_success_url(self):
        return _after_login(self.request, super().get_success_url())

    def form_valid(self, form):
        response = super().form_valid(form)
        _remember_device(response, form.get_user().email)
        return response


login_view = sensitive_post_parameters("password")(LoginView.as_view())


@require_POST
@sensitive_post_parameters("password")
def relogin(request):
    """Log in again from a page whose session expired, without leaving it (the text typed stays there)."""
    form = LoginForm(request, data=request.POST)
    if not form.is_valid():
        errors = [str(error) for error in form.non_field_errors()] or [_("Fill in your e-mail address and password.")]
        return JsonResponse({"ok": False, "error": " ".join(errors)}, status=400)
    login(request, form.get_user())
    response = JsonResponse({"ok": True, "csrf_token": get_token(request)})
    _remember_device(response, form.get_user().email)
    return response


class LogoutView(auth_views.LogoutView):
    """Ends the session on the server (the session row is deleted), not only in the browser."""


@login_required
def preferences(request):
    form = PreferencesForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your settings are saved."))
        response = redirect("accounts:preferences")
        secure = settings.SESSION_COOKIE_SECURE
        response.set_cookie(settings.LANGUAGE_COOKIE_NAME, request.user.language, samesite="Lax", secure=secure)
        # Discreet mode must also hold on the log-in page, where nobody is logged in yet.
        if request.user.discreet:
            set_private_cookie(response, DISCREET_COOKIE, "1", 60 * 60 * 24 * 365)
        else:
            response.delete_cookie(DISCREET_COOKIE, samesite="Lax")
        return response
    return render(request, "accounts/preferences.html", {"form": form})


@require_POST
def set_language(request):
    """Switch the language; a logged-in person keeps the choice on every device."""
    language = request.POST.get("language", "")
    if request.user.is_authenticated and check_for_language(language) and language in dict(settings.LANGUAGES):
        request.user.language = language
        request.user.save(update_fields=["language"])
    return django_set_language(request)


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    form_class = ChangePasswordForm

    def form_valid(self, form):
        response = super().form_valid(form)
        current = self.request.session.session_key
        if form.cleaned_data["end_other_sessions"]:
            privacy_services.end_sessions(form.user, keep=current)
        else:
            privacy_services.keep_other_sessions(form.user, current)
        messages.success(self.request, _("Your password has been changed. Everything you wrote stays readable."))
        return response


@require_POST
def lock(request):
    """Lock now: keep what was being typed, end the session, show the log-in page."""
    save_draft_from_post(request)
    logout(request)
    messages.info(request, _("Locked. Log in to go on where you were."))
    return redirect("accounts:login")


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    def form_valid(self, form):
        response = super().form_valid(form)
        if form.texts_kept:
            messages.success(self.request, _("Your new password is set, and everything you wrote stays readable."))
        else:
            messages.info(
                self.request,
                _(
                    "Your new password is set. Texts you wrote before stay locked; if you find your old recovery "
                    "code, you can open them again under Privacy."
                ),
            )
        return response
