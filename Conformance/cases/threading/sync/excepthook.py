# description: uncaught exceptions in threads go to threading.excepthook with type/value/thread; the thread ends
# features: [threading, exceptions]
# expect: output
import threading

captured = []
def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name if args.thread else None,
                     args.exc_traceback is not None))
original = threading.excepthook
threading.excepthook = hook
def fails():
    raise ValueError("boom in thread")
t = threading.Thread(target=fails, name="failing-worker")
t.start()
t.join()
print("captured:", captured)
print("thread not alive:", t.is_alive())
def exits():
    raise SystemExit(3)
t2 = threading.Thread(target=exits, name="exiting")
t2.start()
t2.join()
print("SystemExit also reaches a custom hook:", [c[0] for c in captured])
threading.excepthook = original
print("default hook restored:", threading.excepthook is threading.__excepthook__)
print("main continues normally after thread failures")
def bad_hook(args):
    raise RuntimeError("hook itself failed")
threading.excepthook = bad_hook
t3 = threading.Thread(target=fails)
t3.start()
t3.join()
threading.excepthook = original
print("failing hook does not kill the process")
