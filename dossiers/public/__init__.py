"""What the applicant sees without an account: the look-up page and the pages behind signed links."""
