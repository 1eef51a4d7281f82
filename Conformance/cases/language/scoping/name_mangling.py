# description: private names (__x) inside a class body are mangled to _Class__x, including in nested functions and strings are not
# features: [scoping, classes]
# expect: output

class Account:
    __rate = 0.05
    def __init__(self, balance):
        self.__balance = balance
    def balance(self):
        return self.__balance
    def rate(self):
        return self.__rate
    def names(self):
        return sorted(vars(self))
    def via_getattr(self):
        return getattr(self, "__balance", "strings are not mangled")
    def nested(self):
        def inner():
            return self.__balance
        return inner()
    def __dunder__(self):
        return "dunder names are not mangled"

a = Account(100)
print("mangled attribute names:", a.names())
print("access inside class:", a.balance(), a.rate(), a.nested())
print("access outside by mangled name:", a._Account__balance, Account._Account__rate)
try:
    a.__balance
except AttributeError as e:
    print("AttributeError:", e)
print("getattr with a string:", a.via_getattr())
print("dunder:", a.__dunder__())

# subclasses get their own mangled names
class Savings(Account):
    def __init__(self, balance):
        super().__init__(balance)
        self.__balance = "savings copy"
s = Savings(5)
print("subclass names:", s.names(), s.balance())

# leading underscores of the class name are stripped when mangling
class _Hidden:
    def __init__(self):
        self.__x = 1
print("class with underscore:", sorted(vars(_Hidden())))
class __AllUnderscore:
    def set(self):
        self.__y = 2
        return sorted(vars(self))
print("dunder-prefixed class:", __AllUnderscore().set())

# mangling applies to names in any position inside the class, including globals and imports
__module_level = "module value"
class UsesGlobal:
    def get(self):
        try:
            return __module_level
        except NameError as e:
            return f"NameError: {e}"
print("global lookup is mangled:", UsesGlobal().get())

# names ending with two underscores are not mangled
class Ends:
    __both__ = "not mangled"
print("ends with __:", Ends.__both__)
