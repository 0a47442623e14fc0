"""What other apps (the content API) may ask of search."""

from .engines import engine
from .query import parse
from .searching import Filters, Results


def matching_page_ids(text: str, limit: int = 1000) -> list[int]:
    """Ids of the live public pages matching `text`, best first."""
    query = parse(text)
    if query.is_empty:
        return []
    with engine().reading():
        return Results(query, Filters()).page_ids(0, limit)
