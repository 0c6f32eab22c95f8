from .staff import StaffProfile

__all__ = ["StaffProfile"]
