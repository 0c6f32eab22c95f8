"""Helpers for tests that fill online forms."""


def post_and_confirm(client, page, data):
    """One submission as a citizen makes it: the form's POST, then "Nộp hồ sơ" on the check-your-answers page it
    leads to. Returns the form's response when it was refused (400 with the errors), else the submit's (a redirect
    to the confirmation when the dossier was made)."""
    response = client.post(page.url, data)
    if response.status_code != 302 or not response["Location"].endswith("/kiem-tra/"):
        return response
    return client.post(response["Location"])
