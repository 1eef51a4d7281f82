# description: program - discrete-event scheduler simulation using heapq for the event queue, dataclasses for tasks and enum for states
# features: [heapq, dataclasses, enum]
# expect: output

import heapq
import itertools
from dataclasses import dataclass, field
from enum import Enum, auto

class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()

@dataclass(order=True)
class Event:
    time: int
    seq: int
    kind: str = field(compare=False)
    task: "Task" = field(compare=False, repr=False)

@dataclass
class Task:
    name: str
    priority: int
    duration: int
    deps: tuple = ()
    state: State = State.PENDING
    finished_at: int | None = None

tasks = {t.name: t for t in [
    Task("fetch", 1, 3),
    Task("parse", 2, 2, ("fetch",)),
    Task("index", 3, 4, ("parse",)),
    Task("thumbs", 2, 5, ("fetch",)),
    Task("publish", 1, 1, ("index", "thumbs")),
    Task("flaky", 5, 2),
]}
WORKERS = 2
seq = itertools.count()
events = []
ready = []
busy = 0
now = 0
log = []

def make_ready(t):
    heapq.heappush(ready, (t.priority, t.name))

for t in tasks.values():
    if not t.deps:
        make_ready(t)

def dispatch():
    global busy
    while busy < WORKERS and ready:
        _, name = heapq.heappop(ready)
        t = tasks[name]
        t.state = State.RUNNING
        busy += 1
        log.append(f"t={now:2} start  {name}")
        heapq.heappush(events, Event(now + t.duration, next(seq), "finish", t))

dispatch()
while events:
    ev = heapq.heappop(events)
    now = ev.time
    t = ev.task
    busy -= 1
    if t.name == "flaky":
        t.state = State.FAILED
        log.append(f"t={now:2} FAIL   {t.name}")
    else:
        t.state = State.DONE
        t.finished_at = now
        log.append(f"t={now:2} finish {t.name}")
        for other in tasks.values():
            if other.state is State.PENDING and other.deps and all(tasks[d].state is State.DONE for d in other.deps):
                if other not in [tasks[n] for _, n in ready]:
                    make_ready(other)
    dispatch()

print("\n".join(log))
print("makespan:", now)
for t in sorted(tasks.values(), key=lambda t: (t.finished_at is None, t.finished_at or 0, t.name)):
    print(f"{t.name:8} {t.state.name:7} {t.finished_at}")
print("states:", {s.name: sum(t.state is s for t in tasks.values()) for s in State})
