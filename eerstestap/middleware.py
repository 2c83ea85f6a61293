class NoStoreMiddleware:
    """Pages are never kept in the browser's or a proxy's cache.

    Someone else may use the same device: after logging out or a quick exit, Back must not show a stored
    copy of a journal page. Static assets (served earlier by WhiteNoise) keep their long cache lifetimes.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response["Cache-Control"] = "no-store"
        return response
