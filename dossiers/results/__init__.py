"""The result of a dossier: drafted by the specialist (or from the dossier's data), numbered, QR-stamped and
signed by the leader then sealed by the agency at signing, delivered to the applicant by a signed link."""
