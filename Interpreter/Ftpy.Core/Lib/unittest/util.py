"""Helpers shared by the unittest modules: safe and shortened reprs, list differences."""

from collections import namedtuple, Counter

__unittest = True

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - \
               (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN +
                _PLACEHOLDER_LEN + _MIN_END_LEN)
assert _MIN_DIFF_LEN >= 0


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        s = '%s[%d chars]%s' % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _commonprefix(strings):
    if not strings:
        return ''
    lo = min(strings)
    hi = max(strings)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def _common_shorten_repr(*args):
    """The reprs of args, with a long common prefix (and long tails) elided to fit a line."""
    args = tuple(map(safe_repr, args))
    maxlen = max(map(len, args))
    if maxlen <= _MAX_LENGTH:
        return args
    prefix = _commonprefix(args)
    prefixlen = len(prefix)
    common_len = _MAX_LENGTH - \
        (maxlen - prefixlen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + s[prefixlen:] for s in args)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(s[prefixlen:], _MIN_DIFF_LEN, _MIN_END_LEN)
                 for s in args)


def safe_repr(obj, short=False):
    """repr(obj), falling back to object.__repr__ if it fails; optionally truncated."""
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def sorted_list_difference(expected, actual):
    """(items only in expected, items only in actual) of two sorted lists, without duplicates."""
    i = j = 0
    missing = []
    unexpected = []
    while True:
        try:
            e = expected[i]
            a = actual[j]
            if e < a:
                missing.append(e)
                i += 1
                while expected[i] == e:
                    i += 1
            elif e > a:
                unexpected.append(a)
                j += 1
                while actual[j] == a:
                    j += 1
            else:
                i += 1
                try:
                    while expected[i] == e:
                        i += 1
                finally:
                    j += 1
                    while actual[j] == a:
                        j += 1
        except IndexError:
            missing.extend(expected[i:])
            unexpected.extend(actual[j:])
            break
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """Like sorted_list_difference for items that cannot be sorted (O(n*n)); consumes both lists."""
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    """-1, 0 or 1 as x is less than, equal to or greater than y."""
    return (x > y) - (x < y)


_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _count_diff_all_purpose(actual, expected):
    """Mismatches (count in actual, count in expected, element) for unhashable elements."""
    s, t = list(actual), list(expected)
    m, n = len(s), len(t)
    NULL = object()
    result = []
    for i, elem in enumerate(s):
        if elem is NULL:
            continue
        cnt_s = cnt_t = 0
        for j in range(i, m):
            if s[j] == elem:
                cnt_s += 1
                s[j] = NULL
        for j, other_elem in enumerate(t):
            if other_elem == elem:
                cnt_t += 1
                t[j] = NULL
        if cnt_s != cnt_t:
            result.append(_Mismatch(cnt_s, cnt_t, elem))
    for i, elem in enumerate(t):
        if elem is NULL:
            continue
        cnt_t = 0
        for j in range(i, n):
            if t[j] == elem:
                cnt_t += 1
                t[j] = NULL
        result.append(_Mismatch(0, cnt_t, elem))
    return result


def _count_diff_hashable(actual, expected):
    """Mismatches (count in actual, count in expected, element) for hashable elements."""
    s, t = Counter(actual), Counter(expected)
    result = []
    for elem, cnt_s in s.items():
        cnt_t = t.get(elem, 0)
        if cnt_s != cnt_t:
            result.append(_Mismatch(cnt_s, cnt_t, elem))
    for elem, cnt_t in t.items():
        if elem not in s:
            result.append(_Mismatch(0, cnt_t, elem))
    return result


# ---------------------------------------------------------------- pretty printing
# pprint.pformat's layout (width 80, indent 1, sorted dict keys) for the containers the
# assertion diffs show.

class _SafeKey:
    # Orders mixed, unorderable keys the way pprint does: by value when possible, else by
    # type name and id.

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _safe_tuple(t):
    # Dictionary keys are unique, so ordering the items by key alone gives pprint's order.
    return _SafeKey(t[0])


def _pp_repr(obj, active):
    r = getattr(type(obj), "__repr__", None)
    if r is dict.__repr__ or r is list.__repr__ or r is tuple.__repr__:
        if id(obj) in active:
            return "<Recursion on %s with id=%s>" % (type(obj).__name__, id(obj))
        active.add(id(obj))
        try:
            if r is dict.__repr__:
                if not obj:
                    return "{}"
                items = sorted(obj.items(), key=_safe_tuple)
                return "{%s}" % ", ".join("%s: %s" % (_pp_repr(k, active), _pp_repr(v, active))
                                          for k, v in items)
            parts = [_pp_repr(x, active) for x in obj]
            if r is list.__repr__:
                return "[%s]" % ", ".join(parts)
            if len(parts) == 1:
                return "(%s,)" % parts[0]
            return "(%s)" % ", ".join(parts)
        finally:
            active.discard(id(obj))
    return repr(obj)


def _pp_format(obj, out, indent, allowance, width):
    rep = _pp_repr(obj, set())
    if len(rep) <= width - indent - allowance:
        out.append(rep)
        return
    r = getattr(type(obj), "__repr__", None)
    if r is dict.__repr__:
        out.append('{')
        items = sorted(obj.items(), key=_safe_tuple)
        inner = indent + 1
        for i, (key, value) in enumerate(items):
            last = i == len(items) - 1
            krep = _pp_repr(key, set())
            out.append(krep)
            out.append(': ')
            _pp_format(value, out, inner + len(krep) + 2, allowance + 1 if last else 1, width)
            if not last:
                out.append(',\n' + ' ' * inner)
        out.append('}')
    elif r is list.__repr__ or r is tuple.__repr__:
        if r is list.__repr__:
            opener, closer = '[', ']'
        else:
            opener, closer = '(', ',)' if len(obj) == 1 else ')'
        out.append(opener)
        _pp_items(list(obj), out, indent + 1, allowance + len(closer), width)
        out.append(closer)
    elif (r is set.__repr__ or r is frozenset.__repr__) and obj:
        if type(obj) is set:
            out.append('{')
            closer = '}'
            inner = indent + 1
        else:
            out.append(type(obj).__name__ + '({')
            closer = '})'
            inner = indent + len(type(obj).__name__) + 2
        _pp_items(sorted(obj, key=_SafeKey), out, inner, allowance + len(closer), width)
        out.append(closer)
    else:
        out.append(rep)


def _pp_items(items, out, indent, allowance, width):
    for i, item in enumerate(items):
        last = i == len(items) - 1
        if i:
            out.append(',\n' + ' ' * indent)
        _pp_format(item, out, indent, allowance if last else 1, width)


def _pformat(obj, width=80):
    out = []
    _pp_format(obj, out, 0, 0, width)
    return ''.join(out)
