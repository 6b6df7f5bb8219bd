"""Ways a body goes bad in the wild, shared by the property test and the soak (benchmarks/fuzz_raw.py).

Each mutation takes the untouched body and a ``Random`` and returns damaged bytes: truncated,
garbled, a JSON value of the wrong type, a repeated JSON key, or the text in another encoding.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable

KINDS = ("truncate", "garble", "wrong_type", "duplicate_key", "encoding")


def wrong_type(value: object) -> object:
    return {str: 12345, int: "twelve", float: [1.5], bool: {"x": 1}, type(None): 3.5}.get(type(value))


def json_leaves(data: object) -> list[tuple]:
    """Paths to the scalar values of a JSON document (the first 50 items of each list)."""
    leaves: list[tuple] = []

    def walk(node: object, path: tuple) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, (*path, k))
        elif isinstance(node, list):
            for i, v in enumerate(node[:50]):
                walk(v, (*path, i))
        else:
            leaves.append(path)

    walk(data, ())
    return leaves


def mutate_wrong_type(body: bytes, pick: Callable[[int], int]) -> bytes:
    """One scalar replaced by a value of another type (``pick(n)`` chooses among n leaves)."""
    data = json.loads(body)
    leaves = json_leaves(data)
    if not leaves:
        return body[: len(body) // 2]
    target = leaves[pick(len(leaves))]
    node = data
    for step in target[:-1]:
        node = node[step]
    node[target[-1]] = wrong_type(node[target[-1]])
    return json.dumps(data).encode()


_KEY = re.compile(rb'"([A-Za-z_][A-Za-z0-9_]*)"\s*:\s*')


def mutate_duplicate_key(body: bytes, rng: random.Random) -> bytes:
    """A key of some object repeated right after itself with another value: `{"a": 1, "a": "x", ...}`."""
    keys = list(_KEY.finditer(body[:2_000_000]))
    if not keys:
        return body + body[: len(body) // 4]
    m = keys[rng.randrange(len(keys))]
    return body[: m.start()] + b'"' + m.group(1) + b'": "duplicate", ' + body[m.start():]


def mutate(body: bytes, kind: str, rng: random.Random) -> bytes:
    if kind == "truncate":
        return body[: rng.randrange(max(1, len(body)))]
    if kind == "garble":
        at = rng.randrange(max(1, len(body)))
        noise = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
        return body[:at] + noise + body[at + 1:]
    if kind == "wrong_type":
        try:
            return mutate_wrong_type(body, rng.randrange)
        except (ValueError, UnicodeDecodeError):
            return body[: len(body) // 3]
    if kind == "duplicate_key":
        return mutate_duplicate_key(body, rng)
    if kind == "encoding":
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return body[::-1][:1000]
        return text.encode(rng.choice(["utf-16", "utf-32", "latin-1", "cp1252"]), errors="replace")
    raise ValueError(kind)
