from django import template

from portal.people import display_name as name_of

register = template.Library()


@register.filter
def display_name(user, default=""):
    """``{{ user|display_name:"—" }}``: the person's name in Vietnamese order."""
    return name_of(user, default)
