"""JSON token scanner (implemented by the _json module)."""

from _json import make_scanner as c_make_scanner

__all__ = ['make_scanner']

make_scanner = c_make_scanner
