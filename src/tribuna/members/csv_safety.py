"""Keep spreadsheet programs from running what members typed as formulas (CSV injection)."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def from_spreadsheet(value: str) -> str:
    """Undo `spreadsheet_safe`, so a file the desk exported imports back unchanged."""
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value
