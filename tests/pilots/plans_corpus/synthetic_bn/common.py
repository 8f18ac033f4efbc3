"""Shared helpers of the synthetic_bn documents (SYNTHETIC_BN.md)."""

from synthetic_model import Agency, Target

NUMERALS = "一二三四五六七八九十"


def cn(n):
    if n <= 10:
        return NUMERALS[n - 1]
    if n < 20:
        return "十" + NUMERALS[n - 11]
    tens, ones = divmod(n, 10)
    return NUMERALS[tens - 1] + "十" + (NUMERALS[ones - 1] if ones else "")


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


def agencies(table):
    return [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in table.items()]
