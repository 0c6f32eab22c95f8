"""The citizen-facing side of a procedure's online form: field types the Wagtail builder lacks, the applicant block
every form carries, and the checks an upload must pass before anything is stored."""
