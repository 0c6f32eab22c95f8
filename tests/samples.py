"""Sample inputs many tests send: the smallest valid PDF, and an applicant block as the online forms post it."""

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

APPLICANT = {
    "applicant_name": "Nguyễn Thị Hoa",
    "applicant_id_number": "001 199 012 345",
    "applicant_date_of_birth": "1990-05-17",
    "applicant_address": "12 Lê Lợi, phường Trung tâm",
    "applicant_phone": "0912 345 678",
    "applicant_email": "hoa@example.vn",
}
