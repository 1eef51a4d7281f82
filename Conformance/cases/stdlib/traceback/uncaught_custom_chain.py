# description: an uncaught custom exception raised from another ends the program with status 1; stderr ends with the qualified custom type
# features: [traceback, exceptions]
# expect: exception ConfigError

class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"cannot parse {text!r}") from e

print("start")
import atexit
atexit.register(lambda: print("atexit handler ran"))
load("oops")
