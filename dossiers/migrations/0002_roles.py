"""Create the role groups with their admin permissions; later migrations grant dossier permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# Frozen copies of dossiers.roles at the time of this migration (migrations must not import live code).
EDITOR = "Biên tập viên"
ADMINISTRATOR = "Quản trị hệ thống"
ROLES = [
    EDITOR,
    "Bộ phận một cửa",
    "Chánh văn phòng",
    "Phó Chánh văn phòng",
    "Chuyên viên",
    "Lãnh đạo UBND",
    ADMINISTRATOR,
]

PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COLLECTION_PERMISSIONS = {
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
    "wagtailimages": ["add_image", "change_image", "choose_image"],
}
ADMINISTRATOR_PERMISSIONS = {
    "auth": ["add_user", "change_user", "view_user", "view_group"],
    "procedures": ["add_agency", "change_agency", "delete_agency", "view_agency"],
    "dossiers": ["add_staffprofile", "change_staffprofile", "view_staffprofile"],
    "cms": ["change_portalsettings"],
}


def permission(apps, app_label, codename):
    return apps.get_model("auth", "Permission").objects.get(content_type__app_label=app_label, codename=codename)


def create_roles(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    access_admin = permission(apps, "wagtailadmin", "access_admin")
    groups = {}
    for name in ROLES:
        groups[name], _ = Group.objects.get_or_create(name=name)
        groups[name].permissions.add(access_admin)

    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=groups[EDITOR], page=root, permission=permission(apps, "wagtailcore", codename)
            )
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for app_label, codenames in COLLECTION_PERMISSIONS.items():
            for codename in codenames:
                GroupCollectionPermission.objects.get_or_create(
                    group=groups[EDITOR], collection=root_collection, permission=permission(apps, app_label, codename)
                )
    for app_label, codenames in ADMINISTRATOR_PERMISSIONS.items():
        for codename in codenames:
            groups[ADMINISTRATOR].permissions.add(permission(apps, app_label, codename))


def delete_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("dossiers", "0001_initial"),
        ("cms", "0001_initial"),
        ("procedures", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailadmin", "0006_formstate"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]
    operations = [migrations.RunPython(create_roles, delete_roles)]
