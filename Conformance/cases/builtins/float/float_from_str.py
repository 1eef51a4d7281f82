# description: float() parsing of decimal, exponent, underscore, inf/nan spellings, whitespace and errors
# features: [builtins, float, str]
# expect: output

def show(s):
    try:
        print(repr(s), "->", repr(float(s)))
    except Exception as e:
        print(repr(s), "!", type(e).__name__ + ":", e)

for s in ["1.5", "  -2.25\n", "+3", ".5", "5.", "1e3", "1E-3", "-1.5e+10", "1_000.5", "1_000e1_0",
          "1__0", "_1.0", "1.0_", "1._5", "inf", "-Inf", "+INFINITY", "infinity", "nan", "-NaN", "NAN",
          "infx", "nanx", "", " ", ".", "e5", "1e", "1.2.3", "0x10", "1e400", "-1e400", "1e-400",
          "0.1e-320", "00012.5", "１２.５", "\u0661.\u0662", "1,5", "1 5",
          "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999"]:
    show(s)
show(b"2.5")
show(bytearray(b" 7e1 "))
print("memoryview ->", repr(float(memoryview(b"8.25"))))
try:
    float(b"abc")
except ValueError as e:
    print("bytes error ! ValueError:", e)
try:
    float("x" * 300)
except ValueError as e:
    print("long error message length:", len(str(e)))
