# description: print and sys.stdout.write go through the current sys.stdout object; restoring via sys.__stdout__
# features: [builtins, sys]
# expect: output
import sys
class Capture:
    def __init__(self):
        self.chunks = []
    def write(self, s):
        self.chunks.append(s)
        return len(s)
    def flush(self):
        self.chunks.append("<flush>")
n = sys.stdout.write("direct write\n")
print("write returned:", n)
cap = Capture()
sys.stdout = cap
print("captured", 1, 2)
print("second", end="")
sys.stdout.write("raw")
print("flushed", flush=True)
sys.stdout = sys.__stdout__
print("captured chunks:", cap.chunks)
print("restored:", sys.stdout is sys.__stdout__)
class NoWrite:
    pass
sys.stdout = NoWrite()
try:
    print("fails")
except AttributeError as e:
    err = str(e)
sys.stdout = sys.__stdout__
print("print to object without write ! AttributeError:", err)
sys.stdout = None
print("print with sys.stdout None is silently ignored")
sys.stdout = sys.__stdout__
print("back again")
