from django.views.debug import SafeExceptionReporterFilter

HIDDEN = "********"


class PrivateExceptionReporterFilter(SafeExceptionReporterFilter):
    """Error reports keep the traceback but hide every posted value and every local variable.

    Whatever a person typed may be in a request body or in a local variable of the failing code; marking
    parameters one by one would sooner or later miss one.
    """

    def is_active(self, request):
        return True

    def get_post_parameters(self, request):
        if request is None:
            return {}
        return {name: HIDDEN for name in request.POST}

    def get_traceback_frame_variables(self, request, tb_frame):
        return [(name, HIDDEN) for name in tb_frame.f_locals]
