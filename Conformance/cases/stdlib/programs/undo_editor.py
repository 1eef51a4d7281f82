# description: program - a document editor with undo/redo snapshots via copy.deepcopy, dataclasses for state and an Enum of commands
# features: [copy, dataclasses, enum]
# expect: output

import copy
from dataclasses import dataclass, field
from enum import Enum

class Cmd(Enum):
    INSERT = "insert"
    DELETE = "delete"
    STYLE = "style"
    UNDO = "undo"
    REDO = "redo"

@dataclass
class Doc:
    lines: list = field(default_factory=list)
    styles: dict = field(default_factory=dict)

class Editor:
    def __init__(self):
        self.doc = Doc()
        self.undo_stack, self.redo_stack = [], []
    def apply(self, cmd, *args):
        if cmd is Cmd.UNDO:
            if not self.undo_stack:
                return "nothing to undo"
            self.redo_stack.append(copy.deepcopy(self.doc))
            self.doc = self.undo_stack.pop()
            return "undone"
        if cmd is Cmd.REDO:
            if not self.redo_stack:
                return "nothing to redo"
            self.undo_stack.append(copy.deepcopy(self.doc))
            self.doc = self.redo_stack.pop()
            return "redone"
        self.undo_stack.append(copy.deepcopy(self.doc))
        self.redo_stack.clear()
        if cmd is Cmd.INSERT:
            idx, text = args
            self.doc.lines.insert(idx, text)
        elif cmd is Cmd.DELETE:
            del self.doc.lines[args[0]]
        elif cmd is Cmd.STYLE:
            line, style = args
            self.doc.styles.setdefault(line, set()).add(style)
        return "ok"

ed = Editor()
script = [(Cmd.INSERT, 0, "Title"), (Cmd.INSERT, 1, "Body text"), (Cmd.STYLE, 0, "bold"),
          (Cmd.STYLE, 0, "italic"), (Cmd.UNDO,), (Cmd.UNDO,), (Cmd.REDO,), (Cmd.DELETE, 1),
          (Cmd.REDO,), (Cmd.UNDO,), (Cmd.INSERT, 2, "Footer"), (Cmd.REDO,)]
for step in script:
    cmd, *args = step
    msg = ed.apply(Cmd(cmd.value), *args)
    styles = {k: sorted(v) for k, v in ed.doc.styles.items()}
    print(f"{cmd.name:6} {str(args):16} {msg:16} lines={ed.doc.lines} styles={styles}")
print("history depth:", len(ed.undo_stack), "redo depth:", len(ed.redo_stack))
snap = ed.undo_stack[0]
print("snapshots independent:", snap is not ed.doc, snap.lines is not ed.doc.lines)
