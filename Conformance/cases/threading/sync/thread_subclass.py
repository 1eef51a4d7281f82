# description: Thread subclasses overriding run() keep results as attributes; run() called directly runs inline
# features: [threading, classes]
# expect: output
import threading

class Summer(threading.Thread):
    def __init__(self, numbers):
        super().__init__(name="summer-%d" % len(numbers))
        self.numbers = numbers
        self.result = None
        self.ran_in = None
    def run(self):
        self.ran_in = threading.current_thread().name
        self.result = sum(self.numbers)
workers = [Summer(list(range(n))) for n in (10, 100, 1000)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("results:", [(w.name, w.result, w.ran_in == w.name) for w in workers])
inline = Summer([1, 2, 3])
inline.run()
print("run() inline executes in caller:", inline.result, inline.ran_in)
class Default(threading.Thread):
    pass
called = []
d = Default(target=called.append, args=("default run calls target",))
d.start()
d.join()
print("base run calls target:", called)
class NoInit(threading.Thread):
    def __init__(self):
        pass
try:
    NoInit().start()
except RuntimeError as e:
    print("missing Thread.__init__ ! RuntimeError:", e)
