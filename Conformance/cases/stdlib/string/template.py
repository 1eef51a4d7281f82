# description: string.Template substitute/safe_substitute with $name, ${name}, $$, missing keys and invalid placeholders
# features: [string]
# expect: output

from string import Template

t = Template("$who likes ${what}s; cost $$${price}")
print(t.substitute(who="Tim", what="apple", price=3))
print(t.substitute({"who": "Ann", "what": "pear"}, price=5, who="kw wins"))
print("template attr:", t.template)
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print("safe:", t.safe_substitute(who="Sam"))
bad = Template("cost $5 and $")
try:
    bad.substitute()
except ValueError as e:
    print("ValueError:", e)
print("safe keeps invalid:", bad.safe_substitute())
print("identifiers:", Template("$a ${b} $$c $1").get_identifiers())
print("is_valid:", Template("$a").is_valid(), Template("$").is_valid(), Template("${a").is_valid())
print("adjacent:", Template("${noun}ification").substitute(noun="class"))
print("non-ascii name stops:", Template("$héllo").safe_substitute(h="H"))
class Pct(Template):
    delimiter = "%"
    idpattern = r"[a-z]+"
print("custom delimiter:", Pct("%name is 100%% %Cap").safe_substitute(name="x"))
class Dotted(Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"
print("custom idpattern:", Dotted("$user.name!").substitute({"user.name": "ann"}))
