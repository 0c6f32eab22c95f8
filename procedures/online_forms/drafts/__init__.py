"""The journey through an online form between its first POST and the dossier: a draft per visitor holding the
answers and the files that passed their checks (``store``), the check-your-answers page and the submission from it,
saving to finish later through a signed link sent by email (``links``, ``mail``), a request too large for its page
refused before its body is read (``size_limit``), and the expired drafts' removal (``procedures.tasks``)."""
