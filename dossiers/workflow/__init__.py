"""The one-stop workflow: the table of steps (``table``), what each does (``steps``, ``creation``) and the engine
that creates and moves dossiers (``engine``: ``create()`` and ``transition()``, the only writers of a status)."""
