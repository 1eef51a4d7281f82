# description: a case imports a support module that sits beside it
# features: [imports]
# expect: output

import _helper

print(_helper.GREETING)
print(_helper.double(21))
