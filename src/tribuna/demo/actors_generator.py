"""Many actors, fast: for benchmarks and for trying Tribuna's linking at scale.

People are drawn from Peruvian names (two surnames, as Peruvians write them), bodies from
the kinds of organisation the group writes about. Each has one or two other names. Rows
are written in bulk, so no relink is queued: run `tribuna actors relink` afterwards.
"""

import random

from django.db import transaction
from django.utils.text import slugify

from tribuna.actors.models import Actor, ActorAlias, Kind

from .members_generator import PE_FIRST, PE_LAST

BATCH = 1000
PLACES = [
    "Ayacucho", "Apurímac", "Cusco", "Puno", "Junín", "Loreto", "Ucayali", "Piura", "Tumbes", "Tacna", "Moquegua",
    "Huancavelica", "Pasco", "Huánuco", "Amazonas", "San Martín", "Cajamarca", "Áncash", "Arequipa", "Ica",
    "Lambayeque", "La Libertad", "Madre de Dios", "Chumbivilcas", "Espinar", "Cotabambas", "Bagua", "Celendín",
]
BODIES = [
    ("Frente de Defensa de {place}", Kind.NGO, "FD{initial}"),
    ("Federación Campesina de {place}", Kind.NGO, "FC{initial}"),
    ("Minera {surname} {place}", Kind.COMPANY, None),
    ("Gobierno Regional de {place}", Kind.GOVERNMENT, "GR{initial}"),
    ("Asociación de Mujeres de {place}", Kind.NGO, None),
    ("Movimiento {surname} por {place}", Kind.PARTY, None),
]


def add_actors(count: int, *, seed: int = 1998, progress=None) -> int:
    """Add `count` generated actors (about four people to each body); returns how many exist."""
    rng = random.Random(seed)
    taken = set(Actor.objects.values_list("slug", flat=True))
    done = 0
    while done < count:
        size = min(BATCH, count - done)
        drawn = [_draw(rng, taken) for _ in range(size)]
        with transaction.atomic():
            actors = Actor.objects.bulk_create([actor for actor, _aliases in drawn])
            ActorAlias.objects.bulk_create(
                ActorAlias(actor=actor, text=text, exact_case=text.isupper(), sort_order=order)
                for actor, (_same, aliases) in zip(actors, drawn)
                for order, text in enumerate(aliases)
            )
        done += size
        if progress:
            progress(done, count)
    return Actor.objects.count()


def _draw(rng, taken) -> tuple[Actor, list[str]]:
    while True:
        if rng.random() < 0.8:
            first, father, mother = rng.choice(PE_FIRST), rng.choice(PE_LAST), rng.choice(PE_LAST)
            name, kind, aliases = f"{first} {father} {mother}", Kind.PERSON, [f"{first} {father}"]
        else:
            pattern, kind, acronym = rng.choice(BODIES)
            place = rng.choice(PLACES)
            name = pattern.format(place=place, surname=rng.choice(PE_LAST))
            aliases = [acronym.format(initial=place[0].upper())] if acronym and rng.random() < 0.5 else []
        slug = slugify(name)[:110]
        if slug not in taken:
            taken.add(slug)
            return Actor(name=name, slug=slug, kind=kind), aliases
