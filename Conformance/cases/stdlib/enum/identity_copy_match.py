# description: Enum members survive copy, deepcopy and pickle as the same object and work as value patterns in match statements
# features: [enum, copy, control-flow]
# min-version: 3.12
# expect: output

import copy
import pickle
from enum import Enum, IntFlag

class Light(Enum):
    RED = "stop"
    AMBER = "slow"
    GREEN = "go"

class Perm(IntFlag):
    R = 4
    W = 2

print("copy:", copy.copy(Light.RED) is Light.RED, copy.deepcopy(Light.AMBER) is Light.AMBER)
print("pickle:", pickle.loads(pickle.dumps(Light.GREEN)) is Light.GREEN)
print("pickled flag combination:", repr(pickle.loads(pickle.dumps(Perm.R | Perm.W))))
print("deepcopy container:", copy.deepcopy({"l": [Light.RED]})["l"][0] is Light.RED)

def action(light):
    match light:
        case Light.RED:
            return "brake"
        case Light.AMBER | Light.GREEN if light.value == "go":
            return "drive"
        case Light():
            return f"careful ({light.value})"
        case _:
            return "not a light"
for l in [*Light, "stop"]:
    print(repr(l), "->", action(l))
def by_value(v):
    match Light(v):
        case Light.GREEN:
            return "green"
        case other:
            return other.name.lower()
print("lookup then match:", by_value("go"), by_value("slow"))
