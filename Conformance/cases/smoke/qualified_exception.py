# description: an uncaught exception from a module is reported by its qualified name
# features: [exceptions, json]
# expect: exception JSONDecodeError

import json

print(json.loads('{"ok": [1, 2.5, null]}'))
json.loads("{broken")
