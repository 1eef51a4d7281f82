# description: an uncaught AttributeError raised from a method call on None deep in a call chain
# features: [exceptions, classes]
# expect: exception AttributeError

class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
    def third(self):
        return self.next.next.value

print(Node(1, Node(2, Node(3))).third())
print(Node(1, Node(2)).third())
