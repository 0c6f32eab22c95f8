"""Settings hold their promises: production passes the deploy checks, development writes emails as files."""

import os
import subprocess
import sys
from email import message_from_bytes
from email.header import decode_header, make_header

from django.conf import settings
from django.core.mail import EmailMessage

from portal.mail import EmlFileBackend

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "p" * 20 + "-production-secret-for-the-check-only-" + "q" * 20,
    "ALLOWED_HOSTS": "motcua.example.gov.vn",
    "DATABASE_URL": "postgres://portal@db.example/portal",
}


def run_manage(*args, env):
    clean = {key: value for key, value in os.environ.items() if key not in {"DJANGO_SETTINGS_MODULE", "SECRET_KEY"}}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_settings_pass_check_deploy_without_warnings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {**PRODUCTION_ENV, "SECRET_KEY": ""}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_vietnamese_first_in_vietnam_time():
    assert settings.LANGUAGE_CODE == "vi"
    assert "en" in dict(settings.LANGUAGES)
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"


def test_development_defaults():
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; print(s.CELERY_TASK_ALWAYS_EAGER, s.EMAIL_BACKEND)",
        env={"DJANGO_SETTINGS_MODULE": "portal.settings.dev"},
    )
    assert result.stdout.split() == ["True", "portal.mail.EmlFileBackend"], result.stderr


def test_eml_backend_writes_one_file_per_message(tmp_path):
    backend = EmlFileBackend(file_path=tmp_path)
    messages = [
        EmailMessage("Hồ sơ đã được tiếp nhận", "Mã hồ sơ: 000.00.01.H56-261122-0001", to=["dan@example.vn"]),
        EmailMessage("Yêu cầu bổ sung", "Vui lòng bổ sung giấy tờ", to=["dan@example.vn"]),
    ]
    assert backend.send_messages(messages) == 2
    files = sorted(tmp_path.glob("*.eml"))
    assert len(files) == 2
    subjects = {str(make_header(decode_header(message_from_bytes(path.read_bytes())["Subject"]))) for path in files}
    assert subjects == {"Hồ sơ đã được tiếp nhận", "Yêu cầu bổ sung"}
