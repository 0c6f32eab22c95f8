"""Browse the catalogue by implementing agency."""

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, render

from .models import Agency, ProcedurePage

PROCEDURES_PER_PAGE = 20


def agency_list(request):
    live_procedures = Q(procedures__live=True)
    agencies = Agency.objects.annotate(procedure_count=Count("procedures", filter=live_procedures)).order_by("name")
    return render(request, "procedures/agency_list.html", {"agencies": agencies})


def agency_detail(request, pk):
    agency = get_object_or_404(Agency, pk=pk)
    procedures = ProcedurePage.objects.live().filter(agency=agency).order_by("title")
    page = Paginator(procedures, PROCEDURES_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "procedures/agency_detail.html", {"agency": agency, "page_obj": page})
