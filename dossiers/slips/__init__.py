"""The printed slips of the one-stop shop (Circular 03/2025/TT-VPCP forms 01–07), rendered as PDF.

``context`` turns a dossier into what a form shows, ``render`` turns a template into PDF bytes, ``views`` serves
them in the staff admin behind the one access rule."""
