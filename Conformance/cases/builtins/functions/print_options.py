# description: print() sep/end/file/flush arguments, str() of arguments, errors for bad keyword values
# features: [builtins, str]
# min-version: 3.13
# expect: output
import sys

print()
print("a", "b", 3, None, [1, "x"])
print("a", "b", sep="")
print("a", "b", sep="--", end="|\n")
print("no newline", end="")
print(" <- continued")
print(sep="ignored", end="only end\n")
print("x", sep=None, end=None)
print(1, 2, 3, sep="\n")
print("to stderr (not captured)", file=sys.stderr)
print("to stdout explicit", file=sys.stdout, flush=True)
print("file=None means stdout", file=None)
class S:
    def __str__(self):
        return "custom str"
    def __repr__(self):
        return "custom repr"
print(S(), [S()])
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
sink = Sink()
print("to", "sink", sep="+", end="!", file=sink)
print("sink received:", sink.parts)
for kwargs in [{"sep": 5}, {"end": 1}, {"file": 5}, {"bogus": 1}]:
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(sorted(kwargs)[0], "!", type(e).__name__ + ":", e)
print("\u00e9\u4e2d\U0001F600", "tab\there")
print(*range(5), sep=", ")
print(*[], sep="never")
