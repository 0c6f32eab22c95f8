"""Public search over the procedure catalogue: accent-insensitive, filterable, paginated."""

from django.core.paginator import Paginator
from django.shortcuts import render

from portal.text import fold
from procedures.models import ProcedurePage

from .forms import CatalogueSearchForm

RESULTS_PER_PAGE = 10


def search_procedures(query="", subsystem=None, level=""):
    """Live procedures matching every word of ``query`` with or without diacritics, best first."""
    procedures = ProcedurePage.objects.live().select_related("agency")
    if subsystem is not None:
        procedures = procedures.descendant_of(subsystem)
    if level:
        procedures = procedures.filter(online_level=level)
    if query:
        return procedures.search(fold(query), operator="and")
    return procedures.order_by("title")


def search(request):
    form = CatalogueSearchForm(request.GET or None)
    page_obj = None
    status = 200
    if form.is_bound:
        if form.is_valid():
            results = search_procedures(
                form.cleaned_data["q"], form.cleaned_data["subsystem"], form.cleaned_data["level"]
            )
            page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        else:
            status = 400
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    context = {"form": form, "page_obj": page_obj, "query_string": query_without_page.urlencode()}
    return render(request, "search/search.html", context, status=status)
