"""Fraction, infinite-precision, rational numbers."""

import math
import sys

__all__ = ['Fraction']

_PyHASH_MODULUS = sys.hash_info.modulus
_PyHASH_INF = sys.hash_info.inf


def _hash_algorithm(numerator, denominator):
    # The numeric hash shared by int, float, Decimal and Fraction: the value
    # modulo the prime P, with numerator * inverse(denominator) mod P.
    try:
        dinv = pow(denominator, -1, _PyHASH_MODULUS)
    except ValueError:
        # denominator is a multiple of P: the value hashes like infinity.
        hash_ = _PyHASH_INF
    else:
        hash_ = hash(hash(abs(numerator)) * dinv)
    result = hash_ if numerator >= 0 else -hash_
    return -2 if result == -1 else result


# ---- numeric tower checks without importing numbers (and decimal) eagerly ----

def _numbers():
    try:
        import numbers
    except ImportError:
        return None
    return numbers


def _is_rational(x):
    if isinstance(x, (int, Fraction)):
        return True
    if isinstance(x, (float, complex, str)):
        return False
    numbers = _numbers()
    return numbers is not None and isinstance(x, numbers.Rational)


def _is_real(x):
    if isinstance(x, (int, float, Fraction)):
        return True
    if isinstance(x, (complex, str)):
        return False
    numbers = _numbers()
    return numbers is not None and isinstance(x, numbers.Real)


def _is_complex(x):
    if isinstance(x, (int, float, complex, Fraction)):
        return True
    if isinstance(x, str):
        return False
    numbers = _numbers()
    return numbers is not None and isinstance(x, numbers.Complex)


def _decimal_type():
    module = sys.modules.get('decimal')
    return getattr(module, 'Decimal', None) if module is not None else None


def _is_decimal(x):
    Decimal = _decimal_type()
    return Decimal is not None and isinstance(x, Decimal)


# ---- parsing "3/4", " -1.25e2 " and friends ----

def _digits(s, i, allow_underscores=True):
    """The end of a run of decimal digits starting at i, with single underscores
    allowed between digits; returns i when there is no digit at i."""
    n = len(s)
    if i >= n or not s[i].isdecimal():
        return i
    j = i + 1
    while j < n:
        c = s[j]
        if c.isdecimal():
            j += 1
        elif c == '_' and allow_underscores and j + 1 < n and s[j + 1].isdecimal():
            j += 2
        else:
            break
    return j


def _skip_space(s, i):
    n = len(s)
    while i < n and s[i].isspace():
        i += 1
    return i


def _parse_rational(text):
    """(numerator, denominator) for a Fraction string, or None when invalid."""
    s = text
    n = len(s)
    i = _skip_space(s, 0)
    negative = False
    if i < n and s[i] in '+-':
        negative = s[i] == '-'
        i += 1
    # A digit, or a point followed by a digit, must come next.
    if not (i < n and (s[i].isdecimal() or (s[i] == '.' and i + 1 < n and s[i + 1].isdecimal()))):
        return None
    j = _digits(s, i)
    numerator = int(s[i:j]) if j > i else 0
    i = j
    # numerator/denominator
    k = _skip_space(s, i)
    if k < n and s[k] == '/':
        k = _skip_space(s, k + 1)
        end = _digits(s, k)
        if end == k or _skip_space(s, end) != n:
            return None
        denominator = int(s[k:end])
    else:
        denominator = 1
        if i < n and s[i] == '.':
            i += 1
            end = _digits(s, i)
            if end > i:
                decimal = s[i:end].replace('_', '')
                scale = 10 ** len(decimal)
                numerator = numerator * scale + int(decimal)
                denominator *= scale
            i = end
        if i < n and s[i] in 'eE':
            k = i + 1
            if k < n and s[k] in '+-':
                k += 1
            end = _digits(s, k)
            if end > k:
                exp = int(s[i + 1:end])
                if exp >= 0:
                    numerator *= 10 ** exp
                else:
                    denominator *= 10 ** -exp
                i = end
        if _skip_space(s, i) != n:
            return None
    if negative:
        numerator = -numerator
    return numerator, denominator


# ---- rounding for float-style formatting ----

def _round_to_exponent(n, d, exponent, no_neg_zero=False):
    """Round n/d to the nearest multiple of 10**exponent (ties to even);
    returns (sign, significand)."""
    if exponent >= 0:
        d *= 10 ** exponent
    else:
        n *= 10 ** -exponent
    q, r = divmod(n + (d >> 1), d)
    if r == 0 and d & 1 == 0:
        q &= -2
    sign = q < 0 if no_neg_zero else n < 0
    return sign, abs(q)


def _round_to_figures(n, d, figures):
    """Round n/d to the given number of significant figures (ties to even);
    returns (sign, significand, exponent)."""
    if n == 0:
        return False, 0, 1 - figures
    str_n, str_d = str(abs(n)), str(d)
    m = len(str_n) - len(str_d) + (str_d <= str_n)
    exponent = m - figures
    sign, significand = _round_to_exponent(n, d, exponent)
    if len(str(significand)) == figures + 1:
        significand //= 10
        exponent += 1
    return sign, significand, exponent


def _parse_format_spec(spec, float_style):
    """The fields of a Fraction format spec, or None when it does not match.

    The general form is [[fill]align][sign][#][width][,|_]; the float style
    adds [z] after the sign, [0] before the width, [.precision] and a
    presentation type from "eEfFgG%"."""
    n = len(spec)
    prefixes = []
    if n >= 2 and spec[1] in '<>=^':
        prefixes.append((spec[0], spec[1], 2))
    if n >= 1 and spec[0] in '<>=^':
        prefixes.append((None, spec[0], 1))
    prefixes.append((None, None, 0))
    for fill, align, i in prefixes:
        fields = {'fill': fill, 'align': align, 'sign': '', 'no_neg_zero': None, 'alt': None,
                  'zeropad': None, 'minimumwidth': None, 'thousands_sep': None,
                  'precision': None, 'presentation_type': None}
        if i < n and spec[i] in '-+ ':
            fields['sign'] = spec[i]
            i += 1
        if float_style and i < n and spec[i] == 'z':
            fields['no_neg_zero'] = 'z'
            i += 1
        if i < n and spec[i] == '#':
            fields['alt'] = '#'
            i += 1
        if float_style and i + 1 < n and spec[i] == '0' and spec[i + 1] in '0123456789':
            fields['zeropad'] = '0'
            i += 1
        if i < n and spec[i] == '0':
            fields['minimumwidth'] = '0'
            i += 1
        elif i < n and spec[i] in '123456789':
            j = i + 1
            while j < n and spec[j] in '0123456789':
                j += 1
            fields['minimumwidth'] = spec[i:j]
            i = j
        if i < n and spec[i] in ',_':
            fields['thousands_sep'] = spec[i]
            i += 1
        if float_style:
            if i < n and spec[i] == '.':
                j = i + 1
                if j < n and spec[j] == '0':
                    j += 1
                elif j < n and spec[j] in '123456789':
                    j += 1
                    while j < n and spec[j] in '0123456789':
                        j += 1
                else:
                    continue
                fields['precision'] = spec[i + 1:j]
                i = j
            if i < n and spec[i] in 'eEfFgG%':
                fields['presentation_type'] = spec[i]
                i += 1
            else:
                continue
        if i == n:
            return fields
    return None


def _pad(sign, body, fill, align, minimumwidth):
    padding = fill * (minimumwidth - len(sign) - len(body))
    if align == ">":
        return padding + sign + body
    if align == "<":
        return sign + body + padding
    if align == "^":
        half = len(padding) // 2
        return padding[:half] + sign + body + padding[half:]
    return sign + padding + body


class Fraction:
    """This class implements rational numbers.

    In the two-argument form of the constructor, Fraction(8, 6) will
    produce a rational number equivalent to 4/3. Both arguments must
    be Rational. The numerator defaults to 0 and the denominator
    defaults to 1 so that Fraction(3) == 3 and Fraction() == 0.

    Fractions can also be constructed from:

      - numeric strings similar to those accepted by the
        float constructor (for example, '-2.3' or '1e10')

      - strings of the form '123/456'

      - float and Decimal instances

      - other Rational instances (including integers)

    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        """Constructs a Rational.

        Takes a string like '3/2' or '1.5', another Rational instance, a
        numerator/denominator pair, or a float.
        """
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            elif _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            elif isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                parsed = _parse_rational(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string "
                                "or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator
            )
        else:
            raise TypeError("both arguments should be "
                            "Rational instances")

        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        numerator //= g
        denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly.

        Beware that Fraction.from_float(0.3) != Fraction(3, 10).

        """
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            numbers = _numbers()
            if numbers is not None and isinstance(f, numbers.Integral):
                return cls(f)
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        from decimal import Decimal
        if isinstance(dec, int):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            numbers = _numbers()
            if numbers is not None and isinstance(dec, numbers.Integral):
                dec = Decimal(int(dec))
            else:
                raise TypeError(
                    "%s.from_decimal() only takes Decimals, not %r (%s)" %
                    (cls.__name__, dec, type(dec).__name__))
        return cls._from_coprime_ints(*dec.as_integer_ratio())

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator, /):
        """A fraction from a pair of ints already in lowest terms (denominator positive)."""
        obj = super(Fraction, cls).__new__(cls)
        obj._numerator = numerator
        obj._denominator = denominator
        return obj

    def is_integer(self):
        """Return True if the Fraction is an integer."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """Return a pair of integers, whose ratio is equal to the original Fraction.

        The ratio is in lowest terms and has a positive denominator.
        """
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator.

        >>> Fraction('3.141592653589793').limit_denominator(10)
        Fraction(22, 7)
        >>> Fraction('3.141592653589793').limit_denominator(100)
        Fraction(311, 99)
        >>> Fraction(4321, 8765).limit_denominator(10000)
        Fraction(4321, 8765)
        """
        # Walk the continued fraction of self until the next convergent's
        # denominator would be too large, then pick the better of the last
        # convergent and the best semiconvergent bounded by max_denominator.
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)

        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # Of two candidates at equal distance, the one with the smaller
        # denominator wins.
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._from_coprime_ints(p1, q1)
        return Fraction._from_coprime_ints(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    @property
    def real(a):
        """Real numbers are their real component."""
        return +a

    @property
    def imag(a):
        """Real numbers have no imaginary component."""
        return 0

    def conjugate(a):
        """Conjugate is a no-op for Reals."""
        return +a

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def _format_general(self, spec):
        # No presentation type: the fraction itself ("n/d", or "n" for integers).
        fill = spec["fill"] or " "
        align = spec["align"] or ">"
        pos_sign = "" if spec["sign"] == "-" else spec["sign"]
        minimumwidth = int(spec["minimumwidth"] or "0")
        thousands_sep = spec["thousands_sep"] or ''
        n, d = self._numerator, self._denominator
        if d > 1 or spec["alt"]:
            body = f"{abs(n):{thousands_sep}}/{d:{thousands_sep}}"
        else:
            body = f"{abs(n):{thousands_sep}}"
        sign = '-' if n < 0 else pos_sign
        return _pad(sign, body, fill, align, minimumwidth)

    def _format_float_style(self, spec):
        # eEfFgG% presentation types, computed exactly from the fraction.
        fill = spec["fill"] or " "
        align = spec["align"] or ">"
        pos_sign = "" if spec["sign"] == "-" else spec["sign"]
        no_neg_zero = bool(spec["no_neg_zero"])
        alternate_form = bool(spec["alt"])
        zeropad = bool(spec["zeropad"])
        minimumwidth = int(spec["minimumwidth"] or "0")
        thousands_sep = spec["thousands_sep"]
        precision = int(spec["precision"] or "6")
        presentation_type = spec["presentation_type"]
        trim_zeros = presentation_type in "gG" and not alternate_form
        trim_point = not alternate_form
        exponent_indicator = "E" if presentation_type in "EFG" else "e"

        if presentation_type in "fF%":
            exponent = -precision
            if presentation_type == "%":
                exponent -= 2
            negative, significand = _round_to_exponent(
                self._numerator, self._denominator, exponent, no_neg_zero)
            scientific = False
            point_pos = precision
        else:
            figures = (max(precision, 1) if presentation_type in "gG"
                       else precision + 1)
            negative, significand, exponent = _round_to_figures(
                self._numerator, self._denominator, figures)
            scientific = (presentation_type in "eE"
                          or exponent > 0
                          or exponent + figures <= -4)
            point_pos = figures - 1 if scientific else -exponent

        if presentation_type == "%":
            suffix = "%"
        elif scientific:
            suffix = f"{exponent_indicator}{exponent + point_pos:+03d}"
        else:
            suffix = ""

        digits = f"{significand:0{point_pos + 1}d}"
        sign = "-" if negative else pos_sign
        leading = digits[:len(digits) - point_pos]
        frac_part = digits[len(digits) - point_pos:]
        if trim_zeros:
            frac_part = frac_part.rstrip("0")
        separator = "" if trim_point and not frac_part else "."
        trailing = separator + frac_part + suffix

        if zeropad:
            min_leading = minimumwidth - len(sign) - len(trailing)
            leading = leading.zfill(
                3 * min_leading // 4 + 1 if thousands_sep else min_leading)
        if thousands_sep:
            first_pos = 1 + (len(leading) - 1) % 3
            leading = leading[:first_pos] + "".join(
                thousands_sep + leading[pos:pos + 3]
                for pos in range(first_pos, len(leading), 3))
        return _pad(sign, leading + trailing, fill, align, minimumwidth)

    def __format__(self, format_spec, /):
        """Format this fraction according to the given format specification."""
        spec = _parse_format_spec(format_spec, float_style=False)
        if spec is not None:
            return self._format_general(spec)
        spec = _parse_format_spec(format_spec, float_style=True)
        if spec is not None and (spec["align"] is None or spec["zeropad"] is None):
            return self._format_float_style(spec)
        raise ValueError(
            f"Invalid format specifier {format_spec!r} "
            f"for object of type {type(self).__name__!r}")

    # ---- arithmetic ----
    #
    # Each operator handles Fraction and int exactly, falls back to float or
    # complex arithmetic for those types, and returns NotImplemented otherwise
    # so that the other operand may handle the operation.

    def _operator_fallbacks(monomorphic_operator, fallback_operator, name,
                            handle_complex=True):
        def forward(a, b):
            if isinstance(b, Fraction):
                return monomorphic_operator(a, b)
            elif isinstance(b, int):
                return monomorphic_operator(a, Fraction(b))
            elif isinstance(b, float):
                return fallback_operator(float(a), b)
            elif handle_complex and isinstance(b, complex):
                return fallback_operator(complex(a), b)
            else:
                return NotImplemented
        forward.__name__ = '__' + name + '__'
        forward.__doc__ = monomorphic_operator.__doc__

        def reverse(b, a):
            if _is_rational(a):
                return monomorphic_operator(Fraction(a), b)
            elif _is_real(a):
                return fallback_operator(float(a), float(b))
            elif handle_complex and _is_complex(a):
                return fallback_operator(complex(a), complex(b))
            else:
                return NotImplemented
        reverse.__name__ = '__r' + name + '__'
        reverse.__doc__ = monomorphic_operator.__doc__
        return forward, reverse

    def _add(a, b):
        """a + b"""
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction._from_coprime_ints(na * db + da * nb, da * db)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction._from_coprime_ints(t, s * db)
        return Fraction._from_coprime_ints(t // g2, s * (db // g2))

    __add__, __radd__ = _operator_fallbacks(_add, lambda x, y: x + y, 'add')

    def _sub(a, b):
        """a - b"""
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction._from_coprime_ints(na * db - da * nb, da * db)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction._from_coprime_ints(t, s * db)
        return Fraction._from_coprime_ints(t // g2, s * (db // g2))

    __sub__, __rsub__ = _operator_fallbacks(_sub, lambda x, y: x - y, 'sub')

    def _mul(a, b):
        """a * b"""
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g1 = math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return Fraction._from_coprime_ints(na * nb, db * da)

    __mul__, __rmul__ = _operator_fallbacks(_mul, lambda x, y: x * y, 'mul')

    def _div(a, b):
        """a / b"""
        nb, db = b._numerator, b._denominator
        if nb == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % db)
        na, da = a._numerator, a._denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction._from_coprime_ints(n, d)

    __truediv__, __rtruediv__ = _operator_fallbacks(_div, lambda x, y: x / y, 'truediv')

    def _floordiv(a, b):
        """a // b"""
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, lambda x, y: x // y, 'floordiv', False)

    def _divmod(a, b):
        """(a // b, a % b)"""
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod, 'divmod', False)

    def _mod(a, b):
        """a % b"""
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __mod__, __rmod__ = _operator_fallbacks(_mod, lambda x, y: x % y, 'mod', False)

    def __pow__(a, b):
        """a ** b

        If b is not an integer, the result will be a float or complex
        since roots are generally irrational. If b is an integer, the
        result will be rational.
        """
        if _is_rational(b):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction._from_coprime_ints(a._numerator ** power,
                                                       a._denominator ** power)
                elif a._numerator > 0:
                    return Fraction._from_coprime_ints(a._denominator ** -power,
                                                       a._numerator ** -power)
                elif a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' %
                                            a._denominator ** -power)
                else:
                    return Fraction._from_coprime_ints((-a._denominator) ** -power,
                                                       (-a._numerator) ** -power)
            return float(a) ** float(b)
        elif isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            # If a is an int, keep it that way if possible.
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a: Coerces a subclass instance to Fraction"""
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a):
        """int(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a._numerator // a._denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a._numerator // a._denominator)

    def __float__(a):
        """float(a): the nearest float (int / int rounds correctly)."""
        return int(a._numerator) / int(a._denominator)

    def __complex__(a):
        """complex(a)"""
        return complex(float(a))

    def __round__(self, ndigits=None):
        """round(self, ndigits)

        Rounds half toward even.
        """
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            elif remainder * 2 > d:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """hash(self)"""
        return _hash_algorithm(self._numerator, self._denominator)

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if _is_complex(b) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                # Only infinite or nan floats compare equal to nothing finite.
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        # Rationals compare by cross-multiplying; floats by converting the
        # float exactly (infinities and nan behave as against 0.0).
        if _is_rational(other):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        """a > b"""
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        """a <= b"""
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        """a >= b"""
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


try:
    import numbers as _numbers_module
except ImportError:
    pass
else:
    _numbers_module.Rational.register(Fraction)
    del _numbers_module
