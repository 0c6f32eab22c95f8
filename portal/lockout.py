"""The answer to a sign-in refused by django-axes (``AXES_LOCKOUT_CALLABLE``): 429 Too Many Requests with
``Retry-After``, and a page in the staff member's language saying how long to wait, instead of axes' English text."""

import math

from axes.helpers import get_cool_off
from django.shortcuts import render
from django.utils.translation import gettext


def lockout_response(request, original_response, credentials):
    cool_off = get_cool_off(request)
    minutes = math.ceil(cool_off.total_seconds() / 60)
    message = gettext(
        "Đã nhập sai mật khẩu quá nhiều lần: tài khoản này tạm thời không đăng nhập được từ địa chỉ của Ông/Bà. "
        "Xin thử lại sau %(minutes)s phút, hoặc nhờ quản trị hệ thống mở khóa."
    ) % {"minutes": minutes}
    response = render(request, "login_locked_out.html", {"message": message}, status=429)
    response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response
