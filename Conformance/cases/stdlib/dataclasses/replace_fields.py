# description: dataclasses.replace creates modified copies, rejects init=False fields, and fields/is_dataclass introspect classes and instances
# features: [dataclasses]
# min-version: 3.13
# expect: output

from dataclasses import dataclass, field, fields, replace, is_dataclass, InitVar

@dataclass
class Config:
    host: str
    port: int = 80
    debug: bool = False
    computed: str = field(init=False, default="")
    def __post_init__(self):
        self.computed = f"{self.host}:{self.port}"

c = Config("localhost")
c2 = replace(c, port=8080)
print("replace:", c2, "original:", c)
print("post_init reruns:", c2.computed)
try:
    replace(c, computed="x")
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
try:
    replace(c, nope=1)
except TypeError as e:
    print("TypeError:", e)
print("fields:", [(f.name, f.type.__name__) for f in fields(Config)])
print("fields of instance:", [f.name for f in fields(c)])
print("is_dataclass:", is_dataclass(Config), is_dataclass(c), is_dataclass(5), is_dataclass(dict))
try:
    fields(5)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.x *= scale
w = WithInit(2, 10)
print("initvar:", w, [f.name for f in fields(w)])
print("replace with initvar:", replace(w, scale=3))
