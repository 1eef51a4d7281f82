"""Bisection algorithms for keeping a sequence sorted: bisect_left/bisect_right find where
an item belongs, insort_left/insort_right insert it there. All take lo, hi and key."""

from _bisect import bisect_left, bisect_right, insort_left, insort_right

__all__ = ["bisect", "bisect_left", "bisect_right", "insort", "insort_left", "insort_right"]

bisect = bisect_right
insort = insort_right
