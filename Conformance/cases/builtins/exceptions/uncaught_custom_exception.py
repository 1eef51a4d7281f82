# description: an uncaught user-defined exception subclass is reported by its own class name with its message
# features: [builtins, exceptions, classes]
# expect: exception ConfigurationError
class ConfigurationError(ValueError):
    pass
def load(setting):
    if setting is None:
        raise ConfigurationError("setting must not be None")
    return setting
print("loaded:", load("ok"))
try:
    load(None)
except ValueError as e:
    print("caught as ValueError:", e)
load(None)
