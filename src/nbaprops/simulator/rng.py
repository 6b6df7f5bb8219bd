"""Seed derivation: every entity draws from its own ``random.Random`` keyed by (seed, names...).

One game's randomness never depends on the order other games were generated in, because each
stream is derived from a hash of the league seed and the entity's stable key.
"""

from __future__ import annotations

import hashlib
import random


def derive(seed: int, *parts: object) -> int:
    """A 64-bit integer derived from the seed and the key parts."""
    text = "|".join([str(seed), *(str(p) for p in parts)])
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def rng_for(seed: int, *parts: object) -> random.Random:
    """An independent random stream for one entity (player, game, book, ...)."""
    return random.Random(derive(seed, *parts))


def hex_id(seed: int, *parts: object, length: int = 32) -> str:
    """A stable lowercase hex id (Odds API style event ids are 32 hex digits)."""
    text = "|".join([str(seed), *(str(p) for p in parts)])
    return hashlib.blake2b(text.encode(), digest_size=max(1, length // 2)).hexdigest()[:length]


def unit(seed: int, *parts: object) -> float:
    """A deterministic uniform number in [0, 1) for a single decision (faults, coin flips)."""
    return derive(seed, *parts) / 2**64
