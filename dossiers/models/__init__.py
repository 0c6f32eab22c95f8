from .calendar import DayOff, MakeUpWorkingDay, OfficePeriod
from .staff import StaffProfile

__all__ = ["DayOff", "MakeUpWorkingDay", "OfficePeriod", "StaffProfile"]
