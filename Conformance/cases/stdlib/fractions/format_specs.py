# description: Fraction.__format__ with fill, alignment, sign, z, thousands separators, zero padding and every float presentation type, computed exactly from the fraction
# features: [fractions, formatting]
# min-version: 3.12
# expect: output

from fractions import Fraction as F

values = [F(22, 7), F(-1, 3), F(0), F(-1, 10 ** 8), F(10 ** 12, 7), F(5, 2), F(7, 2), F(1, 8)]
specs = ["", ">10", "<10", "^11", "=+10", "*^9", "+", " ", "#", ",", "_",
         ".3f", "f", ".0f", ".0e", "e", ".2E", "g", ".3g", "G", "#g", ".1%", "%", "z.2f", "+.2f",
         "010.2f", "=+012.3f", ",.2f", "_.4f", "015,.2f", "#.0f", ".10g", "8.3e"]
for spec in specs:
    out = []
    for v in values:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append("ValueError")
    print(repr(spec), out)
for spec in ["d", "x", "s", ">=10.2f", ".f", "010>5", "z"]:
    try:
        print(repr(spec), format(F(1, 3), spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
