# description: command-line arguments arrive in sys.argv after the script name
# features: [sys]
# args: ["alpha", "beta gamma", "δ", ""]
# expect: output

import sys

print(len(sys.argv))
print(sys.argv[0])
for arg in sys.argv[1:]:
    print(repr(arg))
