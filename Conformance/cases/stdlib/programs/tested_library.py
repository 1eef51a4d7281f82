# description: program - a small money library with its own unittest suite run programmatically, reporting results without timing
# features: [unittest, dataclasses, functools]
# expect: output

import io
import unittest
from dataclasses import dataclass
from functools import total_ordering

@total_ordering
@dataclass(frozen=True)
class Money:
    cents: int
    currency: str = "EUR"
    @classmethod
    def parse(cls, text):
        amount, _, cur = text.partition(" ")
        whole, _, frac = amount.partition(".")
        if len(frac) > 2:
            raise ValueError(f"too many decimals in {text!r}")
        sign = -1 if whole.startswith("-") else 1
        return cls(sign * (abs(int(whole)) * 100 + int(frac.ljust(2, "0") or 0)), cur or "EUR")
    def __add__(self, other):
        if self.currency != other.currency:
            raise TypeError("currency mismatch")
        return Money(self.cents + other.cents, self.currency)
    def __lt__(self, other):
        return (self.currency, self.cents) < (other.currency, other.cents)
    def split(self, n):
        q, r = divmod(self.cents, n)
        return [Money(q + (1 if i < r else 0), self.currency) for i in range(n)]
    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100}.{abs(self.cents) % 100:02d} {self.currency}"

class MoneyTests(unittest.TestCase):
    def test_parse(self):
        self.assertEqual(Money.parse("12.5 USD"), Money(1250, "USD"))
        self.assertEqual(str(Money.parse("-3.07")), "-3.07 EUR")
    def test_parse_rejects(self):
        with self.assertRaisesRegex(ValueError, "too many decimals"):
            Money.parse("1.234")
    def test_add(self):
        self.assertEqual(Money(5) + Money(7), Money(12))
        self.assertRaises(TypeError, lambda: Money(1) + Money(1, "USD"))
    def test_split(self):
        for n in (1, 3, 7):
            with self.subTest(n=n):
                parts = Money(100).split(n)
                self.assertEqual(sum(p.cents for p in parts), 100)
                self.assertLessEqual(max(parts).cents - min(parts).cents, 1)
    def test_ordering(self):
        self.assertEqual(sorted([Money(3), Money(1), Money(2)]), [Money(1), Money(2), Money(3)])
    def test_negative_fraction(self):
        self.assertEqual(str(Money.parse("-0.50")), "-0.50 EUR")

result = unittest.TextTestRunner(stream=io.StringIO()).run(unittest.defaultTestLoader.loadTestsFromTestCase(MoneyTests))
print("ran:", result.testsRun, "failures:", len(result.failures), "errors:", len(result.errors))
for test, tb in result.failures:
    print("FAIL", test.id().split(".")[-1], "->", tb.strip().splitlines()[-1])
print("split 100 by 3:", [str(m) for m in Money(100).split(3)])
