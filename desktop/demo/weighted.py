"""Weighted random picks for the demo history, the same draws as random.choices at a fraction of the cost."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from typing import Any


class Weighted:
    """rng.choices(population, weights)[0] with the cumulative weights worked out once: the same single draw from
    the same stream (so a seed's history is unchanged), without summing the weights at every call."""

    def __init__(self, population: Sequence[Any], weights: Sequence[float]) -> None:
        self.population = tuple(population)
        self.cum: list[float] = []
        total = 0.0
        for weight in weights:
            total += weight
            self.cum.append(total)
        self.total = self.cum[-1] + 0.0
        self.hi = len(self.population) - 1

    def __call__(self, rng: random.Random) -> Any:
        return self.population[bisect(self.cum, rng.random() * self.total, 0, self.hi)]
