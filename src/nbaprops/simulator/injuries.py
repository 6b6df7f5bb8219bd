"""Injury spells per player and season, and the status a report shows at a given day."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Status = Literal["Out", "Doubtful", "Questionable", "Probable", "Available"]

PARTS = ("Ankle", "Knee", "Hamstring", "Calf", "Foot", "Hip", "Wrist", "Shoulder", "Groin", "Quadriceps",
         "Low Back", "Hand", "Thumb", "Achilles")
KINDS = ("Sprain", "Strain", "Soreness", "Contusion", "Tendinitis", "Tightness", "Bone Bruise", "Surgery",
         "Injury Recovery")
ILLNESS = ("Illness", "Non-COVID Illness", "Personal Reasons", "Rest")


@dataclass(frozen=True)
class Spell:
    start: date
    end: date  # last day out
    reason: str  # "Injury/Illness - Left Ankle; Sprain"
    body: str  # "Ankle" (ESPN/BDL style short reason)


def make_spells(rng: random.Random, first: date, last: date) -> list[Spell]:
    """0-3 spells within [first, last]; most short, a few long."""
    spells: list[Spell] = []
    span = (last - first).days
    for _ in range(min(3, int(rng.expovariate(1.0)))):
        start = first + timedelta(days=rng.randrange(span))
        length = rng.choice((1, 2, 3, 4, 6, 8, 10, 14, 21)) if rng.random() < 0.85 else rng.randint(25, 70)
        if rng.random() < 0.12:
            what = rng.choice(ILLNESS)
            reason, body = f"Injury/Illness - {what}", what
        else:
            part = rng.choice(PARTS)
            side = "" if part in ("Low Back",) else rng.choice(("Left ", "Right "))
            reason, body = f"Injury/Illness - {side}{part}; {rng.choice(KINDS)}", part
        spells.append(Spell(start, start + timedelta(days=length - 1), reason, body))
    spells.sort(key=lambda s: s.start)
    return spells


def status_on(spells: list[Spell], day: date, hour: int = 17) -> tuple[Status, Spell | None]:
    """Report status on ``day`` at ``hour`` ET: out inside a spell, questionable on its last day
    until late afternoon, probable the day after it ends."""
    for s in spells:
        if s.start <= day < s.end:
            return ("Doubtful" if day == s.end - timedelta(days=1) and hour < 13 else "Out"), s
        if day == s.end:
            return ("Questionable" if hour < 17 else "Out"), s
        if day == s.end + timedelta(days=1):
            return "Probable", s
    return "Available", None
