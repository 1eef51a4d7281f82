# description: typing.NamedTuple class syntax supports defaults, methods, annotations and reports field-order errors
# features: [typing, tuple]
# min-version: 3.12
# expect: output

from typing import NamedTuple

class Employee(NamedTuple):
    name: str
    id: int = 3
    dept: str = "eng"
    def badge(self) -> str:
        return f"{self.name}#{self.id}"

emp = Employee("guido")
print("repr:", emp)
print("fields:", Employee._fields, Employee._field_defaults)
print("annotations:", Employee.__annotations__)
print("method:", emp.badge(), "tuple:", tuple(emp), isinstance(emp, tuple))
print("_replace:", emp._replace(id=7))
print("functional:", NamedTuple("P", [("x", int), ("y", int)])(1, 2))
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    class Under(NamedTuple):
        _x: int
except ValueError as e:
    print("ValueError:", e)
class Sub(Employee):
    def badge(self):
        return "sub " + super().badge()
print("subclass:", Sub("a").badge(), Sub._fields)
try:
    emp.name = "x"
except AttributeError as err:
    print("AttributeError:", err)
