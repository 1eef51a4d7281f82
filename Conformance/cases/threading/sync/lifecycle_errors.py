# description: Thread lifecycle errors: double start, join before start, join self, invalid targets and args
# features: [threading, exceptions]
# expect: output
import threading

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("join before start ! RuntimeError:", e)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("start twice ! RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("join current ! RuntimeError:", e)
errs = []
def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errs.append(str(e))
s = threading.Thread(target=self_join)
s.start()
s.join()
print("join self in worker:", errs)
captured = []
threading.excepthook = lambda args: captured.append(args.exc_type.__name__ + ": " + str(args.exc_value))
bad = threading.Thread(target=5)
bad.start()
bad.join()
wrong_args = threading.Thread(target=lambda a: None, args=(1, 2))
wrong_args.start()
wrong_args.join()
print("errors reported via excepthook:", captured)
kw = []
k = threading.Thread(target=lambda a, b=0: kw.append((a, b)), args=(1,), kwargs={"b": 2})
k.start()
k.join()
print("args/kwargs passed:", kw)
n = threading.Thread()
n.start()
n.join()
print("no target runs nothing:", not n.is_alive())
