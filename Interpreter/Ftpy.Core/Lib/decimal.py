"""Decimal fixed and floating point arithmetic (General Decimal Arithmetic Specification).

A Decimal is a sign, an integer coefficient and a power-of-ten exponent (or an infinity or
NaN). Results of arithmetic are exact before they are rounded to the context's precision
with its rounding mode. This implementation covers the arithmetic, conversions, comparisons,
hashing and contexts that programs commonly use; the transcendental functions (exp, ln,
log10) are computed through float and are not correctly rounded.
"""

import math
import sys

__all__ = ["Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext",
           "ExtendedContext", "DecimalException", "Clamped", "InvalidOperation",
           "DivisionByZero", "Inexact", "Rounded", "Subnormal", "Overflow", "Underflow",
           "FloatOperation", "DivisionImpossible", "InvalidContext", "ConversionSyntax",
           "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING",
           "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP", "setcontext",
           "getcontext", "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY",
           "HAVE_THREADS", "HAVE_CONTEXTVAR"]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
             DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
             Overflow, Underflow, FloatOperation):
    _cls.__module__ = "decimal"

_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped]
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow]


class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent)"""

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return f"DecimalTuple(sign={self[0]!r}, digits={self[1]!r}, exponent={self[2]!r})"


class _SignalDict(dict):
    def __repr__(self):
        return "{" + ", ".join(f"<class 'decimal.{k.__name__}'>:{v}" for k, v in self.items()) + "}"


class Context:
    """The environment of arithmetic: precision, rounding, exponent limits and traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        dc = DefaultContext if "DefaultContext" in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        self.flags = _SignalDict((s, 0) for s in _SIGNALS)
        if flags is not None:
            for s in flags:
                self.flags[s] = 1
        self.traps = _SignalDict((s, 0) for s in _SIGNALS)
        if traps is None:
            default = dc.traps if dc else (InvalidOperation, DivisionByZero, Overflow)
            for s in default:
                if not dc or default[s]:
                    self.traps[s] = 1
        elif isinstance(traps, dict):
            for s, v in traps.items():
                self.traps[s] = int(bool(v))
        else:
            for s in traps:
                self.traps[s] = 1

    def __setattr__(self, name, value):
        if name == "prec":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        object.__setattr__(self, name, value)

    def _raise(self, signal, explanation=None, result=None):
        trapped = False
        for s in _SIGNALS:
            if issubclass(signal, s):
                self.flags[s] = 1
                if self.traps.get(s, 0):
                    trapped = True
        if trapped:
            raise signal([signal])
        return result

    def copy(self):
        c = Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                    [s for s, v in self.flags.items() if v], [s for s, v in self.traps.items() if v])
        return c

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = 0

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = 0

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def create_decimal(self, num="0"):
        d = Decimal(num)
        return d._round(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._round(self)

    def __repr__(self):
        flags = ", ".join(s.__name__ for s in _REPR_ORDER if self.flags.get(s))
        traps = ", ".join(s.__name__ for s in _REPR_ORDER if self.traps.get(s))
        return (f"Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, "
                f"Emax={self.Emax}, capitals={self.capitals}, clamp={self.clamp}, "
                f"flags=[{flags}], traps=[{traps}])")

    def _apply(name):
        def method(self, a, *args):
            return getattr(_convert(a, True), name)(*args, context=self)
        method.__name__ = name
        return method

    for _name in ("sqrt", "quantize", "to_integral_value", "normalize", "compare", "max", "min"):
        locals()[_name] = _apply(_name)
    del _name

    def _binary(op):
        def method(self, a, b):
            return getattr(_convert(a, True), op)(b, context=self)
        return method

    add = _binary("_add")
    subtract = _binary("_sub")
    multiply = _binary("_mul")
    divide = _binary("_div")
    del _apply, _binary

    def abs(self, a):
        return _convert(a, True).__abs__(context=self)

    def plus(self, a):
        return _convert(a, True).__pos__(context=self)

    def minus(self, a):
        return _convert(a, True).__neg__(context=self)


try:
    from threading import local as _thread_local
except ImportError:
    class _thread_local:
        pass
_local = _thread_local()


def getcontext():
    """The current thread's context."""
    try:
        return _local.context
    except AttributeError:
        ctx = DefaultContext.copy()
        ctx.clear_flags()
        _local.context = ctx
        return ctx


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _local.context = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *args):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (or the current context) current."""
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if not hasattr(manager.new_context, key) or key in ("flags", "traps") and not isinstance(value, dict):
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(manager.new_context, key, value)
    return manager


def _digits(n):
    return len(str(n))


def _round_coefficient(coef, drop, sign, rounding):
    """coef with its last drop digits removed, rounded by the rounding mode; also whether
    anything nonzero was dropped."""
    q, r = divmod(coef, 10 ** drop)
    if r == 0:
        return q, False
    half = 5 * 10 ** (drop - 1)
    if rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    else:
        up = q % 10 in (0, 5)
    return q + (1 if up else 0), True


def _convert(other, raise_error=False, op=None):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if op is not None and isinstance(other, (float, complex)):
        # float's reflected methods never accept a Decimal, so the error can be raised here
        # with the type's full name.
        raise TypeError(f"unsupported operand type(s) for {op}: 'decimal.Decimal' and '{type(other).__name__}'")
    if raise_error:
        raise TypeError(f"conversion from {type(other).__name__} to Decimal is not supported")
    return NotImplemented


_OP_SYMBOLS = {"__radd__": "+", "__rsub__": "-", "__rmul__": "*", "__rtruediv__": "/",
               "__rfloordiv__": "//", "__rmod__": "%", "__rpow__": "** or pow()",
               "__rdivmod__": "divmod()"}


def _reflected_failure(name, other):
    op = _OP_SYMBOLS[name]
    if op in ("** or pow()", "divmod()"):
        return NotImplemented
    raise TypeError(f"unsupported operand type(s) for {op}: '{type(other).__name__}' and 'decimal.Decimal'")


class Decimal:
    """Floating-point decimal number: sign, integer coefficient, exponent."""

    __slots__ = ("_sign", "_int", "_exp", "_special", "__weakref__")

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            return self._from_string(value, context)
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            self._special = ""
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, float):
            if context is not None and context.traps.get(FloatOperation):
                raise FloatOperation([FloatOperation])
            d = cls.from_float(value)
            self._sign, self._int, self._exp, self._special = d._sign, d._int, d._exp, d._special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            self._sign = sign
            if exp in ("F", "n", "N"):
                self._special = exp
                self._int = int("".join(map(str, digits)) or "0") if exp != "F" else 0
                self._exp = 0
                return self
            if not isinstance(exp, int):
                raise ValueError("exponent must be an integer")
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError("coefficient must be a tuple of digits")
            self._int = int("".join(map(str, digits)) or "0")
            self._exp = exp
            self._special = ""
            return self
        raise TypeError(f"conversion from {type(value).__name__} to Decimal is not supported")

    def _from_string(self, value, context):
        s = value.strip().replace("_", "") if "_" not in value.strip()[:1] else value
        ok = True
        if "_" in value:
            t = value.strip()
            ok = "__" not in t and not t.startswith("_") and not t.endswith("_")
        self._special = ""
        text = s.lower()
        sign = 0
        if text[:1] in ("+", "-"):
            sign = 1 if text[0] == "-" else 0
            text = text[1:]
        self._sign = sign
        if ok and text in ("inf", "infinity"):
            self._special = "F"
            self._int = 0
            self._exp = 0
            return self
        if ok and (text.startswith("nan") or text.startswith("snan")):
            payload = text[3:] if text.startswith("nan") else text[4:]
            if payload == "" or payload.isdigit() and payload.isascii():
                self._special = "n" if text.startswith("nan") else "N"
                self._int = int(payload or "0")
                self._exp = 0
                return self
            ok = False
        mantissa, _, exponent = text.partition("e")
        intpart, dot, frac = mantissa.partition(".")
        if not ok or (not intpart and not frac) or not (intpart + frac).isdigit() or not (intpart + frac).isascii():
            ok = False
        if exponent or _:
            e = exponent[1:] if exponent[:1] in ("+", "-") else exponent
            if not e.isdigit() or not e.isascii():
                ok = False
        if not ok:
            ctx = context or getcontext()
            ctx._raise(ConversionSyntax)
            self._special = "n"
            self._int = 0
            self._exp = 0
            return self
        self._int = int(intpart + frac)
        self._exp = (int(exponent) if exponent else 0) - len(frac)
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int) as a Decimal."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if math.isinf(f) or math.isnan(f):
            d = cls("NaN" if math.isnan(f) else ("-Infinity" if f < 0 else "Infinity"))
            return d
        sign = 1 if math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        result = cls((sign, (0,), 0))
        result._int = n * 5 ** k
        result._exp = -k
        return result

    @classmethod
    def _make(cls, sign, coef, exp, special=""):
        self = object.__new__(cls if cls is Decimal else Decimal)
        self._sign = sign
        self._int = coef
        self._exp = exp
        self._special = special
        return self

    # classification

    def is_nan(self):
        return self._special in ("n", "N")

    def is_snan(self):
        return self._special == "N"

    def is_qnan(self):
        return self._special == "n"

    def is_infinite(self):
        return self._special == "F"

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        return self.is_finite() and not self.is_zero() and self.adjusted() >= (context or getcontext()).Emin

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _digits(self._int) - 1

    def as_tuple(self):
        if self._special == "F":
            return DecimalTuple(self._sign, (0,), "F")
        if self._special:
            digits = tuple(map(int, str(self._int))) if self._int else ()
            return DecimalTuple(self._sign, digits, self._special)
        return DecimalTuple(self._sign, tuple(map(int, str(self._int))), self._exp)

    def as_integer_ratio(self):
        if self._special == "F":
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._special:
            raise ValueError("cannot convert NaN to integer ratio")
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** -self._exp
            g = math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    # conversions

    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._special == "F":
            return sign + "Infinity"
        if self._special:
            payload = str(self._int) if self._int else ""
            return sign + ("NaN" if self._special == "n" else "sNaN") + payload
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = "0"
            fracpart = "." + "0" * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + "0" * (dotplace - len(digits))
            fracpart = ""
        else:
            intpart = digits[:dotplace]
            fracpart = "." + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ""
        else:
            exp = ("E" if (context or getcontext()).capitals else "e") + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return f"Decimal('{self}')"

    def __float__(self):
        if self._special:
            if self.is_snan():
                raise ValueError("cannot convert signaling NaN to float")
            return float(("-" if self._sign else "") + ("nan" if self.is_nan() else "inf"))
        return float(str(self))

    def __int__(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __floor__(self):
        return int(self.to_integral_value(rounding=ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(rounding=ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("Second argument to round should be integral")
            return self.quantize(Decimal((0, (1,), -n)))
        if self._special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self.to_integral_value(rounding=ROUND_HALF_EVEN))

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __format__(self, spec):
        if not spec:
            return str(self)
        import re
        m = re.fullmatch(r"(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?", spec)
        if m is None:
            raise ValueError("invalid format string")
        fill, align, sign, _z, _alt, zero, width, grouping, prec, kind = m.groups()
        if kind not in ("f", "F", "%") or self._special:
            if kind is None and prec is None:
                body = str(abs(self)) if not self._special else str(self.copy_abs())
            else:
                return format(float(self), spec)
        else:
            value = self * 100 if kind == "%" else self
            digits = 6 if prec is None else int(prec)
            q = value.quantize(Decimal._make(0, 1, -digits), rounding=getcontext().rounding)
            coef = str(q._int)
            if digits:
                coef = coef.rjust(digits + 1, "0")
                body = coef[:-digits] + "." + coef[-digits:]
            else:
                body = coef
            if kind == "%":
                body += "%"
        negative = self._sign == 1
        if grouping:
            intpart, dot, rest = body.partition(".")
            groups = []
            while len(intpart) > 3:
                groups.insert(0, intpart[-3:])
                intpart = intpart[:-3]
            groups.insert(0, intpart)
            body = grouping.join(groups) + dot + rest
        prefix = "-" if negative else ("+" if sign == "+" else " " if sign == " " else "")
        width = int(width) if width else 0
        if zero and not align:
            body = body.rjust(width - len(prefix), "0")
        text = prefix + body
        if width > len(text):
            fill = fill or " "
            align = align or ">"
            pad = width - len(text)
            if align == "<":
                text = text + fill * pad
            elif align == "^":
                text = fill * (pad // 2) + text + fill * (pad - pad // 2)
            elif align == "=":
                text = prefix + fill * pad + body
            else:
                text = fill * pad + text
        return text

    # rounding to a context

    def _round(self, context=None):
        if self._special:
            return self
        context = context or getcontext()
        coef, exp = self._int, self._exp
        n = _digits(coef)
        if n > context.prec:
            drop = n - context.prec
            coef, inexact = _round_coefficient(coef, drop, self._sign, context.rounding)
            exp += drop
            if coef == 10 ** context.prec:
                coef //= 10
                exp += 1
            context._raise(Rounded)
            if inexact:
                context._raise(Inexact)
        if coef and exp + _digits(coef) - 1 > context.Emax:
            context._raise(Overflow)
            return Decimal._make(self._sign, 0, 0, "F")
        return Decimal._make(self._sign, coef, exp)

    def _nan_check(self, other, context):
        for x in (self, other):
            if x is not None and x.is_snan():
                context._raise(InvalidOperation)
                return Decimal._make(x._sign, x._int, 0, "n")
        for x in (self, other):
            if x is not None and x.is_qnan():
                return x
        return None

    # arithmetic

    def _add(self, other, context=None, negate=False):
        other = _convert(other, op="-" if negate else "+")
        if other is NotImplemented:
            return other
        context = context or getcontext()
        osign = other._sign ^ (1 if negate else 0)
        if self._special or other._special:
            nan = self._nan_check(other, context)
            if nan is not None:
                return nan
            if self.is_infinite() and other.is_infinite() and self._sign != osign:
                context._raise(InvalidOperation)
                return Decimal._make(0, 0, 0, "n")
            if self.is_infinite():
                return self
            return Decimal._make(osign, 0, 0, "F")
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if osign else 1)
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and osign) or (context.rounding == ROUND_FLOOR and self._sign != osign) else 0
        else:
            sign = 1 if total < 0 else 0
        return Decimal._make(sign, abs(total), exp)._round(context)

    def __add__(self, other, context=None):
        return self._add(other, context)

    def __radd__(self, other):
        o = _convert(other)
        return _reflected_failure("__radd__", other) if o is NotImplemented else self._add(o)

    def _sub(self, other, context=None):
        return self._add(other, context, negate=True)

    def __sub__(self, other, context=None):
        return self._add(other, context, negate=True)

    def __rsub__(self, other):
        o = _convert(other)
        if o is NotImplemented:
            return _reflected_failure("__rsub__", other)
        return o._add(self, negate=True)

    def _mul(self, other, context=None):
        other = _convert(other, op="*")
        if other is NotImplemented:
            return other
        context = context or getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._nan_check(other, context)
            if nan is not None:
                return nan
            if self.is_zero() or other.is_zero():
                context._raise(InvalidOperation)
                return Decimal._make(0, 0, 0, "n")
            return Decimal._make(sign, 0, 0, "F")
        return Decimal._make(sign, self._int * other._int, self._exp + other._exp)._round(context)

    def __mul__(self, other, context=None):
        return self._mul(other, context)

    def __rmul__(self, other):
        o = _convert(other)
        return _reflected_failure("__rmul__", other) if o is NotImplemented else self._mul(o)

    def _div(self, other, context=None):
        other = _convert(other, op="/")
        if other is NotImplemented:
            return other
        context = context or getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._nan_check(other, context)
            if nan is not None:
                return nan
            if self.is_infinite() and other.is_infinite():
                context._raise(InvalidOperation)
                return Decimal._make(0, 0, 0, "n")
            if self.is_infinite():
                return Decimal._make(sign, 0, 0, "F")
            return Decimal._make(sign, 0, context.Etiny())
        if other._int == 0:
            if self._int == 0:
                context._raise(DivisionUndefined)
                return Decimal._make(0, 0, 0, "n")
            context._raise(DivisionByZero)
            return Decimal._make(sign, 0, 0, "F")
        ideal = self._exp - other._exp
        if self._int == 0:
            return Decimal._make(sign, 0, ideal)
        prec = context.prec
        # Enough quotient digits for prec + 1 significant digits; a nonzero remainder is kept
        # as a sticky low digit so the final rounding sees it.
        shift = _digits(other._int) - _digits(self._int) + prec + 1
        exp = ideal - shift
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        if r:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return Decimal._make(sign, q, exp)._round(context)

    def __truediv__(self, other, context=None):
        return self._div(other, context)

    def __rtruediv__(self, other):
        o = _convert(other)
        if o is NotImplemented:
            return _reflected_failure("__rtruediv__", other)
        return o._div(self)

    def _divmod(self, other, context=None):
        context = context or getcontext()
        if self._special or other._special:
            context._raise(InvalidOperation)
            nan = Decimal._make(0, 0, 0, "n")
            return nan, nan
        if other._int == 0:
            if self._int == 0:
                context._raise(DivisionUndefined)
                nan = Decimal._make(0, 0, 0, "n")
                return nan, nan
            context._raise(DivisionByZero)
            return Decimal._make(self._sign ^ other._sign, 0, 0, "F"), Decimal._make(0, 0, 0, "n")
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _digits(q) > context.prec and q:
            context._raise(DivisionImpossible)
            nan = Decimal._make(0, 0, 0, "n")
            return nan, nan
        quotient = Decimal._make(self._sign ^ other._sign, q, 0)
        remainder = Decimal._make(self._sign, r, exp)._round(context)
        return quotient, remainder

    def __floordiv__(self, other, context=None):
        other = _convert(other, op="//")
        if other is NotImplemented:
            return other
        return self._divmod(other, context)[0]

    def __rfloordiv__(self, other):
        o = _convert(other)
        if o is NotImplemented:
            return _reflected_failure("__rfloordiv__", other)
        return o.__floordiv__(self)

    def __mod__(self, other, context=None):
        other = _convert(other, op="%")
        if other is NotImplemented:
            return other
        return self._divmod(other, context)[1]

    def __rmod__(self, other):
        o = _convert(other)
        if o is NotImplemented:
            return _reflected_failure("__rmod__", other)
        return o.__mod__(self)

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._divmod(other, context)

    def __rdivmod__(self, other):
        o = _convert(other)
        if o is NotImplemented:
            return o
        return o.__divmod__(self)

    def remainder_near(self, other, context=None):
        other = _convert(other, True)
        q, r = self._divmod(other, context)
        twice = abs(r) * 2
        if twice > abs(other) or (twice == abs(other) and q._int % 2 == 1):
            r = r - other if (r._sign == other._sign) else r + other
        return r

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if modulo is not None:
            return Decimal(pow(int(self), int(other), int(modulo)))
        if other._special or self._special:
            nan = self._nan_check(other, context)
            if nan is not None:
                return nan
            return Decimal(float(self) ** float(other))
        if other._exp >= 0 or other == other.to_integral_value():
            n = int(other)
            if n >= 0:
                with localcontext(context) as ctx:
                    ctx.prec = context.prec + 10
                    result = Decimal(1)
                    base = self
                    while n:
                        if n & 1:
                            result = result._mul(base, ctx)
                        base = base._mul(base, ctx)
                        n >>= 1
                if self._exp >= 0 and other._exp >= 0 or result._int == 0:
                    return result._round(context)
                exact = Decimal._make(self._sign if int(other) % 2 else 0, self._int ** int(other), self._exp * int(other))
                return exact._round(context)
            if self.is_zero():
                context._raise(DivisionByZero)
                return Decimal._make(self._sign if -n % 2 else 0, 0, 0, "F")
            with localcontext(context) as ctx:
                ctx.prec = context.prec + 10
                denominator = self.__pow__(Decimal(-n), context=ctx)
            return Decimal(1)._div(denominator, context)
        if self._sign and not self.is_zero():
            context._raise(InvalidOperation)
            return Decimal._make(0, 0, 0, "n")
        value = Decimal(repr(float(self) ** float(other)))
        context._raise(Inexact)
        return value._round(context)

    def __rpow__(self, other, modulo=None):
        o = _convert(other)
        if o is NotImplemented:
            return o
        return o.__pow__(self, modulo)

    def __neg__(self, context=None):
        if self._special:
            return Decimal._make(self._sign ^ 1, self._int, self._exp, self._special)
        context = context or getcontext()
        sign = 0 if self._int == 0 and context.rounding != ROUND_FLOOR else self._sign ^ 1
        return Decimal._make(sign, self._int, self._exp)._round(context)

    def __pos__(self, context=None):
        if self._special:
            return self
        context = context or getcontext()
        sign = 0 if self._int == 0 and context.rounding != ROUND_FLOOR else self._sign
        return Decimal._make(sign, self._int, self._exp)._round(context)

    def __abs__(self, round=True, context=None):
        if self._special:
            return Decimal._make(0, self._int, self._exp, self._special)
        result = Decimal._make(0, self._int, self._exp)
        return result._round(context) if round else result

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return Decimal._make(self._sign ^ 1, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return Decimal._make(other._sign, self._int, self._exp, self._special)

    def sqrt(self, context=None):
        context = context or getcontext()
        if self._special:
            nan = self._nan_check(None, context)
            if nan is not None:
                return nan
            if self._sign:
                context._raise(InvalidOperation)
                return Decimal._make(0, 0, 0, "n")
            return self
        ideal = self._exp // 2
        if self._int == 0:
            return Decimal._make(self._sign, 0, ideal)
        if self._sign:
            context._raise(InvalidOperation)
            return Decimal._make(0, 0, 0, "n")
        coef, exp = self._int, self._exp
        if exp % 2:
            coef *= 10
            exp -= 1
        # Scale by an even power of ten so the root has at least prec + 2 digits.
        k = max(0, context.prec + 2 - (_digits(coef) + 1) // 2)
        scaled = coef * 100 ** k
        root = math.isqrt(scaled)
        rexp = exp // 2 - k
        if root * root == scaled:
            while rexp < ideal and root % 10 == 0:
                root //= 10
                rexp += 1
        elif root % 5 == 0:
            root += 1
        with localcontext(context) as ctx:
            ctx.rounding = ROUND_HALF_EVEN
            result = Decimal._make(0, root, rexp)._round(ctx)
        return result

    def exp(self, context=None):
        return Decimal(repr(math.exp(float(self))))._round(context)

    def ln(self, context=None):
        return Decimal(repr(math.log(float(self))))._round(context)

    def log10(self, context=None):
        return Decimal(repr(math.log10(float(self))))._round(context)

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp, True)
        context = context or getcontext()
        rounding = rounding or context.rounding
        if self._special or exp._special:
            nan = self._nan_check(exp, context)
            if nan is not None:
                return nan
            if self.is_infinite() and exp.is_infinite():
                return self
            context._raise(InvalidOperation)
            return Decimal._make(0, 0, 0, "n")
        target = exp._exp
        if target >= self._exp:
            coef, inexact = _round_coefficient(self._int, target - self._exp, self._sign, rounding) if target > self._exp else (self._int, False)
            if target > self._exp:
                context._raise(Rounded)
            if inexact:
                context._raise(Inexact)
        else:
            coef = self._int * 10 ** (self._exp - target)
        if _digits(coef) > context.prec:
            context._raise(InvalidOperation)
            return Decimal._make(0, 0, 0, "n")
        return Decimal._make(self._sign, coef, target)

    def to_integral_value(self, rounding=None, context=None):
        if self._special or self._exp >= 0:
            return self
        context = context or getcontext()
        coef, _ = _round_coefficient(self._int, -self._exp, self._sign, rounding or context.rounding)
        return Decimal._make(self._sign, coef, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def normalize(self, context=None):
        if self._special:
            return self
        result = self._round(context)
        coef, exp = result._int, result._exp
        if coef == 0:
            return Decimal._make(result._sign, 0, 0)
        while coef % 10 == 0:
            coef //= 10
            exp += 1
        return Decimal._make(result._sign, coef, exp)

    def _next(self, context, up):
        context = context or getcontext()
        if self._special:
            if self.is_nan():
                return self._nan_check(None, context) or self
            if (self._sign == 0) == up:
                return self
            return Decimal._make(self._sign, 10 ** context.prec - 1, context.Emax - context.prec + 1)
        if self._int == 0:
            return Decimal._make(0 if up else 1, 1, context.Etiny())
        # A nudge far below one unit in the last place, rounded towards the direction.
        tiny_exp = min(self.adjusted() - context.prec, self._exp) - 2
        nudge = Decimal._make(0 if up else 1, 1, tiny_exp)
        with localcontext(context) as ctx:
            ctx.rounding = ROUND_CEILING if up else ROUND_FLOOR
            ctx.traps[Inexact] = 0
            ctx.traps[Rounded] = 0
            return self._add(nudge, ctx)

    def next_plus(self, context=None):
        return self._next(context, True)

    def next_minus(self, context=None):
        return self._next(context, False)

    def next_toward(self, other, context=None):
        other = _convert(other, True)
        c = self._compare_key(other)
        if c == 0:
            return self.copy_sign(other)
        return self._next(context, c < 0)

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._special or other._special:
            return self._special == other._special
        return self._exp == other._exp

    def fma(self, other, third, context=None):
        product = Decimal._make(self._sign ^ _convert(other, True)._sign, self._int * other._int, self._exp + other._exp)
        return product._add(third, context)

    def scaleb(self, other, context=None):
        other = _convert(other, True)
        if self._special:
            return self
        return Decimal._make(self._sign, self._int, self._exp + int(other))._round(context)

    def number_class(self, context=None):
        if self.is_nan():
            return "sNaN" if self.is_snan() else "NaN"
        sign = "-" if self._sign else "+"
        if self.is_infinite():
            return sign + "Infinity"
        if self.is_zero():
            return sign + "Zero"
        return sign + ("Normal" if self.is_normal(context) else "Subnormal")

    # comparison

    def _compare_key(self, other):
        """-1, 0 or 1 for self against other (an int, float, Fraction or Decimal); None for
        unordered (NaN) and NotImplemented for other types."""
        if isinstance(other, Decimal):
            if other._special:
                if other.is_nan():
                    return None
                other_ratio = None
            else:
                other_ratio = other.as_integer_ratio()
            other_inf = other._special == "F"
            other_sign = other._sign
        elif isinstance(other, int):
            other_ratio, other_inf, other_sign = (other, 1), False, 0
        elif isinstance(other, float):
            getcontext().flags[FloatOperation] = 1
            if math.isnan(other):
                return None
            other_inf = math.isinf(other)
            other_sign = 1 if other < 0 else 0
            other_ratio = None if other_inf else other.as_integer_ratio()
        elif hasattr(other, "numerator") and hasattr(other, "denominator") and type(other).__name__ == "Fraction":
            other_ratio, other_inf, other_sign = (other.numerator, other.denominator), False, 0
        else:
            return NotImplemented
        if self.is_nan():
            return None
        if self._special == "F" or other_inf:
            a = 0 if self._special != "F" else (-1 if self._sign else 1)
            b = 0 if not other_inf else (-1 if other_sign else 1)
            return (a > b) - (a < b)
        n, d = self.as_integer_ratio()
        on, od = other_ratio
        left, right = n * od, on * d
        return (left > right) - (left < right)

    def __eq__(self, other, context=None):
        c = self._compare_key(other)
        if c is NotImplemented:
            return c
        return c == 0

    def __ne__(self, other, context=None):
        c = self._compare_key(other)
        if c is NotImplemented:
            return c
        return c != 0

    def _ordered(self, other, test):
        c = self._compare_key(other)
        if c is NotImplemented:
            return c
        if c is None:
            getcontext()._raise(InvalidOperation)
            return False
        return test(c)

    def __lt__(self, other, context=None):
        return self._ordered(other, lambda c: c < 0)

    def __le__(self, other, context=None):
        return self._ordered(other, lambda c: c <= 0)

    def __gt__(self, other, context=None):
        return self._ordered(other, lambda c: c > 0)

    def __ge__(self, other, context=None):
        return self._ordered(other, lambda c: c >= 0)

    def compare(self, other, context=None):
        other = _convert(other, True)
        c = self._compare_key(other)
        if c is None:
            return Decimal._make(0, 0, 0, "n")
        return Decimal(c)

    def compare_total(self, other, context=None):
        return self.compare(other, context)

    def max(self, other, context=None):
        other = _convert(other, True)
        return (other if self._compare_key(other) < 0 else self)._round(context)

    def min(self, other, context=None):
        other = _convert(other, True)
        return (other if self._compare_key(other) > 0 else self)._round(context)

    def __hash__(self):
        if self._special:
            if self.is_snan():
                raise TypeError("Cannot hash a signaling NaN value.")
            if self.is_nan():
                return object.__hash__(self)
            return -sys.hash_info.inf if self._sign else sys.hash_info.inf
        modulus = sys.hash_info.modulus
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, modulus)
        else:
            exp_hash = pow(pow(10, modulus - 2, modulus), -self._exp, modulus)
        h = self._int * exp_hash % modulus
        h = -h if self._sign else h
        return -2 if h == -1 else h


Decimal.__module__ = "decimal"
Context.__module__ = "decimal"

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

try:
    import numbers as _numbers
    _numbers.Number.register(Decimal)
except ImportError:
    pass
