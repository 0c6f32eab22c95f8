"""Signing in to the admin as a demo account, for the browser tests."""

import re

from playwright.sync_api import expect

from dossiers.demo.accounts import DEMO_PASSWORD


def log_in(page, base, username):
    page.context.clear_cookies()
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.locator("button[type=submit]").click()
    expect(page).not_to_have_url(re.compile(r"/admin/login/"))
