# description: sys.argv holds the script name then the case's arguments verbatim (spaces, unicode, empty, dashes)
# features: [builtins, sys]
# args: ["plain", "with space", "", "--flag=1", "-x", "\u00e9\u4e2d"]
# expect: output
import sys
print("argc:", len(sys.argv))
print("script:", sys.argv[0].replace("\\", "/").split("/")[-1])
for i, a in enumerate(sys.argv[1:], 1):
    print(i, repr(a), len(a))
print("argv is list of str:", type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv))
sys.argv.append("mutable")
print("mutable:", sys.argv[-1])
