from django import template

from tribuna.members.account import price_label

register = template.Library()


@register.filter
def price(plan) -> str:
    """A plan's price as the reader writes it: "£30.00 a year", "30,00 £ al año"."""
    return price_label(plan)
