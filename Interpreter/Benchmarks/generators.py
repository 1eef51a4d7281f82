# Generators: a tree walked by nested generators with yield from, and generator pipelines.
import sys


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def tree(start, stop):
    if start >= stop:
        return None
    mid = (start + stop) // 2
    return Tree(tree(start, mid), mid, tree(mid + 1, stop))


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
t = tree(0, n)
total = 0
for _ in range(5):
    total += sum(squares(evens(t)))
print(total)
