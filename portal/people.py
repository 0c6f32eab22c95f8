"""How staff are named: Vietnamese order, family and middle names (``last_name``) before the given name
(``first_name``), as the admin's Vietnamese user form labels them ("Họ", "Tên"). Django's ``get_full_name``
would print "Thụ Hoàng Văn" for Hoàng Văn Thụ."""


def display_name(user, default=""):
    if user is None:
        return default
    return f"{user.last_name} {user.first_name}".strip() or user.get_username()
