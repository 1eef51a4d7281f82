# description: program - a file processing pipeline in a temporary folder using os, io, json and contextlib.ExitStack for cleanup
# features: [os, io, json, contextlib]
# expect: output

import contextlib
import json
import os
import shutil

work = f"tmp-pipeline-{os.getpid()}"

@contextlib.contextmanager
def workspace(path):
    os.makedirs(os.path.join(path, "in"))
    os.makedirs(os.path.join(path, "out"))
    try:
        yield path
    finally:
        shutil.rmtree(path)
        print("workspace removed:", not os.path.exists(path))

with workspace(work) as root:
    raw = {"orders-1.jsonl": [{"id": 1, "amount": 30}, {"id": 2, "amount": 12.5}],
           "orders-2.jsonl": [{"id": 3, "amount": 7}, {"bad": True}],
           "notes.txt": None}
    for name, rows in raw.items():
        with open(os.path.join(root, "in", name), "w", encoding="utf-8") as f:
            if rows is None:
                f.write("not json lines\n")
            else:
                f.writelines(json.dumps(r) + "\n" for r in rows)
    inputs = sorted(n for n in os.listdir(os.path.join(root, "in")) if n.endswith(".jsonl"))
    print("inputs:", inputs)
    totals, errors = {}, []
    with contextlib.ExitStack() as stack:
        handles = [stack.enter_context(open(os.path.join(root, "in", n), encoding="utf-8")) for n in inputs]
        stack.callback(print, "closing", len(handles), "input files")
        for name, fh in zip(inputs, handles):
            for lineno, line in enumerate(fh, 1):
                rec = json.loads(line)
                try:
                    totals[rec["id"]] = rec["amount"]
                except KeyError as e:
                    errors.append(f"{name}:{lineno} missing {e}")
    print("all closed:", all(h.closed for h in handles))
    out_path = os.path.join(root, "out", "summary.json")
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump({"count": len(totals), "sum": sum(totals.values()), "errors": errors}, f, sort_keys=True)
    with open(out_path, encoding="utf-8") as f:
        print("summary:", f.read())
    print("out size > 0:", os.path.getsize(out_path) > 0)
    for dirpath, dirnames, filenames in sorted(os.walk(root)):
        print(" ", os.path.relpath(dirpath, root), sorted(filenames))
