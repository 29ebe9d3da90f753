"""The 错题本 (the book of questions answered wrong), scheduled by FSRS (the `fsrs` package, the
scheduler Anki uses), without Qt: when a question in the book is due again, and when it is known.

A wrong answer puts the question in the book (rated Again); each right answer on it is rated Good.
Learning and relearning take one step of a day: a missed question comes back the next day, never
later in the same session, so that a review is always a day or more after the last answer (fsrs
counts a review within a day of the last one as short-term and hardly spaces the next one). After
that, the intervals come from FSRS: with its default parameters 2, 6, 17, 44... days.

Known: a right answer after which FSRS waits at least KNOWN_DAYS (21, Anki's "mature" card) takes
the question out of the book; with the default parameters that is the fourth right answer in a row
after a miss, about four weeks later. A known question missed again comes back into the book.

Times are timezone-aware; fsrs wants UTC, and the database keeps them as ISO text in UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fsrs import Scheduler

REVIEW_LIMIT = 10  # questions in one daily review at most
KNOWN_DAYS = 21  # a next interval this long after a right answer: the question is known
DESIRED_RETENTION = 0.9  # fsrs's default: a question is due when it is about 90% likely remembered
ONE_DAY = timedelta(days=1)


@cache
def scheduler() -> Scheduler:
    """The one scheduler, made at the first answer (fsrs is not imported at start)."""
    from fsrs import Scheduler

    # No fuzz: the same answers give the same schedule (tests, and two kiosks agree).
    return Scheduler(
        desired_retention=DESIRED_RETENTION,
        learning_steps=(ONE_DAY,),
        relearning_steps=(ONE_DAY,),
        enable_fuzzing=False,
    )


def utc(when: datetime) -> datetime:
    """when in UTC (fsrs refuses anything else); a naive time is refused, not guessed."""
    if when.tzinfo is None:
        raise ValueError("a review time must be timezone-aware")
    return when.astimezone(UTC)


def iso(when: datetime) -> str:
    """A UTC time as the database keeps it (one format, so that text order is time order)."""
    return utc(when).isoformat(timespec="microseconds")


def after_answer(card_json: str | None, right: bool, when: datetime) -> tuple[str, datetime, bool] | None:
    """The card of a question after an answer at when: (card as JSON, next due time in UTC, known).
    card_json is None for a question not in the book: a wrong answer starts its card, a right one
    changes nothing (None)."""
    from fsrs import Card, Rating

    when = utc(when)
    if card_json is None:
        if right:
            return None
        card = Card(card_id=int(when.timestamp() * 1000), due=when)
    else:
        card = Card.from_json(card_json)
    card, _ = scheduler().review_card(card, Rating.Good if right else Rating.Again, when)
    known = right and card.due - when >= timedelta(days=KNOWN_DAYS)
    return card.to_json(), card.due, known
