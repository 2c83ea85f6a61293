from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from . import crypto, keys, services
from .forms import ConsentForm, DeleteAccountForm, ExportForm, PasswordCheckForm, RecoveryCodeForm


def policy(request):
    return render(request, "privacy/policy.html")


@login_required
def overview(request):
    retired = request.user.data_keys.filter(retired_at__isnull=False).exists()
    return render(request, "privacy/overview.html", {"has_retired_key": retired})


@login_required
def recovery_code(request):
    """Shows a new recovery code once; afterwards it exists only on the person's paper."""
    if request.method == "POST":
        return redirect("home")
    code = keys.pop_pending_recovery_code(request)
    if code is None:
        return redirect("privacy:overview")
    return render(request, "privacy/recovery_code.html", {"code": code})


@login_required
@sensitive_post_parameters("password")
def new_recovery_code(request):
    form = PasswordCheckForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = keys.new_recovery_code(request.user, form.cleaned_data["password"])
        return render(request, "privacy/recovery_code.html", {"code": code, "replaced": True})
    return render(
        request,
        "privacy/password_check.html",
        {
            "form": form,
            "title": _("A new recovery code"),
            "intro": _("Your old recovery code stops working when you make a new one."),
            "button": _("Make a new code"),
        },
    )


@login_required
@sensitive_post_parameters("code")
def restore(request):
    form = RecoveryCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            count = keys.restore_retired(request.user, form.cleaned_data["code"])
        except crypto.DecryptionError:
            form.add_error("code", _("This code does not open your old texts. Check it and try again."))
        else:
            messages.success(request, _("Your old texts are readable again (%(count)s restored).") % {"count": count})
            return redirect("privacy:overview")
    return render(request, "privacy/restore.html", {"form": form})


@login_required
@sensitive_post_parameters("password")
def export(request):
    form = ExportForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        stamp = timezone.localdate().isoformat()
        if form.cleaned_data["format"] == "json":
            response = HttpResponse(services.export_json(request.user), content_type="application/json; charset=utf-8")
            response["Content-Disposition"] = f'attachment; filename="eerstestap-{stamp}.json"'
        else:
            response = HttpResponse(services.export_html(request.user), content_type="text/html; charset=utf-8")
            response["Content-Disposition"] = f'attachment; filename="eerstestap-{stamp}.html"'
        return response
    return render(request, "privacy/export_form.html", {"form": form})


@login_required
@sensitive_post_parameters("password")
def delete(request):
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        services.delete_account(user)
        return render(request, "privacy/deleted.html")
    return render(request, "privacy/delete_form.html", {"form": form})


@login_required
def consent(request):
    """Asked once (and again after withdrawing): without consent, only export and deletion remain."""
    form = ConsentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        request.user.consent_at = timezone.now()
        request.user.save(update_fields=["consent_at"])
        messages.success(request, _("Thank you. Your consent is recorded."))
        return redirect("home")
    return render(request, "privacy/consent.html", {"form": form})


@login_required
@require_POST
def withdraw_consent(request):
    request.user.consent_at = None
    request.user.save(update_fields=["consent_at"])
    return redirect("privacy:consent")
