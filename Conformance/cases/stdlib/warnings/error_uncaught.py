# description: with simplefilter('error') an uncaught warning ends the program like an exception of the warning's category
# features: [warnings, exceptions]
# expect: exception DeprecationWarning

import warnings

warnings.simplefilter("error")
print("before warning")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("suppressed inside block", DeprecationWarning)
print("still running")
warnings.warn("now fatal", DeprecationWarning)
print("not reached")
