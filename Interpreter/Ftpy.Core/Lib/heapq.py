"""Heap queue (priority queue) algorithms on lists: heap[k] <= heap[2*k+1] and
heap[k] <= heap[2*k+2] for every k, so heap[0] is the smallest item.

The primitives are implemented in _heapq; merge, nlargest and nsmallest build on them.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heappop_max, _heapreplace_max, _heapify_max)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (lazily).

    Items that compare equal come out in the order of their inputs. key and reverse have
    the meaning they have for sorted().
    """
    # Heap entries are [sort value, input number, (item,) iterator]; the input number
    # breaks ties (negated when reversed, so the max-heap still prefers earlier inputs).
    if reverse:
        _heapify, _heappop, _heapreplace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        _heapify, _heappop, _heapreplace, direction = heapify, heappop, heapreplace, 1

    h = []
    if key is None:
        for order, it in enumerate(map(iter, iterables)):
            for value in it:
                h.append([value, order * direction, it])
                break
        _heapify(h)
        while len(h) > 1:
            entry = h[0]
            value, _, it = entry
            yield value
            for value in it:
                entry[0] = value
                _heapreplace(h, entry)
                break
            else:
                _heappop(h)
        if h:
            value, _, it = h[0]
            yield value
            yield from it
        return

    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            h.append([key(value), order * direction, value, it])
            break
    _heapify(h)
    while len(h) > 1:
        entry = h[0]
        _, _, value, it = entry
        yield value
        for value in it:
            entry[0] = key(value)
            entry[2] = value
            _heapreplace(h, entry)
            break
        else:
            _heappop(h)
    if h:
        _, _, value, it = h[0]
        yield value
        yield from it


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first (as sorted(iterable, key=key)[:n]; equal items
    keep their input order)."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]

    # Keep a max-heap of the n best seen so far; the counter makes ties stable.
    if key is None:
        it = iter(iterable)
        result = [(elem, i) for i, elem in zip(range(n), it)]
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(result, (elem, order))
                top = result[0][0]
                order += 1
        result.sort()
        return [elem for elem, _ in result]

    it = iter(iterable)
    result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(result, (k, order, elem))
            top = result[0][0]
            order += 1
    result.sort()
    return [elem for _, _, elem in result]


def nlargest(n, iterable, key=None):
    """The n largest items, largest first (as sorted(iterable, key=key, reverse=True)[:n];
    equal items keep their input order)."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]

    # Keep a min-heap of the n best seen so far; a decreasing counter makes ties stable.
    if key is None:
        it = iter(iterable)
        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(result, (elem, order))
                top = result[0][0]
                order -= 1
        result.sort(reverse=True)
        return [elem for elem, _ in result]

    it = iter(iterable)
    result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(result, (k, order, elem))
            top = result[0][0]
            order -= 1
    result.sort(reverse=True)
    return [elem for _, _, elem in result]
