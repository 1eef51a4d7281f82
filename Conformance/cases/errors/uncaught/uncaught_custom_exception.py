# description: an uncaught user-defined exception reports its class name and message
# features: [exceptions, classes]
# expect: exception ConfigError

class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(f"missing setting {key!r}")
        self.key = key

def load(settings, key):
    if key not in settings:
        raise ConfigError(key)
    return settings[key]

print("host:", load({"host": "localhost"}, "host"))
load({"host": "localhost"}, "port")
