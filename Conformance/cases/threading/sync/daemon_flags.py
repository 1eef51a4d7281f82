# description: daemon flag defaults and inheritance, setting it on a started thread fails, main thread properties
# features: [threading]
# expect: output
import threading

main = threading.main_thread()
print("main thread:", main.name, main.daemon, main is threading.current_thread())
t = threading.Thread(target=lambda: None)
print("default daemon from main:", t.daemon)
d = threading.Thread(target=lambda: None, daemon=True)
print("explicit daemon:", d.daemon)
inherited = []
def spawn():
    inner = threading.Thread(target=lambda: None)
    inherited.append(inner.daemon)
    inner2 = threading.Thread(target=lambda: None, daemon=False)
    inherited.append(inner2.daemon)
parent = threading.Thread(target=spawn, daemon=True)
parent.start()
parent.join()
print("child of daemon inherits:", inherited)
gate = threading.Event()
running = threading.Thread(target=gate.wait)
running.start()
try:
    running.daemon = True
except RuntimeError as e:
    print("set daemon on active ! RuntimeError:", e)
gate.set()
running.join()
x = threading.Thread(target=lambda: None)
x.daemon = True
print("set before start ok:", x.daemon)
forever = threading.Event()
bg = threading.Thread(target=forever.wait, daemon=True)
bg.start()
print("daemon thread left running at exit:", bg.is_alive())
