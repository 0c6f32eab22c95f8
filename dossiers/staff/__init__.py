"""The staff's dossier admin: a Wagtail ``ModelViewSet`` (``viewsets``) whose every view loads dossiers through
``Dossier.objects.visible_to``, so the list, inspect page, edit form, history, exports and attachment
downloads all follow the one access rule."""
