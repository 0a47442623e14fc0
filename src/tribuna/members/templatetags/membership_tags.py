from django import template

from tribuna.members.account import money as money_label
from tribuna.members.account import price_label

register = template.Library()


@register.filter
def price(plan) -> str:
    """A plan's price as the reader writes it: "£30.00 a year", "30,00 £ al año"."""
    return price_label(plan)


@register.filter
def money(amount, currency="GBP") -> str:
    """An amount in its currency as the reader writes it: "£12.00", "12,00 £"."""
    return money_label(amount, currency)
