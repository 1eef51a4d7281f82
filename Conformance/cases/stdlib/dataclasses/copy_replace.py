# description: dataclasses gain __replace__ (3.13) so copy.replace works on them, frozen ones included
# features: [dataclasses, copy]
# min-version: 3.13
# expect: output

import dataclasses, copy
@dataclasses.dataclass(frozen=True)
class A:
    x: int = 1
    y: str = "a"
print('__replace__' in A.__dict__, A.__replace__.__qualname__, copy.replace(A(), x=3), A(2).__replace__(y="z"))
try:
    copy.replace(A(), z=1)
except TypeError as e:
    print("TypeError:", e)
