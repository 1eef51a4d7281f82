# description: a __future__ import after other statements fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
from __future__ import annotations
