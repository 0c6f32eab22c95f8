"""Loads the demo catalogue into the page tree. Idempotent: what exists (by slug, code or title) is left as an
editor may have changed it; only what is missing is created, so a second run loses nothing."""

from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Page, Site

from cms.models import HomePage, PortalSettings
from portal.text import fold
from procedures.models import (
    Agency,
    Department,
    OnlineLevel,
    ProcedureDocument,
    ProcedurePage,
    ResultForm,
    SubsystemPage,
)

from .catalogue import AGENCIES, FORM_TEMPLATES, SUBSYSTEMS
from .form_templates import build_form_template
from .online_forms import ensure_online_forms

HOME_TITLE = "Cổng dịch vụ công một cửa tỉnh"
HOME_INTRO = (
    "Tra cứu thủ tục hành chính, nộp hồ sơ trực tuyến và theo dõi tình trạng giải quyết hồ sơ "
    "tại Bộ phận Một cửa của Văn phòng HĐND và UBND tỉnh."
)


def ensure_home_page():
    """The default site's root becomes a HomePage; Wagtail's placeholder welcome page is removed."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title=HOME_TITLE, slug="trang-chu", intro=HOME_INTRO))
    if site is None:
        site = Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    elif site.root_page_id != home.pk:
        placeholder = site.root_page
        site.root_page = home
        site.save()
        if type(placeholder.specific) is Page and not placeholder.get_children().exists():
            placeholder.delete()
    site.site_name = site.site_name or "Một cửa"
    site.save()
    PortalSettings.objects.get_or_create(
        site=site,
        defaults={
            "organisation_name": "Văn phòng Ủy ban nhân dân tỉnh",
            "address": "Số 1 đường Trung tâm Hành chính, phường Trung tâm, tỉnh H56",
            "hotline": "1900 0000",
            "email": "motcua@example.gov.vn",
        },
    )
    return home


def ensure_agencies():
    agencies = {}
    for spec in AGENCIES:
        fields = {key: value for key, value in spec.items() if key not in {"code", "departments"}}
        agency, _ = Agency.objects.get_or_create(code=spec["code"], defaults=fields)
        for name in spec["departments"]:
            Department.objects.get_or_create(agency=agency, name=name)
        agencies[agency.code] = agency
    return agencies


def ensure_form_templates():
    Document = get_document_model()
    documents = {}
    for key, spec in FORM_TEMPLATES.items():
        document = Document.objects.filter(title=spec["title"]).first()
        if document is None:
            document = Document(title=spec["title"])
            document.file.save(spec["filename"], ContentFile(build_form_template(spec)), save=False)
            document.save()
        documents[key] = document
    return documents


def publish(page):
    page.save_revision().publish()


def ensure_subsystem(home, spec):
    subsystem = SubsystemPage.objects.child_of(home).filter(slug=spec["slug"]).first()
    if subsystem is None:
        subsystem = home.add_child(
            instance=SubsystemPage(
                title=spec["title"], slug=spec["slug"], short_name=spec["short_name"], intro=spec["intro"]
            )
        )
        publish(subsystem)
    return subsystem


PROCEDURE_FIELDS = [
    "online_level",
    "processing_time",
    "processing_time_unit",
    "fee_amount",
    "fee_note",
    "applicants",
    "conditions",
    "number_of_sets",
    "submission_place",
    "steps",
    "result",
    "legal_basis",
]


# The demo's assumption: what can be applied for online is also returned electronically (paper too, where the
# originals are brought in anyway); the real catalogue says it per procedure.
DEMO_RESULT_FORMS = {
    OnlineLevel.FULL: ResultForm.ELECTRONIC,
    OnlineLevel.PARTIAL: ResultForm.BOTH,
    OnlineLevel.INFORMATION: ResultForm.PAPER,
}


def ensure_procedure(subsystem, spec, agencies, templates):
    if ProcedurePage.objects.filter(procedure_code=spec["code"]).exists():
        return False
    page = ProcedurePage(
        title=spec["title"],
        slug=slugify(fold(spec["title"])),
        procedure_code=spec["code"],
        agency=agencies[spec["agency"]],
        result_form=DEMO_RESULT_FORMS[spec["online_level"]],
        **{field: spec[field] for field in PROCEDURE_FIELDS},
    )
    page.documents = [
        ProcedureDocument(
            sort_order=order,
            name=document["name"],
            originals=document["originals"],
            certified_copies=document["certified_copies"],
            photocopies=document["photocopies"],
            template=templates.get(document["template"]) if document["template"] else None,
        )
        for order, document in enumerate(spec["documents"])
    ]
    subsystem.add_child(instance=page)
    publish(page)
    return True


def load_catalogue():
    """Returns how many procedure pages this run created (0 on a second run)."""
    home = ensure_home_page()
    agencies = ensure_agencies()
    templates = ensure_form_templates()
    created = 0
    for subsystem_spec in SUBSYSTEMS:
        subsystem = ensure_subsystem(home, subsystem_spec)
        for procedure_spec in subsystem_spec["procedures"]:
            created += ensure_procedure(subsystem, procedure_spec, agencies, templates)
    ensure_online_forms()
    return created
