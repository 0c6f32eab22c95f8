"""Sample inputs many tests send: the smallest valid PDF, and an applicant block as the online forms post it."""

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

# What every applicant block posts besides what is typed: a person with a CCCD, who acknowledged the personal data
# notice (at the counter: staff ticked that they told the applicant).
APPLICANT_CHOICES = {"applicant_kind": "person", "applicant_id_type": "cccd", "privacy_acknowledged": "on"}

# A woman born in 1990: her CCCD's 4th digit is 1 (female, 1900s), its 5th and 6th the year's "90".
APPLICANT = {
    **APPLICANT_CHOICES,
    "applicant_name": "Nguyễn Thị Hoa",
    "applicant_id_number": "001 190 012 345",
    "applicant_date_of_birth": "1990-05-17",
    "applicant_address": "12 Lê Lợi, phường Trung tâm",
    "applicant_phone": "0912 345 678",
    "applicant_email": "hoa@example.vn",
}


def prefixed(prefix, data):
    """``data`` as a form with ``prefix`` posts it (counter intake's ``dossier-``)."""
    return {f"{prefix}-{name}": value for name, value in data.items()}
