# description: recursion within the default limit: deep linear recursion, mutual recursion and recursive data
# features: [recursion, functions]
# expect: output
import sys

print("default limit is at least 1000:", sys.getrecursionlimit() >= 1000)

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print("depth 900:", depth(900))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print("mutual recursion:", is_even(400), is_odd(401), is_even(7))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print("ackermann(2, 3):", ackermann(2, 3))

def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
moves = hanoi(10, "A", "C", "B", [])
print("hanoi 10 moves:", len(moves), moves[:3])

def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]
nested = [1, [2, [3, [4, [5]]]], [[6]]]
print("flatten:", flatten(nested))

def permutations(items):
    if len(items) <= 1:
        return [items]
    return [[items[i]] + p for i in range(len(items)) for p in permutations(items[:i] + items[i + 1:])]
print("permutations:", len(permutations([1, 2, 3, 4])), permutations([1, 2, 3])[:3])

# recursion through methods and __repr__
class Node:
    def __init__(self, value, children=()):
        self.value, self.children = value, list(children)
    def total(self):
        return self.value + sum(c.total() for c in self.children)
    def __repr__(self):
        return f"N({self.value}{', ' if self.children else ''}{', '.join(map(repr, self.children))})"
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print("tree:", tree, tree.total())

# a deep chain built iteratively, walked recursively
chain = None
for i in range(500):
    chain = (i, chain)
def length(c):
    return 0 if c is None else 1 + length(c[1])
print("chain length:", length(chain))

# recursive generator
def count_down(n):
    if n > 0:
        yield n
        yield from count_down(n - 1)
print("recursive generator:", sum(count_down(200)))
