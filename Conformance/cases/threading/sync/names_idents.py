# description: thread names (explicit and default "Thread-N (target)"), get_ident uniqueness, enumerate/active_count
# features: [threading]
# expect: output
import threading

def task():
    pass
t1 = threading.Thread(target=task)
t2 = threading.Thread(target=task, name="custom")
t3 = threading.Thread()
print("names:", t1.name, "|", t2.name, "|", t3.name)
t2.name = "renamed"
print("rename:", t2.name)
print("current:", threading.current_thread().name, threading.current_thread() is threading.main_thread())
print("ident before start:", t1.ident, t1.native_id)
idents = {}
lock = threading.Lock()
gate = threading.Barrier(4)
def record():
    gate.wait()
    me = threading.current_thread()
    with lock:
        idents[me.name] = (threading.get_ident(), me.ident == threading.get_ident(), isinstance(threading.get_native_id(), int))
    gate.wait()
ws = [threading.Thread(target=record, name="w%d" % i) for i in range(3)]
for w in ws:
    w.start()
gate.wait()
print("enumerate contains workers:", sorted(t.name for t in threading.enumerate() if t.name.startswith("w")))
print("active_count >= 4:", threading.active_count() >= 4)
gate.wait()
for w in ws:
    w.join()
print("ident matches get_ident:", all(v[1] for v in idents.values()))
print("native ids are ints:", all(v[2] for v in idents.values()))
print("idents distinct among live threads:", len({v[0] for v in idents.values()}) == 3)
print("main ident is int:", isinstance(threading.main_thread().ident, int))
print("repr contains name:", "renamed" in repr(t2))
print("finished thread not enumerated:", all(w not in threading.enumerate() for w in ws))
