# description: f-string expressions, conversions !r/!s/!a, format specs and escaping of braces
# features: [fstrings, formatting]
# expect: output

name = "Wörld"
n = 42
pi = 3.14159265
print(f"hello {name}!")
print(f"{n} {n + 1} {n * 2:>6} {n:#x} {n:08b} {-n:+d}")
print(f"{pi:.3f} {pi:10.2e} {pi:<10.1f}| {1234567.891:,.2f} {0.125:.1%}")
print(f"conversions: {name!r} {name!s} {name!a}")
print(f"braces: {{literal}} {{{n}}} }}{{")
print(f"expressions: {[i * i for i in range(3)]} {dict(a=1)} {'nested ' + 'str'}")
print(f"calls: {len(name)} {name.upper()} {max(1, 2, 3)}")
print(f"conditional: {'yes' if n > 40 else 'no'}")
print(f"lambda needs parens: {(lambda x: x * 2)(5)}")
print(f"indexing: {name[0]} {[1, 2, 3][-1]} {dict(k='v')['k']}")

# nested format spec from variables
width, prec = 12, 3
print(f"nested spec: [{pi:{width}.{prec}f}] [{name:^{width}}] [{n:{'>'}{width}}]")
fill = "*"
print(f"fill from var: [{name:{fill}<{width}}]")

# conversion combined with spec
print(f"repr padded: [{name!r:>12}] [{'x'!r:*^7}]")

# format spec applies to the object's __format__
class Custom:
    def __format__(self, spec):
        return f"Custom({spec})"
print(f"custom: {Custom()} {Custom():abc} {Custom():{width}}")

# multi-line f-string and concatenation with plain strings
msg = (f"a={1} "
       "plain {not formatted} "
       f"b={2}")
print(msg)
print(f"""triple
{n}
quoted""")

# raw f-strings
print(rf"raw \n {n}", fr"\d{n}")

# datetime-like spec passthrough, and = not used
print(f"{'left':<8}|{'right':>8}|{'mid':^9}|")
print(f"{3.0:g} {1e20:g} {1e-5:g} {123456789:e}")
print(f"{True} {None} {b'bytes'} {1+2j}")
